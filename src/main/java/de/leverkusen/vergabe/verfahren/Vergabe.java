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
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** One procurement procedure (Vergabeverfahren), the root of the Vergabeakte. */
@Entity
@Table(name = "vergabe")
public class Vergabe {

    private static final DateTimeFormatter TAG = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    /**
     * The stage of the procedure, in the order of the open procedure (§§ 55-62 VgV, § 134 GWB). Each step below
     * checks that the procedure is in a stage that allows it and moves it on; anything else is refused with a
     * {@link Verfahrensfehler}, whoever asks and however the engine got there.
     */
    public enum Status {
        /** restricted or negotiated procedure set up: participation requests are sealed until the participation period ends */
        TEILNAHMEWETTBEWERB("im Teilnahmewettbewerb"),
        /** requests opened by the first member of the Vergabestelle; countersignature outstanding */
        TEILNAHME_ERSTOEFFNUNG("Teilnahmeanträge von der ersten Person geöffnet"),
        /** requests opened with four eyes (§ 55 Abs. 1 VgV): the candidates are checked and selected (§ 51 VgV) */
        TEILNAHME_GEOEFFNET("Teilnahmeanträge geöffnet und gegengezeichnet"),
        /** candidates selected; the invitation to tender is outstanding */
        BEWERBER_AUSGEWAEHLT("Bewerber ausgewählt"),
        /** set up (open procedure) or invited to tender (the others); offers are sealed until the offer deadline */
        EINGELEITET("eingeleitet"),
        /** opened by the first member of the Vergabestelle, prices recorded; countersignature outstanding */
        ERSTOEFFNUNG("von der ersten Person geöffnet"),
        /** opened with four eyes (§ 55 Abs. 1 VgV): the offers are checked */
        GEOEFFNET("geöffnet und gegengezeichnet"),
        /** presentations and scoring */
        IN_WERTUNG("in der Wertung"),
        /** the top is tied after the published tie rule: two members of the Vergabestelle decide by lot */
        LOSENTSCHEID("im Losentscheid"),
        /** ranking computed, the winner recorded: award proposal and approval */
        GEWERTET("gewertet"),
        /** negotiated procedure: the initial offers are evaluated, negotiations up to the opening of the final offers (§ 17 VgV) */
        IN_VERHANDLUNG("in der Verhandlung"),
        /** draft resolution before the council */
        IM_RAT("im Rat"),
        /** the council approved the award */
        RAT_ZUGESTIMMT("vom Rat gebilligt"),
        /** § 134 GWB information sent, standstill running */
        INFORMIERT("Bieter nach § 134 GWB informiert"),
        ZUSCHLAG_ERTEILT("Zuschlag erteilt"),
        AUFGEHOBEN("aufgehoben"),
        ABGESCHLOSSEN("abgeschlossen");

        private final String text;

        Status(String text) {
            this.text = text;
        }

        public String text() {
            return text;
        }

