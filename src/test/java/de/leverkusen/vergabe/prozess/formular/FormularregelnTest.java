package de.leverkusen.vergabe.prozess.formular;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import de.leverkusen.vergabe.verfahren.Eingabefehler;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The server applies the rules of the real form files in forms/. */
class FormularregelnTest {

    private static Formularregeln form(String id) throws IOException {
        return Formularregeln.aus(new ObjectMapper().readTree(Path.of("forms", id + ".form").toFile()));
    }

    private static Map<String, Object> gueltigerStart() {
        Map<String, Object> v = new HashMap<>();
        v.put("titel", "Einführung eines DMS");
        v.put("verfahrenskennung", "5D3C6A1E-8F2B-4C7D-9E0A-1B2C3D4E5F60");
        v.put("verfahrensart", "OFFENES_VERFAHREN");
        v.put("geschaetzterWert", "1.250.000,00");
        v.put("fristereignisAm", "2021-10-07");
        v.put("elektronischeAngebote", "JA");
        v.put("dringlich", "NEIN");
        v.put("angebotsfrist", "2021-11-09T00:00:00+01:00");
        v.put("praesentationVon", "2021-12-07");
        v.put("praesentationBis", "2021-12-09");
        v.put("bewertungskommission", "bewerter1, bewerter2");
        v.put("bieter", "Aktenwerk GmbH; a@aktenwerk.example");
        return v;
    }

    @Test
    void gueltigerStartIstZulaessig() throws IOException {
        assertThatCode(() -> form("vergabe-starten").pruefen(gueltigerStart()::get)).doesNotThrowAnyException();
    }

    @Test
    void jedeRegelDesStartformularsNenntFeldUndRegel() throws IOException {
        Formularregeln regeln = form("vergabe-starten");
        pruefeFehler(regeln, "titel", null, "Feld 'titel': (Bezeichnung des Verfahrens) Pflichtfeld fehlt");
        // BT-04 of the contract notice: required, a version-4 UUID (the delegate then stores it in lower case)
        pruefeFehler(regeln, "verfahrenskennung", null, "Feld 'verfahrenskennung'", "Pflichtfeld fehlt");
        pruefeFehler(regeln, "verfahrenskennung", "2021/S 196-512345", "Feld 'verfahrenskennung'", "entspricht nicht dem Muster");
        pruefeFehler(regeln, "titel", "DMS", "Feld 'titel': (Bezeichnung des Verfahrens) mindestens 5 Zeichen erforderlich, erhalten: 3");
        pruefeFehler(regeln, "titel", "x".repeat(1_000_000), "höchstens 200 Zeichen erlaubt, erhalten: 1000000");
        pruefeFehler(regeln, "wertungReferenzLeistung", -1, "Feld 'wertungReferenzLeistung': (Referenzwert Leistung (Punkte)) Wert -1 ist kleiner als das Minimum 0.01");
        pruefeFehler(regeln, "wertungReferenzLeistung", "viel", "Zahl erwartet, erhalten: 'viel'");
        // the estimate is an amount in German notation, a text field: the form takes text of at most 30 characters,
        // the domain reads the amount (Betrag)
        pruefeFehler(regeln, "geschaetzterWert", 1250000, "Feld 'geschaetzterWert'", "Text erwartet");
        pruefeFehler(regeln, "geschaetzterWert", "1".repeat(31), "Feld 'geschaetzterWert'", "höchstens 30 Zeichen");
        pruefeFehler(regeln, "verfahrensart", "FREIHAENDIG", "unzulässiger Wert 'FREIHAENDIG'");
        pruefeFehler(regeln, "praesentationVon", "07.12.2021", "Feld 'praesentationVon': (Bieterpräsentationen vom) kein gültiges Datum");
        pruefeFehler(regeln, "angebotsfrist", "morgen", "Feld 'angebotsfrist'");
        pruefeFehler(regeln, "bewertungskommission", "bewerter1; bewerter2", "entspricht nicht dem Muster");
        pruefeFehler(regeln, "titel", "DMS <script>alert(1)</script>", "Feld 'titel'", "keine HTML-Auszeichnungen");
        pruefeFehler(regeln, "titel", "DMS ${execution.setVariable('x', 1)}", "keine HTML-Auszeichnungen oder Ausdrücke");
        pruefeFehler(regeln, "titel", "DMS #{1+1} und mehr", "Ausdrücke");
        assertThatCode(() -> {
            Map<String, Object> v = gueltigerStart();
            v.put("titel", "Preisanteil < 40 % und Leistung > 60 %");
            regeln.pruefen(v::get);
        }).doesNotThrowAnyException();
        pruefeFehler(regeln, "bieter", " ", "Feld 'bieter': (Bieter, die ein Angebot abgegeben haben) Pflichtfeld fehlt");
        // the former dynamic list's shape is refused: the field is a text now
        pruefeFehler(regeln, "bieter", List.of(Map.of("name", "Aktenwerk GmbH", "email", "a@aktenwerk.example")),
                "Feld 'bieter'", "Text erwartet");
    }

