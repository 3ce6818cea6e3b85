package de.leverkusen.vergabe.prozess;

import de.leverkusen.vergabe.konfiguration.Demoausschreibung;
import de.leverkusen.vergabe.verfahren.Bieterliste;
import de.leverkusen.vergabe.verfahren.Vergabeantrag;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Valid values for the forms of the models (forms/*.form). Every user task completion is checked on the server
 * against its form, so the tests build their variables here: required fields, select values exactly as in the
 * form, texts longer than minLength, dates as "yyyy-MM-dd".
 */
final class ProzessTestHelfer {

    /** A bidder of the start form (a line of the text "bieter"). */
    record Bieter(String name, String email, BigDecimal preis) {
    }

    // the three bidders of Demoausschreibung, with their prices
    static final Bieter AKTENWERK = new Bieter("Aktenwerk Software GmbH", "vergabe@aktenwerk.example", new BigDecimal("412000.00"));
    static final Bieter KOMMUNAL = new Bieter("Kommunal-DMS AG", "angebote@kommunal-dms.example", new BigDecimal("389500.00"));
    static final Bieter RHEINLAND = new Bieter("Rheinland Dokumentensysteme GmbH & Co. KG",
            "ausschreibung@rheinland-doku.example", new BigDecimal("455000.00"));
    static final Bieter ARCHIVA = new Bieter("Archiva Kommunalsoftware GmbH", "angebot@archiva.example", new BigDecimal("401000.00"));
    /** The same price as Aktenwerk: with the same points the two tie on every published criterion. */
    static final Bieter ZWILLING = new Bieter("Zwilling Dokumentenmanagement GmbH", "angebot@zwilling.example", new BigDecimal("412000.00"));

    /**
     * 27 % below Kommunal-DMS AG, the next higher offer: 389,500.00 x (1 - 0.27) = 284,335.00; and below the estimate of
     * 480,000.00 by (480,000 - 284,335) / 480,000 = 195,665 / 480,000 = 0.40763... = 40.76 %. Both above the published
     * triggers (20 % and 30 %, application.yaml): § 60 VgV clarification.
     */
    static final Bieter BILLIG = new Bieter("Billig-Archiv UG", "angebot@billig-archiv.example", new BigDecimal("284335.00"));

    static final List<String> BEWERTER = List.of("bewerter1", "bewerter2", "bewerter3");

    private ProzessTestHelfer() {
    }

    /** The demo start form with other bidders (one line "Name; E-Mail" each). */
    static Map<String, Object> startformular(List<Bieter> bieter) {
        Map<String, Object> variablen = Demoausschreibung.startformular();
        variablen.put("bieter", Bieterliste.text(bieter.stream().map(b -> new Vergabeantrag.Bieter(b.name(), b.email())).toList()));
        return variablen;
    }

    /**
     * Issue 17: the demo tender as a negotiated procedure (§ 17 VgV) with the reason of § 14 Abs. 3 Nr. 1, 2 VgV and
     * what the notice reserved. The offer deadline (09.11.2021) keeps the minimum: invitation sent electronically on
     * 07.10.2021, 30 - 5 = 25 days -> Monday 01.11.2021 (All Saints' Day in NRW) -> Tuesday 02.11.2021.
     */
    static Map<String, Object> verhandlungsverfahren(boolean zuschlagAufErstangebote, boolean reduzierung) {
        Map<String, Object> variablen = Demoausschreibung.verhandlungsverfahren();
        variablen.put("vorbehaltZuschlagAufErstangebote", zuschlagAufErstangebote ? "JA" : "NEIN");
        variablen.put("vorbehaltReduzierung", reduzierung ? "JA" : "NEIN");
        return variablen;
    }

    static Map<String, Object> verhandlungEroeffnen(boolean zuschlagAufErstangebote, String begruendung) {
        Map<String, Object> map = werte("zuschlagAufErstangebote", zuschlagAufErstangebote ? "JA" : "NEIN");
        if (begruendung != null) {
            map.put("zuschlagAufErstangeboteBegruendung", begruendung);
        }
        return map;
    }

    static Map<String, Object> verhandlungsgespraech(java.time.LocalDate tag) {
        return werte("verhandlungstermin", tag.toString(), "verhandlungAnwesende", "vergabe1, bewerter1, bewerter2",
                "verhandlungsprotokoll", "Verhandlung über Migrationskonzept, Schulungstage und Preis der Wartung.");
    }

    /** The end of a round: {@code null} leaves information or reduction out; {@code frist} null: another round. */
    static Map<String, Object> rundeAbschliessen(String information, String ausscheidend, String begruendung, java.time.OffsetDateTime frist) {
        Map<String, Object> map = werte("naechsterSchritt", frist == null ? "WEITERE_RUNDE" : "ENDGUELTIGE_ANGEBOTE");
        if (information != null) {
            map.put("informationAnlass", "Frage eines Bieters");
            map.put("informationInhalt", information);
        }
        if (ausscheidend != null) {
            map.put("ausscheidendeBieter", ausscheidend);
            map.put("reduzierungBegruendung", begruendung);
        }
        if (frist != null) {
            map.put("fristEndgueltigeAngebote", frist.toString());
        }
        return map;
    }

    static Map<String, Object> werte(Object... schluesselUndWerte) {
        Map<String, Object> map = new HashMap<>();
        for (int i = 0; i < schluesselUndWerte.length; i += 2) {
            map.put((String) schluesselUndWerte[i], schluesselUndWerte[i + 1]);
        }
        return map;
    }

    // --- dms-vergabe --------------------------------------------------------------------------------------

    static Map<String, Object> erklaerung(String interessenkonflikt, String beschreibung) {
        Map<String, Object> map = werte("interessenkonflikt", interessenkonflikt);
        if (beschreibung != null) {
            map.put("interessenkonfliktBeschreibung", beschreibung);
        }
        return map;
    }

    /** The opening form: the first opener adds each listed bidder's price (variable "angebotspreise", "Name: "). */
    static Map<String, Object> oeffnung(Object angebotspreiseVorgabe) {
        String zeilen = ((String) angebotspreiseVorgabe).lines()
                .map(zeile -> zeile + preis(zeile.substring(0, zeile.lastIndexOf(':')).strip()).toPlainString().replace('.', ','))
                .collect(Collectors.joining("\n"));
        Map<String, Object> map = werte("oeffnungsniederschrift", "Angebote fristgerecht eingegangen und unversehrt geöffnet.");
        map.put("angebotspreise", zeilen);
        return map;
    }

    static BigDecimal preis(String bieter) {
        return List.of(AKTENWERK, KOMMUNAL, RHEINLAND, ARCHIVA, ZWILLING, BILLIG).stream().filter(b -> b.name().equals(bieter))
                .findFirst().orElseThrow().preis();
    }

    static Map<String, Object> gegenzeichnung() {
        return werte("gegenzeichnungVermerk", "Öffnung gegengezeichnet, Niederschrift geprüft.");
    }

    static Map<String, Object> praesentationsprotokoll() {
        return werte("anwesendeBewerter", "bewerter1, bewerter2, bewerter3",
                "praesentationProtokoll", "Live-Demo aller Pflichtszenarien, Fragen der Kommission beantwortet.");
    }

    /**
     * The B-criteria of the DMS catalogue in five classes whose weights sum to the five weights of the former sheet
     * (25, 20, 15, 20, 20): K1 = B1 10 + B3 8 + B11 7 = 25; K2 = B2 12 + B6 8 = 20; K3 = B5 10 + B8 5 = 15;
     * K4 = B4 12 + B9 4 + B10 4 = 20; K5 = B7 12 + B12 4 + B13 4 = 20. A sheet that gives every criterion of class
     * Ki the points p_i therefore has L = 25 p1 + 20 p2 + 15 p3 + 20 p4 + 20 p5, as the worked examples say.
     */
    static final List<List<String>> KLASSEN = List.of(List.of("B1", "B3", "B11"), List.of("B2", "B6"),
            List.of("B5", "B8"), List.of("B4", "B9", "B10"), List.of("B7", "B12", "B13"));
    static final List<String> A_KRITERIEN = List.of("A1", "A2", "A3");

    /** A sheet with points per class (see {@link #KLASSEN}), every A-criterion fulfilled, a justification each. */
    static Map<String, Object> bewertungsbogen(int[] punkte) {
        return bewertungsbogen(punkte, List.of());
    }

    /** ... with the A-criteria named in {@code nichtErfuellt} marked as not fulfilled. */
    static Map<String, Object> bewertungsbogen(int[] punkte, List<String> nichtErfuellt) {
        Map<String, Object> map = new HashMap<>();
        for (int k = 0; k < KLASSEN.size(); k++) {
            for (String id : KLASSEN.get(k)) {
                map.put("punkte" + id, punkte[k]);
                map.put("begruendung" + id, "Kriterium " + id + " nach Präsentation und Angebot bewertet.");
            }
        }
        for (String id : A_KRITERIEN) {
            map.put("erfuellt" + id, nichtErfuellt.contains(id) ? "NICHT_ERFUELLT" : "ERFUELLT");
            map.put("begruendung" + id, "Mindestanforderung " + id + " anhand des Angebots geprüft.");
        }
        return map;
    }

    static Map<String, Object> konsolidierung() {
        return werte("konsolidierungsvermerk", "Bewertungen der Kommission geprüft und ohne Abweichungen konsolidiert.");
    }

    static Map<String, Object> konsolidierung(String abweichungen) {
        Map<String, Object> map = konsolidierung();
        map.put("konsolidierungAbweichungen", abweichungen);
        return map;
    }

    static Map<String, Object> zuschlagsvorschlag() {
        return werte("zuschlagsbegruendung", "Wirtschaftlichstes Angebot nach der einfachen Richtwertmethode (Z = L/P).");
    }

    static Map<String, Object> freigabe(String entscheidung) {
        return werte("freigabeEntscheidung", entscheidung, "freigabeAnmerkung", "Entscheidung der Projektleitung");
    }

    static Map<String, Object> bieterinformation() {
        return werte("versandart", "ELEKTRONISCH", "schreibenFreigegeben", "JA");
    }

    static Map<String, Object> kammerEntscheidung(String entscheidung, java.time.LocalDate zugestelltAm) {
        return werte("kammerAktenzeichen", "VK 1-23/21", "kammerEntscheidung", entscheidung,
                "kammerEntscheidungZugestelltAm", zugestelltAm.toString(),
                "kammerEntscheidungVermerk", "Beschluss der Vergabekammer Rheinland");
    }

    static Map<String, Object> zuschlag() {
        return werte("zuschlagVermerk", "Zuschlag nach Ablauf der Wartefrist erteilt.");
    }

    static Map<String, Object> bekanntmachung(String veroeffentlichtAm) {
        Map<String, Object> w = bekanntmachungsangaben();
        w.put("bekanntmachungVeroeffentlichtAm", veroeffentlichtAm);
        w.put("bekanntmachungsnummer", "2021/S 250-123456");
        return w;
    }

    /** What the eForms award notice needs beyond the procedure: the form's defaults and what the Vergabestelle types. */
    static Map<String, Object> bekanntmachungsangaben() {
        return werte("cpvCode", "48311100", "auftraggeberRegistriernummer", "05316000-DMS-07",
                "auftraggeberStrasse", "Friedrich-Ebert-Platz 1", "auftraggeberPlz", "51373", "auftraggeberOrt", "Leverkusen",
                "auftraggeberNuts", "DEA24", "auftraggeberEmail", "vergabestelle@stadt-leverkusen.example",
                "auftraggeberTelefon", "+49 214 406-0", "nachpruefungsstelle", "Vergabekammer Rheinland",
                "nachpruefungsstellePlz", "50667", "nachpruefungsstelleOrt", "Köln",
                "nachpruefungsstelleRegistriernummer", "05315000-VK-RHEINLAND", "nachpruefungsstelleNuts", "DEA23",
                "nachpruefungsstelleEmail", "vergabekammer@bezreg-koeln.example",
                "zuschlagsempfaengerRegistriernummer", "HRA 4711 (Amtsgericht Köln)", "zuschlagsempfaengerPlz", "50667",
                "zuschlagsempfaengerOrt", "Köln", "zuschlagsempfaengerLand", "DEU", "zuschlagsempfaengerNuts", "DEA23",
                "zuschlagsempfaengerGroesse", "medium", "unterauftraege", "no");
    }

    static Map<String, Object> eskalation() {
        return werte("eskalationMassnahme", "Vergabestelle erinnert, Veröffentlichung bis Freitag zugesagt.");
    }

    /** The review of the licence order: the defaults (1,900 licences, cost centre 040100) confirmed, delivery in 30 days. */
    static Map<String, Object> lizenzpruefung() {
        return werte("loiReferenz", "LoI DMS Stadt Leverkusen / ivl", "lizenzanzahl", 1900L, "kostenstelle", "040100",
                "liefertermin", java.time.LocalDate.now(java.time.ZoneId.of("Europe/Berlin")).plusDays(30).toString(),
                "lizenzPruefvermerk", "Bestellung gegen Zuschlag und Ratsbeschluss geprüft.");
    }

    static Map<String, Object> mahnung() {
        return werte("mahnungVermerk", "Telefonisch bei der ivl nachgefragt, Bestätigung zugesagt.", "mahnungErgebnis", "WEITER_WARTEN");
    }

    static Map<String, Object> bereitstellung(int anzahl) {
        return werte("bereitgestelltAm", java.time.LocalDate.now(java.time.ZoneId.of("Europe/Berlin")).toString(),
                "bereitgestellteLizenzen", (long) anzahl, "bereitstellungVermerk", "Lizenzen im Portal der ivl freigeschaltet.");
    }

    static Map<String, Object> vergabevermerk() {
        return werte("vergabevermerkZusammenfassung", "Verfahren ordnungsgemäß durchgeführt und vollständig dokumentiert.");
    }

    // --- angebotspruefung -------------------------------------------------------------------------------------

    static Map<String, Object> formalePruefung(String ergebnis) {
        return werte("formalePruefung", ergebnis, "formalePruefungVermerk", "Formale Prüfung: " + ergebnis);
    }

    static Map<String, Object> nachforderung(String frist) {
        return werte("nachgeforderteUnterlagen", "Eigenerklärung zur Eignung und Handelsregisterauszug",
                "nachforderungsfrist", frist);
    }

    static Map<String, Object> losentscheid(String gezogen, java.time.LocalDate am) {
        return werte("losGewinner", gezogen, "losDatum", am.toString(),
                "losVermerk", "Ziehung aus zwei verschlossenen Umschlägen im Beisein von vergabe2 und der Projektleitung.");
    }

    static Map<String, Object> nachreichung(String nachgereicht) {
        return werte("unterlagenNachgereicht", nachgereicht, "nachreichungVermerk", "Nachreichung geprüft");
    }

    static Map<String, Object> ausschlussgruende(String grund, String vermerk) {
        return werte("ausschlussgrund", grund, "ausschlussgruendeVermerk", vermerk);
    }

    static Map<String, Object> eignung(String befaehigung, String wirtschaftlich, String technisch) {
        return werte("befaehigungBerufsausuebung", befaehigung, "wirtschaftlicheLeistungsfaehigkeit", wirtschaftlich,
                "technischeLeistungsfaehigkeit", technisch, "eignungVermerk", "Nachweise geprüft");
    }

    // --- ratsbefassung ----------------------------------------------------------------------------------------

    static Map<String, Object> beschlussvorlage() {
        return werte("vorlageNummer", "2021/1234", "vorlageBetreff", "Vergabe des Auftrags DMS an den Bestbieter",
                "beschlussentwurf", "Der Rat stimmt der Vergabe an den Bestbieter zu.", "haushaltsmittelVerfuegbar", "JA");
    }

    static Map<String, Object> ratsbeschluss(String beschluss, String sitzungsdatum) {
        return werte("ratsbeschluss", beschluss, "sitzungsdatum", sitzungsdatum, "beschlussVermerk", "Sitzung des Rates");
    }

    static Map<String, Object> vertagung(String naechsteSitzung) {
        return werte("naechsteSitzung", naechsteSitzung, "vertagungsgrund", "Beratungsbedarf der Fraktionen");
    }
}
