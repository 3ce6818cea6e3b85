package de.leverkusen.vergabe.aktenabgabe;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * The hand-over of one ended procedure's Vergabeakte to the DMS (xdomea Abgabe.Abgabe.0401): written in the
 * transaction that ends the procedure, the container built once and kept, the delivery to the drop folder recorded
 * step by step ({@link DmsAblage}).
 */
@Entity
@Table(name = "aktenabgabe")
public class Aktenabgabe {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "vergabe_id")
    private Long vergabeId;
    @Column(name = "prozess_id")
    private String prozessId;
    @Column(name = "angelegt_am")
    private OffsetDateTime angelegtAm;
    private byte[] inhalt;
    private String pruefsumme;
    @Column(name = "erstellt_am")
    private OffsetDateTime erstelltAm;
    @Column(name = "zustellung_begonnen_am")
    private OffsetDateTime zustellungBegonnenAm;
    @Column(name = "zugestellt_am")
    private OffsetDateTime zugestelltAm;
    @Column(name = "zugestellt_als")
    private String zugestelltAls;
    private int versuche;
    @Column(name = "letzter_fehler")
    private String letzterFehler;
    @Column(name = "gesperrt_bis")
    private OffsetDateTime gesperrtBis;

    protected Aktenabgabe() {
    }

    Aktenabgabe(Long vergabeId, UUID prozessId, OffsetDateTime angelegtAm) {
        this.vergabeId = vergabeId;
        this.prozessId = prozessId.toString();
        this.angelegtAm = angelegtAm;
    }


    void zustellungBegonnen(OffsetDateTime am) {
        this.zustellungBegonnenAm = am;
    }

    void zugestellt(String datei, OffsetDateTime am) {
        this.zugestelltAls = datei;
        this.zugestelltAm = am;
        this.letzterFehler = null;
        this.gesperrtBis = null;
    }

    void fehlgeschlagen(String fehler, OffsetDateTime naechsterVersuch) {
        this.versuche++;
        this.letzterFehler = fehler.length() > 4000 ? fehler.substring(0, 4000) : fehler;
        this.gesperrtBis = naechsterVersuch;
    }

    public Long getId() { return id; }
    public Long getVergabeId() { return vergabeId; }
    public UUID getProzessId() { return UUID.fromString(prozessId); }
    /** The end of the procedure: the row is written in that transaction. */
    public OffsetDateTime getAngelegtAm() { return angelegtAm; }
    public byte[] getInhalt() { return inhalt; }
    public String getPruefsumme() { return pruefsumme; }
    public OffsetDateTime getErstelltAm() { return erstelltAm; }
    public OffsetDateTime getZustellungBegonnenAm() { return zustellungBegonnenAm; }
    public OffsetDateTime getZugestelltAm() { return zugestelltAm; }
    public String getZugestelltAls() { return zugestelltAls; }
    public int getVersuche() { return versuche; }
    public String getLetzterFehler() { return letzterFehler; }
    public OffsetDateTime getGesperrtBis() { return gesperrtBis; }
}
