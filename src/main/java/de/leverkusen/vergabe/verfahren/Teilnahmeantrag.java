package de.leverkusen.vergabe.verfahren;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.OffsetDateTime;

/**
 * A candidate's request to participate (Teilnahmeantrag) in a restricted or negotiated procedure. Recorded only at the
 * four-eyes opening after the participation period (§ 55 Abs. 1 VgV), then checked (exclusion grounds, suitability,
 * points by the published selection criteria) and invited to tender or not (§ 51 VgV).
 */
@Entity
@Table(name = "teilnahmeantrag")
public class Teilnahmeantrag {

    public enum Status { EINGEGANGEN, GEEIGNET, NICHT_GEEIGNET, AUFGEFORDERT, NICHT_AUFGEFORDERT }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "vergabe_id")
    private Long vergabeId;
    @Column(name = "bewerber_name")
    private String bewerberName;
    @Column(name = "bewerber_email")
    private String bewerberEmail;
    @Enumerated(EnumType.STRING)
    private Status status;
    /** the exclusion ground found (values of the form ausschlussgruende-pruefen) */
    private String ausschlussgrund;
    private String pruefvermerk;
    private BigDecimal punkte;
    /** why the candidate was not invited, as the letter tells it */
    private String auswahlgrund;
    /** when the letter telling a candidate it is not invited was written (§ 134 Abs. 1 Satz 2 GWB) */
    @Column(name = "informiert_am")
    private OffsetDateTime informiertAm;
    /** the offer row of an invited candidate */
    @Column(name = "angebot_id")
    private Long angebotId;

    protected Teilnahmeantrag() {
    }

    Teilnahmeantrag(Long vergabeId, String bewerberName, String bewerberEmail) {
        this.vergabeId = vergabeId;
        this.bewerberName = bewerberName;
        this.bewerberEmail = bewerberEmail;
        this.status = Status.EINGEGANGEN;
    }

    void geprueft(boolean geeignet, String ausschlussgrund, String vermerk, BigDecimal punkte) {
        this.status = geeignet ? Status.GEEIGNET : Status.NICHT_GEEIGNET;
        this.ausschlussgrund = ausschlussgrund;
        this.pruefvermerk = vermerk;
        this.punkte = geeignet ? punkte : null;
    }

    void aufgefordert(Long angebotId) {
        this.status = Status.AUFGEFORDERT;
        this.angebotId = angebotId;
    }

    void nichtAufgefordert(String grund) {
        this.status = Status.NICHT_AUFGEFORDERT;
        this.auswahlgrund = grund;
    }

    void ausgewaehlt() {
        this.auswahlgrund = null;
    }

    void informiert(OffsetDateTime am) {
        this.informiertAm = am;
    }

    /** For the selection of § 51 VgV; the reason of an unsuitable candidate is its check's record. */
    Bewerberauswahl.Bewerber alsBewerber() {
        return new Bewerberauswahl.Bewerber(id, bewerberName, status == Status.GEEIGNET || status == Status.AUFGEFORDERT,
                punkte, status == Status.NICHT_GEEIGNET ? pruefvermerk : null);
    }

    public Long getId() { return id; }
    public Long getVergabeId() { return vergabeId; }
    public String getBewerberName() { return bewerberName; }
    public String getBewerberEmail() { return bewerberEmail; }
    public Status getStatus() { return status; }
    public String getAusschlussgrund() { return ausschlussgrund; }
    public String getPruefvermerk() { return pruefvermerk; }
    public BigDecimal getPunkte() { return punkte; }
    public String getAuswahlgrund() { return auswahlgrund; }
    public OffsetDateTime getInformiertAm() { return informiertAm; }
    public Long getAngebotId() { return angebotId; }
}
