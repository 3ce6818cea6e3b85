package de.leverkusen.vergabe.lizenz;

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
 * The licence order of one procedure to ivl under the letter of intent. Its order number is unique per procedure
 * and is the idempotency key of the transmission: every attempt to send it carries the same key.
 */
@Entity
@Table(name = "lizenzbestellung")
public class Lizenzbestellung {

    /** ENTWURF: drafted from the award; GEPRUEFT: released by the Vergabestelle; then sent, rejected or confirmed by ivl. */
    public enum Status { ENTWURF, GEPRUEFT, UEBERMITTELT, ABGELEHNT, BESTAETIGT, BEREITGESTELLT }

    /** Licences are ordered for named users. */
    public static final String LIZENZART = "NAMED_USER";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "vergabe_id")
    private Long vergabeId;
    private String bestellnummer;
    @Column(name = "loi_referenz")
    private String loiReferenz;
    @Column(name = "vorlage_nummer")
    private String vorlageNummer;
    private String auftragnehmer;
    private String lizenzart;
    @Column(name = "anzahl_lizenzen")
    private int anzahlLizenzen;
    private BigDecimal preis;
    private String kostenstelle;
    private LocalDate liefertermin;
    @Enumerated(EnumType.STRING)
    private Status status;
    @Column(name = "geprueft_von")
    private String geprueftVon;
    @Column(name = "geprueft_am")
    private OffsetDateTime geprueftAm;
    @Column(name = "uebermittelt_am")
    private OffsetDateTime uebermitteltAm;
    private String ablehnungsgrund;
    @Column(name = "ivl_referenz")
    private String ivlReferenz;
    @Column(name = "bestaetigt_am")
    private OffsetDateTime bestaetigtAm;
    @Column(name = "bereitgestellt_am")
    private LocalDate bereitgestelltAm;
    @Column(name = "bereitgestellte_lizenzen")
    private Integer bereitgestellteLizenzen;
    @Column(name = "bereitstellung_vermerk")
    private String bereitstellungVermerk;

    protected Lizenzbestellung() {
    }

    Lizenzbestellung(Long vergabeId, String bestellnummer, String loiReferenz, String vorlageNummer, String auftragnehmer,
                     int anzahlLizenzen, BigDecimal preis, String kostenstelle, LocalDate liefertermin) {
        this.vergabeId = vergabeId;
        this.bestellnummer = bestellnummer;
        this.loiReferenz = loiReferenz;
        this.vorlageNummer = vorlageNummer;
        this.auftragnehmer = auftragnehmer;
        this.lizenzart = LIZENZART;
        this.anzahlLizenzen = anzahlLizenzen;
        this.preis = preis;
        this.kostenstelle = kostenstelle;
        this.liefertermin = liefertermin;
        this.status = Status.ENTWURF;
    }

    void pruefen(Bestellpruefung pruefung, String benutzer, OffsetDateTime jetzt) {
        this.loiReferenz = pruefung.loiReferenz();
        this.anzahlLizenzen = pruefung.anzahlLizenzen();
        this.kostenstelle = pruefung.kostenstelle();
        this.liefertermin = pruefung.liefertermin();
        this.geprueftVon = benutzer;
        this.geprueftAm = jetzt;
        this.status = Status.GEPRUEFT;
    }

    void uebermittelt(OffsetDateTime jetzt) {
        this.uebermitteltAm = jetzt;
        this.ablehnungsgrund = null;
        this.status = Status.UEBERMITTELT;
    }

    void abgelehnt(String grund) {
        this.ablehnungsgrund = grund;
        this.status = Status.ABGELEHNT;
    }

    void bestaetigt(String ivlReferenz, OffsetDateTime jetzt) {
        this.ivlReferenz = ivlReferenz;
        this.bestaetigtAm = jetzt;
        this.status = Status.BESTAETIGT;
    }

    void bereitgestellt(LocalDate am, int anzahl, String vermerk) {
        this.bereitgestelltAm = am;
        this.bereitgestellteLizenzen = anzahl;
        this.bereitstellungVermerk = vermerk;
        this.status = Status.BEREITGESTELLT;
    }

    public Long getId() { return id; }
    public Long getVergabeId() { return vergabeId; }
    public String getBestellnummer() { return bestellnummer; }
    public String getLoiReferenz() { return loiReferenz; }
    public String getVorlageNummer() { return vorlageNummer; }
    public String getAuftragnehmer() { return auftragnehmer; }
    public String getLizenzart() { return lizenzart; }
    /** The licence type in words for the running record (the code goes to ivl). */
    public String getLizenzartText() { return LIZENZART.equals(lizenzart) ? "personengebunden, Named User" : lizenzart; }
    public int getAnzahlLizenzen() { return anzahlLizenzen; }
    public BigDecimal getPreis() { return preis; }
    public String getKostenstelle() { return kostenstelle; }
    public LocalDate getLiefertermin() { return liefertermin; }
    public Status getStatus() { return status; }
    public String getGeprueftVon() { return geprueftVon; }
    public OffsetDateTime getGeprueftAm() { return geprueftAm; }
    public OffsetDateTime getUebermitteltAm() { return uebermitteltAm; }
    public String getAblehnungsgrund() { return ablehnungsgrund; }
    public String getIvlReferenz() { return ivlReferenz; }
    public OffsetDateTime getBestaetigtAm() { return bestaetigtAm; }
    public LocalDate getBereitgestelltAm() { return bereitgestelltAm; }
    public Integer getBereitgestellteLizenzen() { return bereitgestellteLizenzen; }
    public String getBereitstellungVermerk() { return bereitstellungVermerk; }
}
