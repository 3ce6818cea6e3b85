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

    public enum Art { INFORMATION_134, INFORMATION_62, NACHFORDERUNG_56, AUFKLAERUNG_60 }

    /** VERSANDT: sent by e-mail by the application; MANUELL: no mail server configured, dispatched by the Vergabestelle. */
    public enum Versand { VERSANDT, MANUELL }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "vergabe_id")
    private Long vergabeId;
    @Column(name = "angebot_id")
    private Long angebotId;
    @Enumerated(EnumType.STRING)
    private Art art;
    private String empfaenger;
    private String betreff;
    private String text;
    @Enumerated(EnumType.STRING)
    private Versand versand;
    @Column(name = "versandt_am")
    private OffsetDateTime versandtAm;

    protected Schreiben() {
    }

    Schreiben(Long vergabeId, Long angebotId, Art art, String empfaenger, Bieterschreiben.Brief brief, Versand versand, OffsetDateTime versandtAm) {
        this.vergabeId = vergabeId;
        this.angebotId = angebotId;
        this.art = art;
        this.empfaenger = empfaenger;
        this.betreff = brief.betreff();
        this.text = brief.text();
        this.versand = versand;
        this.versandtAm = versandtAm;
    }

    public Long getId() { return id; }
    public Long getVergabeId() { return vergabeId; }
    public Long getAngebotId() { return angebotId; }
    public Art getArt() { return art; }
    public String getEmpfaenger() { return empfaenger; }
    public String getBetreff() { return betreff; }
    public String getText() { return text; }
    public Versand getVersand() { return versand; }
    public OffsetDateTime getVersandtAm() { return versandtAm; }
}
