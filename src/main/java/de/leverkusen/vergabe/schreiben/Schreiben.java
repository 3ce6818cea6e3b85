package de.leverkusen.vergabe.schreiben;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** A letter to a bidder, kept with the procedure together with its dispatch time. */
@Entity
@Table(name = "schreiben")
public class Schreiben {

    public enum Art { INFORMATION_134, INFORMATION_62, NACHFORDERUNG_56, AUFKLAERUNG_60, AUFHEBUNG_63,
        /** §§ 51, 52 VgV: not invited with reasons, invitation to tender */
        NICHTAUFFORDERUNG_51, AUFFORDERUNG_52,
        /** § 17 Abs. 13, 12, 14 VgV: information in the negotiations, reduction, call for final offers */
        VERHANDLUNG_INFORMATION, VERHANDLUNG_AUSSCHEIDEN, AUFFORDERUNG_ENDGUELTIG }

    /**
     * EMAIL: through the outbox, dispatched when the SMTP server accepted it; POST: printed and posted by the
     * Vergabestelle, which records the dispatch date; MANUELL: no mail server configured, dispatched by the Vergabestelle
     * with the step; VERSANDT: sent by e-mail inside the step (letters written before the outbox, V10).
     */
    public enum Versand { EMAIL, POST, MANUELL, VERSANDT }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "vergabe_id")
    private Long vergabeId;
    /** the offer the letter is about; {@code null} for a candidate that was not invited (then the request) */
    @Column(name = "angebot_id")
    private Long angebotId;
    @Column(name = "teilnahmeantrag_id")
    private Long teilnahmeantragId;
    @Enumerated(EnumType.STRING)
    private Art art;
    private String empfaenger;
    private String betreff;
    private String text;
    @Enumerated(EnumType.STRING)
    private Versand versand;
    @Column(name = "versandt_am")
    private OffsetDateTime versandtAm;
    /** the § 134 information this letter belongs to (1, then 2 after a new evaluation); null for other letters */
    private Integer runde;
    @Column(name = "erstellt_am")
    private OffsetDateTime erstelltAm;

    protected Schreiben() {
    }

    Schreiben(Long vergabeId, Long angebotId, Long teilnahmeantragId, Art art, String empfaenger, Bieterschreiben.Brief brief, Versand versand,
              OffsetDateTime erstelltAm, OffsetDateTime versandtAm, Integer runde) {
        this.teilnahmeantragId = teilnahmeantragId;
        this.erstelltAm = erstelltAm;
        this.runde = runde;
        this.vergabeId = vergabeId;
        this.angebotId = angebotId;
        this.art = art;
        this.empfaenger = empfaenger;
        this.betreff = brief.betreff();
        this.text = brief.text();
        this.versand = versand;
        this.versandtAm = versandtAm;
    }

    /** The recorded dispatch: the SMTP server's acceptance, or the date the Vergabestelle posted it. */
    void versandt(OffsetDateTime am) {
        this.versandtAm = am;
    }

    public Long getId() { return id; }
    public Long getVergabeId() { return vergabeId; }
    public Long getAngebotId() { return angebotId; }
    public Long getTeilnahmeantragId() { return teilnahmeantragId; }
    public Art getArt() { return art; }
    public String getEmpfaenger() { return empfaenger; }
    public String getBetreff() { return betreff; }
    public String getText() { return text; }
    public Versand getVersand() { return versand; }
    /** {@code null} while the letter waits in the outbox or for the post. */
    public OffsetDateTime getVersandtAm() { return versandtAm; }
    public Integer getRunde() { return runde; }
    public OffsetDateTime getErstelltAm() { return erstelltAm; }
}
