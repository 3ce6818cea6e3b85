package de.leverkusen.vergabe.verfahren;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The negotiations of one negotiated procedure (§ 17 Abs. 10-14 VgV), from the decision after the initial offers'
 * evaluation to the four-eyes opening of the final offers. Its rounds, meetings and information are rows of their
 * own; {@link VerhandlungService} replays them into a {@link Verhandlungsverlauf}, which holds the rules.
 */
@Entity
@Table(name = "verhandlung")
public class Verhandlung {

    @Id
    @Column(name = "vergabe_id")
    private Long vergabeId;
    /** the bidders with an initial offer in the negotiations, one name a line */
    private String bieter;
    @Column(name = "eroeffnet_von")
    private String eroeffnetVon;
    @Column(name = "eroeffnet_am")
    private OffsetDateTime eroeffnetAm;
    @Column(name = "zuschlag_auf_erstangebote_begruendung")
    private String zuschlagAufErstangeboteBegruendung;
    @Column(name = "frist_endgueltige_angebote")
    private OffsetDateTime fristEndgueltigeAngebote;
    @Column(name = "aufgefordert_von")
    private String aufgefordertVon;
    @Column(name = "aufgefordert_am")
    private OffsetDateTime aufgefordertAm;
    @Column(name = "erst_oeffner")
    private String erstOeffner;
    @Column(name = "zweit_oeffner")
    private String zweitOeffner;
    @Column(name = "geoeffnet_am")
    private OffsetDateTime geoeffnetAm;
    private String oeffnungsniederschrift;

    protected Verhandlung() {
    }

    Verhandlung(Long vergabeId, List<String> bieter, String benutzer, OffsetDateTime jetzt) {
        this.vergabeId = vergabeId;
        this.bieter = String.join("\n", bieter);
        this.eroeffnetVon = benutzer;
        this.eroeffnetAm = jetzt;
    }

    void zuschlagAufErstangebote(String begruendung) {
        this.zuschlagAufErstangeboteBegruendung = begruendung;
    }

    void endgueltigeAngeboteAngefordert(OffsetDateTime frist, String benutzer, OffsetDateTime jetzt) {
        this.fristEndgueltigeAngebote = frist;
        this.aufgefordertVon = benutzer;
        this.aufgefordertAm = jetzt;
    }

    /** First person of § 55 VgV for the final offers: after their deadline, a member of the Vergabestelle. */
    void oeffnen(String benutzer, boolean vergabestelle, String niederschrift, OffsetDateTime jetzt) {
        if (fristEndgueltigeAngebote == null) {
            throw new Verfahrensfehler("Endgültige Angebote öffnen: sie sind nicht angefordert (§ 17 Abs. 14 VgV)");
        }
        if (erstOeffner != null) {
            throw new Verfahrensfehler("Endgültige Angebote öffnen: bereits von " + erstOeffner + " geöffnet; es fehlt die Gegenzeichnung");
        }
        Vergabe.oeffnungPruefen("Endgültige Angebote öffnen", "Frist für die endgültigen Angebote", fristEndgueltigeAngebote, benutzer,
                vergabestelle, jetzt);
        this.erstOeffner = benutzer;
        this.oeffnungsniederschrift = niederschrift;
    }

    void gegenzeichnen(String benutzer, boolean vergabestelle, OffsetDateTime jetzt) {
        if (erstOeffner == null) {
            throw new Verfahrensfehler("Die endgültigen Angebote wurden noch nicht geöffnet");
        }
        if (zweitOeffner != null) {
            throw new Verfahrensfehler("Die Öffnung der endgültigen Angebote ist bereits gegengezeichnet (" + zweitOeffner + ")");
        }
        Vergabe.gegenzeichnungPruefen(erstOeffner, benutzer, vergabestelle);
        this.zweitOeffner = benutzer;
        this.geoeffnetAm = jetzt;
    }

    public Long getVergabeId() { return vergabeId; }
    public List<String> getBieter() { return bieter.lines().toList(); }
    public String getEroeffnetVon() { return eroeffnetVon; }
    public OffsetDateTime getEroeffnetAm() { return eroeffnetAm; }
    /** The reasons if the award is made on the initial offers (§ 17 Abs. 11 VgV), else {@code null}. */
    public String getZuschlagAufErstangeboteBegruendung() { return zuschlagAufErstangeboteBegruendung; }
    public OffsetDateTime getFristEndgueltigeAngebote() { return fristEndgueltigeAngebote; }
    public String getAufgefordertVon() { return aufgefordertVon; }
    public OffsetDateTime getAufgefordertAm() { return aufgefordertAm; }
    public String getErstOeffner() { return erstOeffner; }
    public String getZweitOeffner() { return zweitOeffner; }
    public OffsetDateTime getGeoeffnetAm() { return geoeffnetAm; }
    public String getOeffnungsniederschrift() { return oeffnungsniederschrift; }
}
