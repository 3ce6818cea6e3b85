package de.leverkusen.vergabe.wertung;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.leverkusen.vergabe.verfahren.Eingabefehler;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Consolidation statistics, flags, deviations and exclusion, worked out by hand. */
class KonsolidierungsrechnerTest {

    /** K1 60 (minimum 4), K2 40, A1; scale 0-10; minimum performance none. */
    private static final Kriterienkatalog KATALOG = Wertungsbeispiele.ausKriterien("test", List.of(
            Wertungsbeispiele.mindestanforderung("A1", "Betrieb bei der ivl"),
            new Kriterium("K1", "Fachlichkeit", Kriterium.Typ.B, new BigDecimal("60"), new BigDecimal("4")),
            new Kriterium("K2", "Betrieb", 40)), 0, 10);
    private static final BigDecimal DREISSIG_PROZENT = new BigDecimal("0.30");

    private static Konsolidierungsrechner.Bogen bogen(String wer, int k1, int k2, boolean a1) {
        return new Konsolidierungsrechner.Bogen(wer, Map.of("K1", k1, "K2", k2), Map.of("A1", a1),
                Map.of("A1", "Begründung A1 von " + wer, "K1", "Begründung K1 von " + wer, "K2", "Begründung K2 von " + wer));
    }

    @Test
    void medianBeiGeraderAnzahlIstDerMittelwertDerBeidenMittleren() {
        // 2, 9, 5, 6 sorted: 2, 5, 6, 9 -> (5 + 6) / 2 = 5.5
        assertThat(Konsolidierungsrechner.median(List.of(2, 9, 5, 6))).isEqualByComparingTo("5.5");
        // 7, 3, 8 sorted: 3, 7, 8 -> 7
        assertThat(Konsolidierungsrechner.median(List.of(7, 3, 8))).isEqualByComparingTo("7");
        // 4, 6 -> 5
        assertThat(Konsolidierungsrechner.median(List.of(4, 6))).isEqualByComparingTo("5");
    }

    @Test
    void streuungGenauAnDerGrenzeIstNichtAuffaellig() {
        // 30 % of the scale 0-10 = 3 points: a spread of exactly 3 is not flagged, 4 is
        assertThat(Konsolidierungsrechner.auffaellig(4, 7, Punkteskala.NULL_BIS_ZEHN, DREISSIG_PROZENT)).isFalse();
        assertThat(Konsolidierungsrechner.auffaellig(4, 8, Punkteskala.NULL_BIS_ZEHN, DREISSIG_PROZENT)).isTrue();
        // scale 0-5: 30 % = 1.5 points -> spread 1 not flagged, 2 flagged
        assertThat(Konsolidierungsrechner.auffaellig(3, 4, Punkteskala.NULL_BIS_FUENF, DREISSIG_PROZENT)).isFalse();
        assertThat(Konsolidierungsrechner.auffaellig(3, 5, Punkteskala.NULL_BIS_FUENF, DREISSIG_PROZENT)).isTrue();
    }

