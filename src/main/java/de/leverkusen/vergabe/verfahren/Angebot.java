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

/** A bidder's offer. Its price is recorded at the opening (§ 55 VgV), stays here and never becomes a lasting process variable. */
@Entity
@Table(name = "angebot")
public class Angebot {

    public enum Status { EINGEGANGEN, ZUGELASSEN, AUSGESCHLOSSEN }

    /** The decision after the clarification of an abnormally low price (§ 60 Abs. 3 VgV). */
    public enum Niedrigpreisentscheidung { ANGENOMMEN, AUSGESCHLOSSEN }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "vergabe_id")
    private Long vergabeId;
    @Column(name = "bieter_name")
    private String bieterName;
    @Column(name = "bieter_email")
    private String bieterEmail;
    private BigDecimal preis;
    @Enumerated(EnumType.STRING)
    private Status status;
    private String ausschlussgrund;
    @Column(name = "praesentation_beginn")
    private OffsetDateTime praesentationBeginn;
    @Column(name = "praesentation_ende")
    private OffsetDateTime praesentationEnde;
    @Column(name = "praesentation_anwesende")
    private String praesentationAnwesende;
    @Column(name = "praesentation_protokoll")
    private String praesentationProtokoll;
    @Column(name = "erstangebot_preis")
    private BigDecimal erstangebotPreis;
    @Column(name = "niedrigpreis_befund")
    private String niedrigpreisBefund;
    @Column(name = "aufklaerung_fragen")
    private String aufklaerungFragen;
    @Column(name = "aufklaerung_frist")
    private LocalDate aufklaerungFrist;
    @Column(name = "aufklaerung_antwort")
    private String aufklaerungAntwort;
    @Enumerated(EnumType.STRING)
    @Column(name = "niedrigpreis_entscheidung")
    private Niedrigpreisentscheidung niedrigpreisEntscheidung;
    @Column(name = "niedrigpreis_begruendung")
    private String niedrigpreisBegruendung;

    protected Angebot() {
    }

    Angebot(Long vergabeId, String bieterName, String bieterEmail) {
        this.vergabeId = vergabeId;
        this.bieterName = bieterName;
        this.bieterEmail = bieterEmail;
        this.status = Status.EINGEGANGEN;
    }

    void preisErfassen(BigDecimal preis) {
        this.preis = preis;
    }

    void praesentationProtokolliert(String anwesende, String protokoll) {
        this.praesentationAnwesende = anwesende;
        this.praesentationProtokoll = protokoll;
    }

    /**
     * The final offer's price replaces the initial one, which is kept (§ 17 Abs. 14 VgV: the final offers are evaluated).
     * A § 60 VgV finding and decision on the initial price do not hold for the new one: cleared, the final price is
     * checked afresh (the initial course stays in the running record).
     */
    void endgueltigesAngebot(BigDecimal preis) {
        if (erstangebotPreis == null) {
            this.erstangebotPreis = this.preis;
        }
        this.preis = preis;
        this.niedrigpreisBefund = null;
        this.aufklaerungFragen = null;
        this.aufklaerungFrist = null;
        this.aufklaerungAntwort = null;
        this.niedrigpreisEntscheidung = null;
        this.niedrigpreisBegruendung = null;
    }

    void zulassen() {
        this.status = Status.ZUGELASSEN;
        this.ausschlussgrund = null;
    }

    void ausschliessen(String grund) {
        this.status = Status.AUSGESCHLOSSEN;
        this.ausschlussgrund = grund;
    }

    void niedrigpreisFestgestellt(String befund) {
        this.niedrigpreisBefund = befund;
    }

    void aufklaerungAngefordert(String fragen, LocalDate frist) {
        this.aufklaerungFragen = fragen;
        this.aufklaerungFrist = frist;
    }

    void niedrigpreisEntschieden(String antwort, Niedrigpreisentscheidung entscheidung, String begruendung) {
        this.aufklaerungAntwort = antwort;
        this.niedrigpreisEntscheidung = entscheidung;
        this.niedrigpreisBegruendung = begruendung;
    }

    /** Flagged as abnormally low and not decided yet: the evaluation cannot finish. */
    public boolean niedrigpreisOffen() {
        return niedrigpreisBefund != null && niedrigpreisEntscheidung == null;
    }

    void praesentation(OffsetDateTime beginn, OffsetDateTime ende) {
        this.praesentationBeginn = beginn;
        this.praesentationEnde = ende;
    }

    public Long getId() { return id; }
    public Long getVergabeId() { return vergabeId; }
    public String getBieterName() { return bieterName; }
    public String getBieterEmail() { return bieterEmail; }
    public BigDecimal getPreis() { return preis; }
    public Status getStatus() { return status; }
    public String getAusschlussgrund() { return ausschlussgrund; }
    public OffsetDateTime getPraesentationBeginn() { return praesentationBeginn; }
    public OffsetDateTime getPraesentationEnde() { return praesentationEnde; }
    public String getNiedrigpreisBefund() { return niedrigpreisBefund; }
    public String getPraesentationAnwesende() { return praesentationAnwesende; }
    public String getPraesentationProtokoll() { return praesentationProtokoll; }
    /** The initial offer's price in a negotiated procedure once a final offer replaced it; {@code null} otherwise. */
    public BigDecimal getErstangebotPreis() { return erstangebotPreis; }
    public String getAufklaerungFragen() { return aufklaerungFragen; }
    public LocalDate getAufklaerungFrist() { return aufklaerungFrist; }
    public String getAufklaerungAntwort() { return aufklaerungAntwort; }
    public Niedrigpreisentscheidung getNiedrigpreisEntscheidung() { return niedrigpreisEntscheidung; }
    public String getNiedrigpreisBegruendung() { return niedrigpreisBegruendung; }
}