    /** No form of ours has a dynamic list now (Tasklist 7.24 blocks them), but the rules still check one row by row. */
    @Test
    void dynamischeListeWirdZeilenweiseGeprueft() throws IOException {
        Formularregeln regeln = Formularregeln.aus(new ObjectMapper().readTree("""
                {"id": "liste", "components": [{"type": "dynamiclist", "path": "zeilen", "label": "Zeilen", "components": [
                  {"type": "textfield", "key": "name", "label": "Name", "validate": {"required": true}},
                  {"type": "number", "key": "betrag", "label": "Betrag", "validate": {"min": 0.01}}]}]}
                """));
        assertThatCode(() -> regeln.pruefen(Map.<String, Object>of("zeilen", List.of(Map.of("name", "A", "betrag", 1)))::get))
                .doesNotThrowAnyException();
        pruefeFehler(regeln, Map.of(), "zeilen", List.of(Map.of("name", "A"), Map.of("betrag", 2)), "Feld 'zeilen[2].name': (Name) Pflichtfeld fehlt");
        pruefeFehler(regeln, Map.of(), "zeilen", List.of(Map.of("name", "A", "betrag", 0)), "Feld 'zeilen[1].betrag'", "kleiner als das Minimum 0.01");
        pruefeFehler(regeln, Map.of(), "zeilen", "keine Liste", "Feld 'zeilen'", "Liste erwartet");
    }

    @Test
    void oeffnungVerlangtJeBieterEinenPreis() throws IOException {
        Formularregeln regeln = form("angebote-oeffnen");
        Map<String, Object> oeffnung = new HashMap<>();
        oeffnung.put("oeffnungsniederschrift", "Zwei Angebote fristgerecht eingegangen und unversehrt.");
        oeffnung.put("angebotspreise", "Aktenwerk GmbH: 412.000,50\nKommunal-DMS AG: 389.500,00");
        assertThatCode(() -> regeln.pruefen(oeffnung::get)).doesNotThrowAnyException();
        pruefeFehler(regeln, oeffnung, "angebotspreise", null,
                "Feld 'angebotspreise': (Angebotspreise der geöffneten Angebote (netto, EUR)) Pflichtfeld fehlt");
        pruefeFehler(regeln, oeffnung, "oeffnungsniederschrift", "kurz", "Feld 'oeffnungsniederschrift'", "mindestens 20 Zeichen");
    }

    @Test
    void bewertungsbogenPrueftSkalaUndBegruendung() throws IOException {
        Formularregeln regeln = form("bewertungsbogen");
        Map<String, Object> bogen = new HashMap<>();
        for (int k = 1; k <= 13; k++) {
            bogen.put("punkteB" + k, 7);
            bogen.put("begruendungB" + k, "Erfüllt die Anforderungen mit geringen Schwächen.");
        }
        for (int k = 1; k <= 3; k++) {
            bogen.put("erfuelltA" + k, "ERFUELLT");
            bogen.put("begruendungA" + k, "Nachweis im Angebot vorhanden und geprüft.");
        }
        // bieterName is read-only: shown, never required or checked
        assertThatCode(() -> regeln.pruefen(bogen::get)).doesNotThrowAnyException();
        pruefeFehler(regeln, bogen, "punkteB3", 11, "Feld 'punkteB3'", "größer als das Maximum 10");
        pruefeFehler(regeln, bogen, "begruendungB2", "gut", "Feld 'begruendungB2'", "mindestens 20 Zeichen");
        pruefeFehler(regeln, bogen, "erfuelltA1", "VIELLEICHT", "Feld 'erfuelltA1'", "erlaubt: ERFUELLT, NICHT_ERFUELLT");
        pruefeFehler(regeln, bogen, "begruendungA3", null, "Feld 'begruendungA3'", "Pflichtfeld fehlt");
    }