    @Test
    void zeilenMitVierBewertenden() {
        // K1: 2, 9, 5, 6 -> min 2, median 5.5, max 9, mean 22/4 = 5.5, spread 7 > 3 -> flagged
        // K2: 6, 7, 7, 9 -> min 6, median 7, max 9, mean 29/4 = 7.25, spread 3 -> not flagged
        // A1: three fulfilled, one not -> result not fulfilled, flagged as disagreement
        List<Konsolidierungsrechner.Bogen> boegen = List.of(bogen("b1", 2, 6, true), bogen("b2", 9, 7, true),
                bogen("b3", 5, 7, false), bogen("b4", 6, 9, true));
        List<Konsolidierungsrechner.Zeile> z = Konsolidierungsrechner.zeilen(KATALOG, boegen, List.of(), DREISSIG_PROZENT);

        Konsolidierungsrechner.Zeile a1 = z.get(0);
        assertThat(a1.erfuelltJa()).isEqualTo(3);
        assertThat(a1.erfuelltNein()).isEqualTo(1);
        assertThat(a1.erfuellt()).isFalse();
        assertThat(a1.auffaellig()).isTrue();

        Konsolidierungsrechner.Zeile k1 = z.get(1);
        assertThat(k1.min()).isEqualTo(2);
        assertThat(k1.median()).isEqualByComparingTo("5.5");
        assertThat(k1.max()).isEqualTo(9);
        assertThat(k1.mittelwert()).isEqualTo(Bruch.von(11, 2));
        assertThat(k1.auffaellig()).isTrue();

        Konsolidierungsrechner.Zeile k2 = z.get(2);
        assertThat(k2.min()).isEqualTo(6);
        assertThat(k2.median()).isEqualByComparingTo("7");
        assertThat(k2.max()).isEqualTo(9);
        assertThat(k2.mittelwert()).isEqualTo(Bruch.von(29, 4));
        assertThat(k2.auffaellig()).isFalse();
        assertThat(k2.konsolidiert()).isEqualTo(Bruch.von(29, 4));

        assertThat(Konsolidierungsrechner.uebersicht(KATALOG, boegen, DREISSIG_PROZENT))
                .contains("mehr als 3 Punkte zwischen niedrigster und höchster Bewertung (30 % der Skala 0–10)")
                .contains("(!) K1 Fachlichkeit (Gewicht 60): Punkte 2 / 9 / 5 / 6 – min 2, Median 5,5, max 9, Mittelwert 5,5, Mindestpunktzahl 4")
                .contains("\nK2 Betrieb (Gewicht 40): Punkte 6 / 7 / 7 / 9 – min 6, Median 7, max 9, Mittelwert 7,25")
                .contains("(!) A1 Betrieb bei der ivl (Mindestanforderung): erfüllt 3, nicht erfüllt 1 – Ergebnis nicht erfüllt")
                .contains("  b3 (nicht erfüllt): Begründung A1 von b3")
                .contains("  b2 (9): Begründung K1 von b2")
                // justifications only where the evaluators disagree
                .doesNotContain("Begründung K2");
    }

    @Test
    void abweichungenWerdenGelesenUndGeprueft() {
        List<Konsolidierungsrechner.Bogen> boegen = List.of(bogen("b1", 2, 6, true), bogen("b2", 9, 7, true),
                bogen("b3", 5, 7, false), bogen("b4", 6, 9, true));
        List<Konsolidierungsrechner.Abweichung> a = Konsolidierungsrechner.abweichungenLesen("""
                k1 = 6,5: In der Kommission nach der Präsentation geklärt.

                A1 = erfüllt: Nachweis der ivl liegt vor, b3 hatte ihn nicht gesehen.""", "f", KATALOG, boegen);
        assertThat(a).containsExactly(
                new Konsolidierungsrechner.Abweichung("K1", new BigDecimal("6.5"), null, "In der Kommission nach der Präsentation geklärt."),
                new Konsolidierungsrechner.Abweichung("A1", null, true, "Nachweis der ivl liegt vor, b3 hatte ihn nicht gesehen."));

        assertThatThrownBy(() -> Konsolidierungsrechner.abweichungenLesen("K2 = 7,25: gleich dem Mittelwert der Bögen", "f", KATALOG, boegen))
                .isInstanceOf(Eingabefehler.class).hasMessageContaining("Feld 'f': Zeile 1").hasMessageContaining("entspricht dem Mittelwert");
        assertThatThrownBy(() -> Konsolidierungsrechner.abweichungenLesen("A1 = nicht erfüllt: wie in den Bögen festgestellt", "f", KATALOG, boegen))
                .hasMessageContaining("entspricht dem Ergebnis der Bewertungsbögen");
        assertThatThrownBy(() -> Konsolidierungsrechner.abweichungenLesen("K9 = 5: unbekanntes Kriterium im Text", "f", KATALOG, boegen))
                .hasMessageContaining("unbekanntes Kriterium K9, zulässig: A1, K1, K2");
        assertThatThrownBy(() -> Konsolidierungsrechner.abweichungenLesen("K1 5 weil es so ist", "f", KATALOG, boegen))
                .hasMessageContaining("erwartet 'Kriterium = Wert: Begründung'");
        assertThatThrownBy(() -> Konsolidierungsrechner.abweichungenLesen("K1 = 5: kurz", "f", KATALOG, boegen))
                .hasMessageContaining("mindestens 20 Zeichen");
        assertThatThrownBy(() -> Konsolidierungsrechner.abweichungenLesen("K1 = 10,5: mehr als das Skalenmaximum", "f", KATALOG, boegen))
                .hasMessageContaining("zwischen 0 und 10");
        assertThatThrownBy(() -> Konsolidierungsrechner.abweichungenLesen(
                "K1 = 5: erste Zeile mit Begründung\nK1 = 6: zweite Zeile mit Begründung", "f", KATALOG, boegen))
                .hasMessageContaining("Zeile 2").hasMessageContaining("doppelt");
    }

