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
import java.time.LocalDate;
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

    /** How a request for missing documents (§ 56 Abs. 2 VgV) ended; none while it is open. */
    public enum Nachforderungsausgang { EINGEGANGEN, NICHT_VOLLSTAENDIG, FRIST_ABGELAUFEN }

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
    /** § 56 Abs. 2 VgV: the company documents requested, until when, by whom, and how it ended (V20) */
    @Column(name = "nachgefordert_unterlagen")
    private String nachgeforderteUnterlagen;
    private LocalDate nachforderungsfrist;
    @Column(name = "nachgefordert_von")
    private String nachgefordertVon;
    @Column(name = "nachgefordert_am")
    private OffsetDateTime nachgefordertAm;
    @Enumerated(EnumType.STRING)
    @Column(name = "nachforderung_ausgang")
    private Nachforderungsausgang nachforderungAusgang;
    @Column(name = "unterlagen_eingegangen_am")
    private LocalDate unterlagenEingegangenAm;

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

    void nachgefordert(String unterlagen, LocalDate frist, String von, OffsetDateTime am) {
        this.nachgeforderteUnterlagen = unterlagen;
        this.nachforderungsfrist = frist;
        this.nachgefordertVon = von;
        this.nachgefordertAm = am;
    }

    void nachgereicht(LocalDate am) {
        this.nachforderungAusgang = Nachforderungsausgang.EINGEGANGEN;
        this.unterlagenEingegangenAm = am;
    }

    /** Not complete or not in time: the candidate is not suitable, for this reason (§ 57 Abs. 1 Nr. 2 VgV analog). */
    void nichtNachgereicht(Nachforderungsausgang ausgang, String grund) {
        this.nachforderungAusgang = ausgang;
        this.status = Status.NICHT_GEEIGNET;
        this.pruefvermerk = grund;
        this.punkte = null;
    }

    /** Documents were requested and their receipt is not yet recorded: the candidate cannot be decided. */
    public boolean nachforderungOffen() {
        return nachgefordertAm != null && nachforderungAusgang == null;
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

    /** The request for missing documents and its outcome as the Vergabevermerk names it; {@code null} without one. */
    public String nachforderungsvermerk() {
        if (nachgefordertAm == null) {
            return null;
        }
        String ausgang = nachforderungAusgang == null ? "Nachreichung offen"
                : switch (nachforderungAusgang) {
                    case EINGEGANGEN -> "eingegangen am " + Schreibweise.datum(unterlagenEingegangenAm);
                    case NICHT_VOLLSTAENDIG -> "nicht vollständig vorgelegt";
                    case FRIST_ABGELAUFEN -> "bis zum Fristende nicht eingegangen";
                };
        return "Unterlagen nachgefordert (§ 56 Abs. 2 VgV) am " + Schreibweise.datum(nachgefordertAm) + " durch " + Schreibweise.text(nachgefordertVon)
                + ", Frist bis " + Schreibweise.datum(nachforderungsfrist) + ", 24:00 Uhr: " + nachgeforderteUnterlagen + " – " + ausgang;
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
    public String getNachgeforderteUnterlagen() { return nachgeforderteUnterlagen; }
    public LocalDate getNachforderungsfrist() { return nachforderungsfrist; }
    public String getNachgefordertVon() { return nachgefordertVon; }
    public OffsetDateTime getNachgefordertAm() { return nachgefordertAm; }
    public Nachforderungsausgang getNachforderungAusgang() { return nachforderungAusgang; }
    public LocalDate getUnterlagenEingegangenAm() { return unterlagenEingegangenAm; }
}
