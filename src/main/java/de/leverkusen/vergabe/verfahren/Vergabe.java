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

/** One procurement procedure (Vergabeverfahren), the root of the Vergabeakte. */
@Entity
@Table(name = "vergabe")
public class Vergabe {

    public enum Status { EINGELEITET, GEOEFFNET, IN_WERTUNG, ZUSCHLAG_ERTEILT, AUFGEHOBEN, ABGESCHLOSSEN }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "business_key")
    private String businessKey;
    private String titel;
    @Enumerated(EnumType.STRING)
    private Verfahrensart verfahrensart;
    @Column(name = "verfahrensart_begruendung")
    private String verfahrensartBegruendung;
    @Column(name = "geschaetzter_wert")
    private BigDecimal geschaetzterWert;
    private OffsetDateTime angebotsfrist;
    @Column(name = "praesentation_von")
    private LocalDate praesentationVon;
    @Column(name = "praesentation_bis")
    private LocalDate praesentationBis;
    @Enumerated(EnumType.STRING)
    private Status status;
    @Column(name = "erst_oeffner")
    private String erstOeffner;
    @Column(name = "zweit_oeffner")
    private String zweitOeffner;
    @Column(name = "geoeffnet_am")
    private OffsetDateTime geoeffnetAm;
    @Column(name = "vorlage_nummer")
    private String vorlageNummer;
    private Boolean haushaltsmittel;
    private String ratsbeschluss;
    @Column(name = "ratsbeschluss_datum")
    private LocalDate ratsbeschlussDatum;
    @Column(name = "zuschlag_angebot_id")
    private Long zuschlagAngebotId;
    @Column(name = "zuschlag_am")
    private OffsetDateTime zuschlagAm;
    private String aufhebungsgrund;
    @Column(name = "angelegt_am")
    private OffsetDateTime angelegtAm;

    protected Vergabe() {
    }

    Vergabe(String businessKey, Vergabeantrag antrag, OffsetDateTime jetzt) {
        this.businessKey = businessKey;
        this.titel = antrag.titel();
        this.verfahrensart = antrag.verfahrensart();
        this.verfahrensartBegruendung = antrag.verfahrensartBegruendung();
        this.geschaetzterWert = antrag.geschaetzterWert();
        this.angebotsfrist = antrag.angebotsfrist();
        this.praesentationVon = antrag.praesentationVon();
        this.praesentationBis = antrag.praesentationBis();
        this.status = Status.EINGELEITET;
        this.angelegtAm = jetzt;
    }

    void oeffnen(String benutzer) {
        this.erstOeffner = benutzer;
    }

    void gegenzeichnen(String benutzer, OffsetDateTime jetzt) {
        if (erstOeffner == null) {
            throw new IllegalStateException("Die Angebote von " + businessKey + " wurden noch nicht geöffnet");
        }
        if (erstOeffner.equals(benutzer)) {
            throw new Eingabefehler("gegenzeichnungVermerk",
                    "Vier-Augen-Prinzip (§ 55 Abs. 1 VgV): die Öffnung muss eine andere Person als " + erstOeffner + " gegenzeichnen");
        }
        this.zweitOeffner = benutzer;
        this.geoeffnetAm = jetzt;
        this.status = Status.GEOEFFNET;
    }

    void wertungBeginnen() {
        this.status = Status.IN_WERTUNG;
    }

    void beschlussvorlage(String vorlageNummer, boolean haushaltsmittel) {
        this.vorlageNummer = vorlageNummer;
        this.haushaltsmittel = haushaltsmittel;
    }

    void ratsbeschluss(String beschluss, LocalDate sitzungsdatum) {
        this.ratsbeschluss = beschluss;
        this.ratsbeschlussDatum = sitzungsdatum;
    }

    void zuschlag(Long angebotId, OffsetDateTime jetzt) {
        this.zuschlagAngebotId = angebotId;
        this.zuschlagAm = jetzt;
        this.status = Status.ZUSCHLAG_ERTEILT;
    }

    void aufheben(String grund) {
        this.aufhebungsgrund = grund;
        this.status = Status.AUFGEHOBEN;
    }

    void abschliessen() {
        this.status = Status.ABGESCHLOSSEN;
    }

    public Long getId() { return id; }
    public String getBusinessKey() { return businessKey; }
    public String getTitel() { return titel; }
    public Verfahrensart getVerfahrensart() { return verfahrensart; }
    public String getVerfahrensartBegruendung() { return verfahrensartBegruendung; }
    public BigDecimal getGeschaetzterWert() { return geschaetzterWert; }
    public OffsetDateTime getAngebotsfrist() { return angebotsfrist; }
    public LocalDate getPraesentationVon() { return praesentationVon; }
    public LocalDate getPraesentationBis() { return praesentationBis; }
    public Status getStatus() { return status; }
    public String getErstOeffner() { return erstOeffner; }
    public String getZweitOeffner() { return zweitOeffner; }
    public OffsetDateTime getGeoeffnetAm() { return geoeffnetAm; }
    public String getVorlageNummer() { return vorlageNummer; }
    /** Budget cover as stated in the draft resolution; {@code null} before it (or for records older than V4). */
    public Boolean getHaushaltsmittel() { return haushaltsmittel; }
    public String getRatsbeschluss() { return ratsbeschluss; }
    public LocalDate getRatsbeschlussDatum() { return ratsbeschlussDatum; }
    public Long getZuschlagAngebotId() { return zuschlagAngebotId; }
    public OffsetDateTime getZuschlagAm() { return zuschlagAm; }
    public OffsetDateTime getAngelegtAm() { return angelegtAm; }
    public String getAufhebungsgrund() { return aufhebungsgrund; }
}