        public boolean beendet() {
            return this == AUFGEHOBEN || this == ABGESCHLOSSEN;
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "business_key")
    private String businessKey;
    /** BT-04 of the contract notice (eForms), repeated in the award notice */
    private String verfahrenskennung;
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
    @Column(name = "bestbieter_angebot_id")
    private Long bestbieterAngebotId;
    @Column(name = "fruehester_zuschlag")
    private LocalDate fruehesterZuschlag;
    @Column(name = "nachpruefung_anhaengig")
    private boolean nachpruefungAnhaengig;
    /** service of the pending (or last) review application */
    @Column(name = "nachpruefung_zugestellt_am")
    private LocalDate nachpruefungZugestelltAm;
    @Column(name = "kammerentscheidung_zugestellt_am")
    private LocalDate kammerentscheidungZugestelltAm;
    /** last day of the immediate appeal against a rejecting decision of the chamber (§ 172 Abs. 1 GWB) */
    @Column(name = "beschwerdefrist_letzter_tag")
    private LocalDate beschwerdefristLetzterTag;
    @Column(name = "beschwerde_eingelegt_am")
    private LocalDate beschwerdeEingelegtAm;
    /** last day of the appeal's suspensive effect (§ 173 Abs. 1 GWB), as computed or extended by the court */
    @Column(name = "aufschiebende_wirkung_bis")
    private LocalDate aufschiebendeWirkungBis;
    @Column(name = "beschwerde_anhaengig")
    private boolean beschwerdeAnhaengig;
    /** the court upheld the appeal: no award to this ranking (§ 178 GWB) */
    @Column(name = "beschwerde_stattgegeben")
    private boolean beschwerdeStattgegeben;
    @Column(name = "gleichauf_angebote")
    private String gleichaufAngebote;
    @Column(name = "los_angebot_id")
    private Long losAngebotId;
    @Column(name = "los_datum")
    private LocalDate losDatum;
    @Column(name = "los_gezogen_von")
    private String losGezogenVon;
    @Column(name = "los_gegengezeichnet_von")
    private String losGegengezeichnetVon;
    /** the day the contract notice was sent (the participation period counts from the day after) */
    @Column(name = "bekanntmachung_am")
    private LocalDate bekanntmachungAm;
    private Boolean dringlich;
    private Boolean elektronisch;
    private OffsetDateTime teilnahmefrist;
    @Column(name = "mindestzahl_bewerber")
    private Integer mindestzahlBewerber;
    @Column(name = "hoechstzahl_bewerber")
    private Integer hoechstzahlBewerber;
    private String auswahlkriterien;
    @Column(name = "vorbehalt_zuschlag_erstangebote")
    private Boolean vorbehaltZuschlagAufErstangebote;
    @Column(name = "vorbehalt_reduzierung")
    private Boolean vorbehaltReduzierung;
    @Column(name = "teilnahme_erst_oeffner")
    private String teilnahmeErstOeffner;
    @Column(name = "teilnahme_zweit_oeffner")
    private String teilnahmeZweitOeffner;
    @Column(name = "teilnahme_geoeffnet_am")
    private OffsetDateTime teilnahmeGeoeffnetAm;
    @Column(name = "aufforderung_am")
    private OffsetDateTime aufforderungAm;
    /** When the procedure was closed or cancelled; the retention period runs from here (Aufbewahrung). */
    @Column(name = "beendet_am")
    private OffsetDateTime beendetAm;

    protected Vergabe() {
    }

    Vergabe(String businessKey, Vergabeantrag antrag, OffsetDateTime jetzt) {
        this.businessKey = businessKey;
        this.verfahrenskennung = antrag.verfahrenskennung();
        this.titel = antrag.titel();
        this.verfahrensart = antrag.verfahrensart();
        this.verfahrensartBegruendung = antrag.verfahrensartBegruendung();
        this.geschaetzterWert = antrag.geschaetzterWert();
        this.angebotsfrist = antrag.angebotsfrist();
        this.praesentationVon = antrag.praesentationVon();
        this.praesentationBis = antrag.praesentationBis();
        this.status = antrag.verfahrensart().mitTeilnahmewettbewerb() ? Status.TEILNAHMEWETTBEWERB : Status.EINGELEITET;
        this.angelegtAm = jetzt;
        this.bekanntmachungAm = antrag.fristereignisAm();
        this.dringlich = antrag.dringlich();
        this.elektronisch = antrag.elektronisch();
        if (antrag.teilnahme() != null) {
            this.teilnahmefrist = antrag.teilnahme().teilnahmefrist();
            this.mindestzahlBewerber = antrag.teilnahme().mindestzahl();
            this.hoechstzahlBewerber = antrag.teilnahme().hoechstzahl();
            this.auswahlkriterien = antrag.teilnahme().auswahlkriterien();
            this.vorbehaltZuschlagAufErstangebote = antrag.teilnahme().vorbehaltZuschlagAufErstangebote();
            this.vorbehaltReduzierung = antrag.teilnahme().vorbehaltReduzierung();
        }
    }

    /** What the notice published about the participation stage; {@code null} for the open procedure. */
    public Teilnahmewettbewerb teilnahmewettbewerb() {
        if (teilnahmefrist == null) {
            return null;
        }
        return new Teilnahmewettbewerb(verfahrensart, bekanntmachungAm, teilnahmefrist, Boolean.TRUE.equals(dringlich),
                mindestzahlBewerber, hoechstzahlBewerber);
    }

    /** The step {@code schritt} is allowed only in one of these stages. */
    public void erwarten(String schritt, Status... erlaubt) {
        for (Status s : erlaubt) {
            if (status == s) {
                return;
            }
        }
        if (status.beendet()) {
            throw new Verfahrensfehler("Schritt „" + schritt + "“ nicht möglich: das Vergabeverfahren " + businessKey + " ist "
                    + status.text() + " und wird nicht mehr geändert");
        }
        StringBuilder stufen = new StringBuilder();
        for (Status s : erlaubt) {
            stufen.append(stufen.length() == 0 ? "" : " oder ").append(s.text());
        }
        throw new Verfahrensfehler("Schritt „" + schritt + "“ nicht zulässig: das Vergabeverfahren " + businessKey + " ist "
                + status.text() + ", der Schritt setzt voraus: " + stufen);
    }