    @Test
    void ausschlussDurchAKriteriumUndMindestpunkteAusDenKonsolidiertenWerten() {
        // Offer X: K1 4 and 5 (mean 4.5 >= minimum 4), K2 8 and 8, A1 fulfilled on both sheets
        //   L = 60 x 4.5 + 40 x 8 = 270 + 320 = 590, P = 100,000 -> Z = 0.0059
        // Offer Y: as X but one evaluator says A1 not fulfilled -> excluded ("A-Kriterium A1 nicht erfüllt")
        // Offer W: as X, consolidated K1 = 3 (< minimum 4) -> excluded; L = 60 x 3 + 320 = 500
        List<Konsolidierungsrechner.Bogen> x = List.of(bogen("b1", 4, 8, true), bogen("b2", 5, 8, true));
        List<Konsolidierungsrechner.Bogen> y = List.of(bogen("b1", 4, 8, true), bogen("b2", 5, 8, false));
        List<Konsolidierungsrechner.Abweichung> w = List.of(
                new Konsolidierungsrechner.Abweichung("K1", new BigDecimal("3"), null, "In der Demo fehlten Pflichtszenarien."));
        Wertungsergebnis e = Wertungsrechner.berechnen(KATALOG.parameter(), KATALOG.skala(), KATALOG.kriterien(), List.of(
                Konsolidierungsrechner.angebotswertung(1L, "X", new BigDecimal("100000"), KATALOG, x, List.of()),
                Konsolidierungsrechner.angebotswertung(2L, "Y", new BigDecimal("90000"), KATALOG, y, List.of()),
                Konsolidierungsrechner.angebotswertung(3L, "W", new BigDecimal("80000"), KATALOG, x, w)), false);

        assertThat(e.zuschlag()).isEqualTo("X");
        assertThat(e.rangfolge()).extracting(Wertungsrechner.Rang::bieter, Wertungsrechner.Rang::ausgeschlossen, Wertungsrechner.Rang::grund)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("X", false, null),
                        org.assertj.core.groups.Tuple.tuple("Y", true, "A-Kriterium A1 nicht erfüllt"),
                        org.assertj.core.groups.Tuple.tuple("W", true, "Mindestpunktzahl 4 bei K1 nicht erreicht (3)"));
        assertThat(e.rangfolge().get(0).leistung()).isEqualByComparingTo("590");
        assertThat(e.rangfolge().get(0).kennzahl()).isEqualByComparingTo("0.0059");
        assertThat(e.rangfolge().get(2).leistung()).isEqualByComparingTo("500");

        // A1 overridden to fulfilled for Y: Y is back; L 590 at P 90,000 -> Z = 0.0065555556 > 0.0059, Y wins
        Wertungsergebnis mitAbweichung = Wertungsrechner.berechnen(KATALOG.parameter(), KATALOG.skala(), KATALOG.kriterien(), List.of(
                Konsolidierungsrechner.angebotswertung(1L, "X", new BigDecimal("100000"), KATALOG, x, List.of()),
                Konsolidierungsrechner.angebotswertung(2L, "Y", new BigDecimal("90000"), KATALOG, y, List.of(
                        new Konsolidierungsrechner.Abweichung("A1", null, true, "Nachweis nachträglich geprüft und vorhanden.")))),
                false);
        assertThat(mitAbweichung.zuschlag()).isEqualTo("Y");
        assertThat(mitAbweichung.rangfolge().get(0).kennzahl()).isEqualByComparingTo("0.0065555556");
    }

    @Test
    void mindestleistungSchliesstAus() {
        // L = 590 (see above) below a minimum performance of 600 -> excluded with L shown
        Wertungsergebnis e = Wertungsrechner.berechnen(KATALOG.parameter(), KATALOG.skala(), KATALOG.kriterien(), List.of(
                Konsolidierungsrechner.angebotswertung(1L, "X", new BigDecimal("100000"), KATALOG,
                        List.of(bogen("b1", 4, 8, true), bogen("b2", 5, 8, true)), List.of())), false, new BigDecimal("600"));
        assertThat(e.zuschlag()).isNull();
        assertThat(e.rangfolge().get(0).grund()).isEqualTo("Mindestleistung 600 nicht erreicht (L = 590)");
    }
}