    @Test
    void zahlenAusserhalbDesBereichsNennenFeldUndRegel() throws IOException {
        Formularregeln regeln = form("vergabe-starten");
        pruefeFehler(regeln, "wertungReferenzLeistung", new java.math.BigInteger("99999999999999999999"), "Feld 'wertungReferenzLeistung'",
                "Zahl außerhalb des zulässigen Bereichs", "99999999999999999999");
        pruefeFehler(regeln, "wertungReferenzLeistung", 1e300, "Feld 'wertungReferenzLeistung'", "Zahl außerhalb des zulässigen Bereichs");
        pruefeFehler(regeln, "wertungReferenzLeistung", Double.POSITIVE_INFINITY, "Feld 'wertungReferenzLeistung'", "darstellbaren Bereichs");
        pruefeFehler(regeln, "wertungReferenzLeistung", Double.NaN, "Feld 'wertungReferenzLeistung'", "darstellbaren Bereichs");
        assertThatCode(() -> regeln.pruefen(mit("wertungReferenzLeistung", 9_999_999_999.99)::get)).doesNotThrowAnyException();
    }

    @Test
    void datumAusserhalbDesZeitfenstersNenntFeldUndRegel() throws IOException {
        Formularregeln regeln = form("vergabe-starten");
        java.time.LocalDate heute = java.time.LocalDate.of(2021, 10, 1);
        pruefeFehler(regeln, heute, "praesentationVon", "1999-12-31", "Feld 'praesentationVon'", "außerhalb des zulässigen Zeitraums",
                "2000-01-01 bis 2031-10-01");
        pruefeFehler(regeln, heute, "praesentationBis", "2031-10-02", "Feld 'praesentationBis'", "höchstens 10 Jahre voraus");
        pruefeFehler(regeln, heute, "angebotsfrist", "2999-11-08T12:00:00+01:00", "Feld 'angebotsfrist'", "außerhalb des zulässigen Zeitraums");
        pruefeFehler(regeln, heute, "fristereignisAm", java.util.Date.from(java.time.Instant.parse("1970-01-01T00:00:00Z")),
                "Feld 'fristereignisAm'", "1970-01-01");
        assertThatCode(() -> regeln.pruefen(mit("praesentationBis", "2031-10-01")::get, heute)).doesNotThrowAnyException();
        assertThatCode(() -> regeln.pruefen(mit("fristereignisAm", "2000-01-01")::get, heute)).doesNotThrowAnyException();
    }

    private static Map<String, Object> mit(String feld, Object wert) {
        Map<String, Object> v = new HashMap<>(gueltigerStart());
        v.put(feld, wert);
        return v;
    }

    private static void pruefeFehler(Formularregeln regeln, java.time.LocalDate heute, String feld, Object wert, String... erwartet) {
        var pruefung = assertThatThrownBy(() -> regeln.pruefen(mit(feld, wert)::get, heute)).isInstanceOf(Eingabefehler.class);
        for (String teil : erwartet) {
            pruefung.hasMessageContaining(teil);
        }
    }

    private static void pruefeFehler(Formularregeln regeln, String feld, Object wert, String... erwartet) {
        pruefeFehler(regeln, gueltigerStart(), feld, wert, erwartet);
    }

    private static void pruefeFehler(Formularregeln regeln, Map<String, Object> basis, String feld, Object wert, String... erwartet) {
        Map<String, Object> v = new HashMap<>(basis);
        v.put(feld, wert);
        var pruefung = assertThatThrownBy(() -> regeln.pruefen(v::get)).isInstanceOf(Eingabefehler.class);
        for (String teil : erwartet) {
            pruefung.hasMessageContaining(teil);
        }
    }
}