    /** Any change of a running procedure: not after its end. */
    void erwartenLaufend(String schritt) {
        if (status.beendet()) {
            erwarten(schritt);
        }
    }

    /**
     * The four-eyes opening of § 55 VgV, for offers and for participation requests alike: the first member of the
     * Vergabestelle opens after the period, a second, different member countersigns.
     */
    private record Oeffnung(String gegenstand, String frist, Status verschlossen, Status erstgeoeffnet, Status geoeffnet) {
    }

    private static final Oeffnung ANGEBOTE = new Oeffnung("Angebote", "Angebotsfrist", Status.EINGELEITET, Status.ERSTOEFFNUNG, Status.GEOEFFNET);
    private static final Oeffnung TEILNAHMEANTRAEGE = new Oeffnung("Teilnahmeanträge", "Teilnahmefrist", Status.TEILNAHMEWETTBEWERB,
            Status.TEILNAHME_ERSTOEFFNUNG, Status.TEILNAHME_GEOEFFNET);

    /** The first opener, after the period, a member of the Vergabestelle. */
    private void ersteOeffnung(Oeffnung o, OffsetDateTime ende, String benutzer, boolean vergabestelle, OffsetDateTime jetzt) {
        erwarten(o.gegenstand() + " öffnen", o.verschlossen());
        oeffnungPruefen(o.gegenstand() + " öffnen", o.gegenstand(), o.frist(), ende, benutzer, vergabestelle, jetzt);
        this.status = o.erstgeoeffnet();
    }

    private void zweiteOeffnung(Oeffnung o, String erster, String benutzer, boolean vergabestelle) {
        if (status == o.verschlossen()) {
            throw new Verfahrensfehler("Die " + o.gegenstand() + " von " + businessKey + " wurden noch nicht geöffnet");
        }
        erwarten("Öffnung gegenzeichnen", o.erstgeoeffnet());
        gegenzeichnungPruefen(erster, benutzer, vergabestelle);
        this.status = o.geoeffnet();
    }

    /** § 55 VgV, first person: a member of the Vergabestelle, not before the deadline (initial and final offers alike). */
    static void oeffnungPruefen(String schritt, String fristname, OffsetDateTime frist, String benutzer, boolean vergabestelle,
                                OffsetDateTime jetzt) {
        oeffnungPruefen(schritt, "Angebote", fristname, frist, benutzer, vergabestelle, jetzt);
    }

    private static void oeffnungPruefen(String schritt, String gegenstand, String fristname, OffsetDateTime frist, String benutzer,
                                        boolean vergabestelle, OffsetDateTime jetzt) {
        if (!vergabestelle) {
            throw new Verfahrensfehler(schritt + " (§ 55 VgV): nur Mitglieder der Vergabestelle; " + benutzer + " gehört nicht dazu");
        }
        if (jetzt.isBefore(frist)) {
            throw new Verfahrensfehler(schritt + " (§ 55 Abs. 1 VgV): die " + fristname + " läuft bis "
                    + DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm 'Uhr'").format(frist) + "; vorher bleiben die " + gegenstand + " verschlossen");
        }
    }

    /** § 55 Abs. 1 VgV, second person: another member of the Vergabestelle than the one who opened. */
    static void gegenzeichnungPruefen(String erstOeffner, String benutzer, boolean vergabestelle) {
        vierAugen("gegenzeichnungVermerk", "Vier-Augen-Prinzip (§ 55 Abs. 1 VgV)", "die Öffnung", erstOeffner, benutzer, vergabestelle);
    }

    void oeffnen(String benutzer, boolean vergabestelle, OffsetDateTime jetzt) {
        ersteOeffnung(ANGEBOTE, angebotsfrist, benutzer, vergabestelle, jetzt);
        this.erstOeffner = benutzer;
    }

    void gegenzeichnen(String benutzer, boolean vergabestelle, OffsetDateTime jetzt) {
        zweiteOeffnung(ANGEBOTE, erstOeffner, benutzer, vergabestelle);
        this.zweitOeffner = benutzer;
        this.geoeffnetAm = jetzt;
    }

    void teilnahmeantraegeOeffnen(String benutzer, boolean vergabestelle, OffsetDateTime jetzt) {
        ersteOeffnung(TEILNAHMEANTRAEGE, teilnahmefrist, benutzer, vergabestelle, jetzt);
        this.teilnahmeErstOeffner = benutzer;
    }

    void teilnahmeantraegeGegenzeichnen(String benutzer, boolean vergabestelle, OffsetDateTime jetzt) {
        zweiteOeffnung(TEILNAHMEANTRAEGE, teilnahmeErstOeffner, benutzer, vergabestelle);
        this.teilnahmeZweitOeffner = benutzer;
        this.teilnahmeGeoeffnetAm = jetzt;
    }

    void bewerberAusgewaehlt() {
        erwarten("Bewerber auswählen", Status.TEILNAHME_GEOEFFNET);
        this.status = Status.BEWERBER_AUSGEWAEHLT;
    }

    /** The invitation to tender sets the offer period and the presentations; the offer stage then runs as in the open procedure. */
    void aufgefordert(OffsetDateTime angebotsfrist, LocalDate praesentationVon, LocalDate praesentationBis, OffsetDateTime jetzt) {
        erwarten("Zur Angebotsabgabe auffordern", Status.BEWERBER_AUSGEWAEHLT);
        this.angebotsfrist = angebotsfrist;
        this.praesentationVon = praesentationVon;
        this.praesentationBis = praesentationBis;
        this.aufforderungAm = jetzt;
        this.status = Status.EINGELEITET;
    }

    /** A second, different person of the Vergabestelle countersigns what {@code erster} did. */
    private static void vierAugen(String feld, String prinzip, String gegenstand, String erster, String benutzer, boolean vergabestelle) {
        if (erster.equals(benutzer)) {
            throw new Eingabefehler(feld, prinzip + ": " + gegenstand + " muss eine andere Person als " + erster + " gegenzeichnen");
        }
        if (!vergabestelle) {
            throw new Eingabefehler(feld, prinzip + ": gegenzeichnen kann nur ein Mitglied der Vergabestelle; " + benutzer + " gehört nicht dazu");
        }
    }

    void wertungBeginnen() {
        erwarten("Wertung beginnen", Status.GEOEFFNET);
        this.status = Status.IN_WERTUNG;
    }

    /** The ranking's winner, or none (every offer excluded: the procedure is cancelled next). */
    void wertungFestgestellt(Long angebotId) {
        erwarten("Wertung feststellen", Status.IN_WERTUNG);
        this.bestbieterAngebotId = angebotId;
        if (angebotId != null) {
            this.status = Status.GEWERTET;
        }
    }

    /** The top is tied after the published tie rule: the winner is drawn by lot among these offers. */
    void gleichstandFestgestellt(List<Long> gleichauf) {
        erwarten("Gleichstand feststellen", Status.IN_WERTUNG);
        if (gleichauf.size() < 2) {
            throw new IllegalArgumentException("ein Gleichstand braucht mindestens zwei Angebote: " + gleichauf);
        }
        this.gleichaufAngebote = gleichauf.stream().map(String::valueOf).collect(Collectors.joining(","));
        this.bestbieterAngebotId = null;
        this.losAngebotId = null;
        this.losDatum = null;
        this.losGezogenVon = null;
        this.losGegengezeichnetVon = null;
        this.status = Status.LOSENTSCHEID;
    }

    /** The offers tied at the top, in the order of the ranking; empty without a tie. */
    public List<Long> getGleichaufAngebote() {
        if (gleichaufAngebote == null || gleichaufAngebote.isBlank()) {
            return List.of();
        }
        return Arrays.stream(gleichaufAngebote.split(",")).map(Long::valueOf).toList();
    }

    /** First member of the Vergabestelle: the lot was drawn on {@code datum}, it fell on {@code angebotId}. */
    void losGezogen(String benutzer, boolean vergabestelle, Long angebotId, LocalDate datum, LocalDate heute) {
        erwarten("Losentscheid erfassen", Status.LOSENTSCHEID);
        if (losGezogenVon != null) {
            throw new Verfahrensfehler("Losentscheid erfassen: das Los ist bereits gezogen (" + losGezogenVon + "); es fehlt die Gegenzeichnung");
        }
        if (!vergabestelle) {
            throw new Eingabefehler("losGewinner", "den Losentscheid erfasst ein Mitglied der Vergabestelle; " + benutzer + " gehört nicht dazu");
        }
        if (!getGleichaufAngebote().contains(angebotId)) {
            throw new Eingabefehler("losGewinner", "das Los kann nur auf eines der gleichauf liegenden Angebote fallen");
        }
        if (datum.isAfter(heute)) {
            throw new Eingabefehler("losDatum", "der Losentscheid kann nicht in der Zukunft liegen (" + datum + ")");
        }
        this.losAngebotId = angebotId;
        this.losDatum = datum;
        this.losGezogenVon = benutzer;
    }

    /** Second, different member of the Vergabestelle (four eyes): the drawn offer becomes the winner. */
    void losGegengezeichnet(String benutzer, boolean vergabestelle) {
        erwarten("Losentscheid gegenzeichnen", Status.LOSENTSCHEID);
        if (losGezogenVon == null) {
            throw new Verfahrensfehler("Losentscheid gegenzeichnen: das Los ist noch nicht gezogen");
        }
        vierAugen("losGegenzeichnungVermerk", "Vier-Augen-Prinzip", "den Losentscheid", losGezogenVon, benutzer, vergabestelle);
        this.losGegengezeichnetVon = benutzer;
        this.bestbieterAngebotId = losAngebotId;
        this.status = Status.GEWERTET;
    }


    /** The initial offers are evaluated; the negotiations begin (§ 17 Abs. 10 VgV). */
    void verhandlungBeginnen() {
        erwarten("Verhandlungen aufnehmen", Status.GEWERTET, Status.LOSENTSCHEID);
        if (verfahrensart != Verfahrensart.VERHANDLUNGSVERFAHREN_MIT_TEILNAHMEWETTBEWERB) {
            throw new Verfahrensfehler("Verhandlungen aufnehmen: im " + verfahrensart.text() + " wird nicht verhandelt");
        }
        this.status = Status.IN_VERHANDLUNG;
    }

    /**
     * The final offers are opened with four eyes: opened and countersigned as the initial ones were, so their prices are
     * checked under § 60 VgV in the same stage before {@link #wertungBeginnen}; the earlier ranking is void.
     */
    void endgueltigeAngeboteGeoeffnet() {
        erwarten("Endgültige Angebote werten", Status.IN_VERHANDLUNG);
        rangfolgeVerwerfen();
        this.status = Status.GEOEFFNET;
    }

    /** The ranking's result and a lot draw on it no longer stand: the offers are evaluated again. */
    private void rangfolgeVerwerfen() {
        this.bestbieterAngebotId = null;
        this.gleichaufAngebote = null;
        this.losAngebotId = null;
        this.losDatum = null;
        this.losGezogenVon = null;
        this.losGegengezeichnetVon = null;
    }

    void beschlussvorlage(String vorlageNummer, boolean haushaltsmittel) {
        erwarten("Beschlussvorlage erstellen", Status.GEWERTET, Status.IM_RAT);
        this.vorlageNummer = vorlageNummer;
        this.haushaltsmittel = haushaltsmittel;
        this.status = Status.IM_RAT;
    }

    void ratsbeschluss(Ratsbeschluss beschluss, LocalDate sitzungsdatum) {
        erwarten("Ratsbeschluss erfassen", Status.IM_RAT);
        this.ratsbeschluss = beschluss.name();
        this.ratsbeschlussDatum = sitzungsdatum;
        if (beschluss == Ratsbeschluss.ZUGESTIMMT) {
            this.status = Status.RAT_ZUGESTIMMT;
        }
    }

    /** § 134 GWB: the letters are out; the award is possible from {@code fruehestens} (or later, after a review bar). */
    void bieterInformiert(LocalDate fruehestens) {
        erwarten("Bieter nach § 134 GWB informieren", Status.RAT_ZUGESTIMMT);
        this.fruehesterZuschlag = fruehestens;
        this.status = Status.INFORMIERT;
        // an earlier review's appeal period (the suspensive effect of an appeal is checked by itself: the court's
        // decision can end it before its date)
        if (beschwerdefristLetzterTag != null) {
            fruehestensAm(beschwerdefristLetzterTag.plusDays(1));
        }
    }

    /** The earliest award date known after the standstill moves to {@code tag} if that is later. */
    private void fruehestensAm(LocalDate tag) {
        if (fruehesterZuschlag != null && tag.isAfter(fruehesterZuschlag)) {
            this.fruehesterZuschlag = tag;
        }
    }

    /** Review applications are possible from the start of the procedure until the award (§ 168 Abs. 2 GWB). */
    private void vorDemZuschlag(String schritt) {
        erwartenLaufend(schritt);
        if (status == Status.ZUSCHLAG_ERTEILT) {
            throw new Verfahrensfehler("Schritt „" + schritt + "“ nicht möglich: der Zuschlag auf " + businessKey
                    + " ist erteilt; ein wirksam erteilter Zuschlag kann nicht aufgehoben werden (§ 168 Abs. 2 Satz 1 GWB)");
        }
    }

    /**
     * A review application was served on {@code zugestelltAm} (§ 169 Abs. 1 GWB), in whatever stage before the award;
     * {@code false} if one is already pending (the chamber decides on it; the later one is only recorded).
     */
    boolean nachpruefungsantrag(LocalDate zugestelltAm, LocalDate heute) {
        vorDemZuschlag("Nachprüfungsantrag erfassen");
        if (zugestelltAm.isAfter(heute)) {
            throw new Eingabefehler("zugestelltAm", "der Nachprüfungsantrag kann nicht in der Zukunft zugestellt sein ("
                    + TAG.format(zugestelltAm) + ")");
        }
        if (nachpruefungAnhaengig) {
            return false;
        }
        this.nachpruefungAnhaengig = true;
        this.nachpruefungZugestelltAm = zugestelltAm;
        this.kammerentscheidungZugestelltAm = null;
        this.beschwerdefristLetzterTag = null;
        this.beschwerdeEingelegtAm = null;
        this.aufschiebendeWirkungBis = null;
        this.beschwerdeAnhaengig = false;
        this.beschwerdeStattgegeben = false;
        return true;
    }

    /**
     * The Vergabekammer's decision, served on {@code zugestelltAm}. Rejected ({@code beschwerdefristLetzterTag} given):
     * the award waits until the appeal period has passed (§ 169 Abs. 1, § 172 Abs. 1 GWB); upheld with a new
     * evaluation (only after the § 134 information): back to the scoring; otherwise the bar of the review ends and
     * the Vergabestelle implements the chamber's orders in the running stages.
     */
    void kammerentscheidung(boolean neueWertung, LocalDate beschwerdefristLetzterTag, LocalDate zugestelltAm, LocalDate heute) {
        vorDemZuschlag("Entscheidung der Vergabekammer erfassen");
        if (neueWertung) {
            erwarten("Wertung auf Anordnung der Vergabekammer wiederholen", Status.INFORMIERT);
        }
        if (!nachpruefungAnhaengig) {
            throw new Verfahrensfehler("Entscheidung der Vergabekammer: für " + businessKey + " ist kein Nachprüfungsantrag anhängig");
        }
        if (zugestelltAm.isAfter(heute) || (nachpruefungZugestelltAm != null && zugestelltAm.isBefore(nachpruefungZugestelltAm))) {
            throw new Eingabefehler("kammerEntscheidungZugestelltAm", "die Entscheidung muss zwischen der Zustellung des Antrags ("
                    + TAG.format(nachpruefungZugestelltAm != null ? nachpruefungZugestelltAm : zugestelltAm) + ") und heute zugestellt sein");
        }
        this.nachpruefungAnhaengig = false;
        this.kammerentscheidungZugestelltAm = zugestelltAm;
        this.beschwerdefristLetzterTag = beschwerdefristLetzterTag;
        if (beschwerdefristLetzterTag != null) {
            fruehestensAm(beschwerdefristLetzterTag.plusDays(1));
        }
        if (neueWertung) {
            rangfolgeVerwerfen();
            this.fruehesterZuschlag = null;
            this.status = Status.IN_WERTUNG;
        }
    }

    /**
     * An immediate appeal (sofortige Beschwerde, § 171 GWB) against the chamber's rejecting decision, lodged on
     * {@code eingelegtAm} within its two weeks (§ 172 Abs. 1 GWB): the bar lasts until {@code aufschiebendBis}
     * (§ 173 Abs. 1 Satz 2 GWB) or the court's decision.
     */
    void sofortigeBeschwerde(LocalDate eingelegtAm, LocalDate aufschiebendBis, LocalDate heute) {
        vorDemZuschlag("Sofortige Beschwerde erfassen");
        if (beschwerdefristLetzterTag == null) {
            throw new Verfahrensfehler("Sofortige Beschwerde: für " + businessKey + " ist keine ablehnende Entscheidung der Vergabekammer erfasst");
        }
        if (beschwerdeAnhaengig) {
            throw new Verfahrensfehler("Sofortige Beschwerde: für " + businessKey + " ist bereits eine Beschwerde anhängig (eingelegt am "
                    + TAG.format(beschwerdeEingelegtAm) + ")");
        }
        if (eingelegtAm.isAfter(heute) || eingelegtAm.isBefore(kammerentscheidungZugestelltAm)) {
            throw new Eingabefehler("eingelegtAm", "die Beschwerde muss zwischen der Zustellung der Entscheidung ("
                    + TAG.format(kammerentscheidungZugestelltAm) + ") und heute eingelegt sein");
        }
        if (eingelegtAm.isAfter(beschwerdefristLetzterTag)) {
            throw new Eingabefehler("eingelegtAm", "verspätet: die Frist der sofortigen Beschwerde (§ 172 Abs. 1 GWB) endete am "
                    + TAG.format(beschwerdefristLetzterTag) + "; eine verspätete Beschwerde hemmt den Zuschlag nicht");
        }
        this.beschwerdeAnhaengig = true;
        this.beschwerdeEingelegtAm = eingelegtAm;
        this.aufschiebendeWirkungBis = aufschiebendBis;
    }

    /** The court extended the suspensive effect up to and including {@code bis} (§ 173 Abs. 1 Satz 3 GWB). */
    void aufschiebendeWirkungVerlaengert(LocalDate bis) {
        vorDemZuschlag("Verlängerung der aufschiebenden Wirkung erfassen");
        if (!beschwerdeAnhaengig) {
            throw new Verfahrensfehler("Verlängerung der aufschiebenden Wirkung: für " + businessKey + " ist keine sofortige Beschwerde anhängig");
        }
        if (!bis.isAfter(aufschiebendeWirkungBis)) {
            throw new Eingabefehler("aufschiebendeWirkungBis", "eine Verlängerung muss nach dem bisherigen Ende der aufschiebenden Wirkung ("
                    + TAG.format(aufschiebendeWirkungBis) + ") liegen");
        }
        this.aufschiebendeWirkungBis = bis;
    }

    /** The court decided on the appeal: rejected, the award may follow; upheld, not to this ranking (§ 178 GWB). */
    void beschwerdeentscheidung(boolean zurueckgewiesen) {
        vorDemZuschlag("Entscheidung des Beschwerdegerichts erfassen");
        if (!beschwerdeAnhaengig) {
            throw new Verfahrensfehler("Entscheidung des Beschwerdegerichts: für " + businessKey + " ist keine sofortige Beschwerde anhängig");
        }
        this.beschwerdeAnhaengig = false;
        this.beschwerdeStattgegeben = !zurueckgewiesen;
    }

    /** Why the award is not possible now, or {@code null} (§ 134 Abs. 2, § 169 Abs. 1, §§ 172, 173 GWB; § 135 GWB). */
    String zuschlagVerwehrt(LocalDate heute) {
        if (status != Status.INFORMIERT) {
            try {
                erwarten("Zuschlag erteilen", Status.INFORMIERT);
            } catch (Verfahrensfehler e) {
                return e.getMessage();
            }
        }
        if (nachpruefungAnhaengig) {
            return "ein Nachprüfungsantrag ist anhängig: kein Zuschlag bis zur Entscheidung der Vergabekammer (§ 169 Abs. 1 GWB)";
        }
        if (beschwerdeStattgegeben) {
            return "das Beschwerdegericht hat der sofortigen Beschwerde stattgegeben: kein Zuschlag auf diese Wertung (§ 178 GWB)";
        }
        if (beschwerdeAnhaengig && !heute.isAfter(aufschiebendeWirkungBis)) {
            return "die sofortige Beschwerde hat aufschiebende Wirkung bis " + TAG.format(aufschiebendeWirkungBis)
                    + " (§ 173 Abs. 1 GWB): kein Zuschlag vor dem " + TAG.format(aufschiebendeWirkungBis.plusDays(1))
                    + " oder der Entscheidung des Beschwerdegerichts";
        }
        if (!beschwerdeAnhaengig && beschwerdefristLetzterTag != null && !heute.isAfter(beschwerdefristLetzterTag)) {
            return "die Frist der sofortigen Beschwerde läuft bis " + TAG.format(beschwerdefristLetzterTag)
                    + " (§ 172 Abs. 1, § 169 Abs. 1 GWB): kein Zuschlag vor dem " + TAG.format(beschwerdefristLetzterTag.plusDays(1));
        }
        if (heute.isBefore(fruehesterZuschlag)) {
            return "der Zuschlag darf frühestens am " + TAG.format(fruehesterZuschlag)
                    + " erteilt werden (§ 134 Abs. 2, § 169 Abs. 1 GWB); ein früher geschlossener Vertrag ist unwirksam (§ 135 GWB)";
        }
        return null;
    }

    void zuschlag(OffsetDateTime jetzt) {
        String verwehrt = zuschlagVerwehrt(jetzt.toLocalDate());
        if (verwehrt != null) {
            throw new Verfahrensfehler("Zuschlag nicht möglich: " + verwehrt);
        }
        this.zuschlagAngebotId = bestbieterAngebotId;
        this.zuschlagAm = jetzt;
        this.status = Status.ZUSCHLAG_ERTEILT;
    }

    void aufheben(String grund, OffsetDateTime jetzt) {
        erwartenLaufend("Verfahren aufheben");
        if (status == Status.ZUSCHLAG_ERTEILT) {
            throw new Verfahrensfehler("Verfahren aufheben: der Zuschlag auf " + businessKey + " ist bereits erteilt");
        }
        this.aufhebungsgrund = grund;
        this.status = Status.AUFGEHOBEN;
        this.beendetAm = jetzt;
    }

    void abschliessen(OffsetDateTime jetzt) {
        erwarten("Vergabevermerk abschließen", Status.ZUSCHLAG_ERTEILT);
        this.status = Status.ABGESCHLOSSEN;
        this.beendetAm = jetzt;
    }

    public Long getId() { return id; }
    public String getBusinessKey() { return businessKey; }
    public String getTitel() { return titel; }
    public Verfahrensart getVerfahrensart() { return verfahrensart; }
    public String getVerfahrenskennung() { return verfahrenskennung; }
    public String getVerfahrensartBegruendung() { return verfahrensartBegruendung; }
    public BigDecimal getGeschaetzterWert() { return geschaetzterWert; }
    public OffsetDateTime getAngebotsfrist() { return angebotsfrist; }
    public OffsetDateTime getBeendetAm() { return beendetAm; }
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
    /** The winner of the ranking as computed; {@code null} before it or when every offer was excluded. */
    public Long getBestbieterAngebotId() { return bestbieterAngebotId; }
    /** The earliest award date after the § 134 standstill (and an appeal period); {@code null} before the information. */
    public LocalDate getFruehesterZuschlag() { return fruehesterZuschlag; }
    public boolean isNachpruefungAnhaengig() { return nachpruefungAnhaengig; }
    public LocalDate getNachpruefungZugestelltAm() { return nachpruefungZugestelltAm; }
    public LocalDate getKammerentscheidungZugestelltAm() { return kammerentscheidungZugestelltAm; }
    /** Last day of the immediate appeal after a rejecting decision of the chamber; {@code null} without one. */
    public LocalDate getBeschwerdefristLetzterTag() { return beschwerdefristLetzterTag; }
    public LocalDate getBeschwerdeEingelegtAm() { return beschwerdeEingelegtAm; }
    public LocalDate getAufschiebendeWirkungBis() { return aufschiebendeWirkungBis; }
    public boolean isBeschwerdeAnhaengig() { return beschwerdeAnhaengig; }
    public boolean isBeschwerdeStattgegeben() { return beschwerdeStattgegeben; }
    /** The offer the lot fell on, the day of the draw, who drew and who countersigned; {@code null} without a draw. */
    public Long getLosAngebotId() { return losAngebotId; }
    public boolean isVorbehaltZuschlagAufErstangebote() { return Boolean.TRUE.equals(vorbehaltZuschlagAufErstangebote); }
    public boolean isVorbehaltReduzierung() { return Boolean.TRUE.equals(vorbehaltReduzierung); }
    public LocalDate getLosDatum() { return losDatum; }
    public LocalDate getBekanntmachungAm() { return bekanntmachungAm; }
    /** Electronic submission (§ 16 Abs. 8, § 17 Abs. 9 VgV) as chosen at the start; {@code true} for records older than V14. */
    public boolean isElektronisch() { return !Boolean.FALSE.equals(elektronisch); }
    public boolean isDringlich() { return Boolean.TRUE.equals(dringlich); }
    /** End of the participation period; {@code null} for the open procedure. */
    public OffsetDateTime getTeilnahmefrist() { return teilnahmefrist; }
    public Integer getMindestzahlBewerber() { return mindestzahlBewerber; }
    public Integer getHoechstzahlBewerber() { return hoechstzahlBewerber; }
    public String getAuswahlkriterien() { return auswahlkriterien; }
    public String getTeilnahmeErstOeffner() { return teilnahmeErstOeffner; }
    public String getTeilnahmeZweitOeffner() { return teilnahmeZweitOeffner; }
    public OffsetDateTime getTeilnahmeGeoeffnetAm() { return teilnahmeGeoeffnetAm; }
    public OffsetDateTime getAufforderungAm() { return aufforderungAm; }
    public String getLosGezogenVon() { return losGezogenVon; }
    public String getLosGegengezeichnetVon() { return losGegengezeichnetVon; }
}
