package de.leverkusen.vergabe.wertung;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Worked examples for the simple benchmark method on a catalogue of five criteria
 * (weights K1 25, K2 20, K3 15, K4 20, K5 20; sum 100, the weights of the former DMS sheet). A sheet with the same points p on every criterion
 * therefore contributes 100 x p to the weighted sum.
 */
class WertungsrechnerTest {

    private static final Kriterienkatalog KATALOG = Wertungsbeispiele.ausKriterien("fuenf", List.of(
            new Kriterium("K1", "Schriftgutverwaltung und E-Akte", 25),
            new Kriterium("K2", "Workflow und Vorgangsbearbeitung", 20),
            new Kriterium("K3", "Scannen, Posteingang und Suche", 15),
            new Kriterium("K4", "Schnittstellen, Betrieb bei der ivl, Datenschutz", 20),
            new Kriterium("K5", "Präsentation und Live-Demo", 20)), 0, 10);

    private static Map<String, Integer> ueberall(int punkte) {
        return Map.of("K1", punkte, "K2", punkte, "K3", punkte, "K4", punkte, "K5", punkte);
    }

    private static Wertungsrechner.Eingabe angebot(long id, String bieter, String preis, int... boegen) {
        return new Wertungsrechner.Eingabe(id, bieter, new BigDecimal(preis),
                java.util.Arrays.stream(boegen).mapToObj(WertungsrechnerTest::ueberall).toList());
    }

    @Test
    void rangfolgeNachLeistungJePreis() {
        // A: sheets 8 and 6 -> L = (800 + 600) / 2 = 700, P = 400,000 -> Z = 0.00175
        // B: sheets 7 and 7 -> L = 700,                  P = 350,000 -> Z = 0.002
        // C: sheets 10 and 9 -> L = 950,                 P = 500,000 -> Z = 0.0019
        List<Wertungsrechner.Rang> rangfolge = Wertungsrechner.rangfolge(KATALOG, List.of(
                angebot(1, "A", "400000.00", 8, 6),
                angebot(2, "B", "350000.00", 7, 7),
                angebot(3, "C", "500000.00", 10, 9)));

        assertThat(rangfolge).extracting(Wertungsrechner.Rang::bieter).containsExactly("B", "C", "A");
        assertThat(rangfolge).extracting(Wertungsrechner.Rang::rang).containsExactly(1, 2, 3);
        assertThat(rangfolge.get(0).leistung()).isEqualByComparingTo("700");
        assertThat(rangfolge.get(0).kennzahl()).isEqualByComparingTo("0.002");
        assertThat(rangfolge.get(1).kennzahl()).isEqualByComparingTo("0.0019");
        assertThat(rangfolge.get(2).kennzahl()).isEqualByComparingTo("0.00175");
        assertThat(rangfolge).noneMatch(Wertungsrechner.Rang::losentscheid);
    }

    @Test
    void gleichesZEntscheidetHoehereLeistung() {
        // B: L = 700, P = 350,000 -> Z = 0.002; D: sheets 6 and 6 -> L = 600, P = 300,000 -> Z = 0.002
        List<Wertungsrechner.Rang> rangfolge = Wertungsrechner.rangfolge(KATALOG, List.of(
                angebot(4, "D", "300000.00", 6, 6),
                angebot(2, "B", "350000.00", 7, 7)));

        assertThat(rangfolge).extracting(Wertungsrechner.Rang::bieter).containsExactly("B", "D");
        assertThat(rangfolge).extracting(Wertungsrechner.Rang::rang).containsExactly(1, 2);
        assertThat(rangfolge).noneMatch(Wertungsrechner.Rang::losentscheid);
    }

    @Test
    void vollstaendigerGleichstandWirdZumLosentscheidMarkiert() {
        // same L (700) and same P: neither Z, L nor P separates them; both rank 1, marked for lots
        List<Wertungsrechner.Rang> rangfolge = Wertungsrechner.rangfolge(KATALOG, List.of(
                angebot(2, "B", "350000.00", 7, 7),
                angebot(5, "E", "350000.00", 8, 6),
                angebot(1, "A", "400000.00", 8, 6)));

        assertThat(rangfolge).extracting(Wertungsrechner.Rang::rang).containsExactly(1, 1, 3);
        assertThat(rangfolge).extracting(Wertungsrechner.Rang::losentscheid).containsExactly(true, true, false);
    }

    @Test
    void mittelwertAusDreiBoegenWirdNichtVorDerRangfolgeGerundet() {
        // F: sheets 7, 8, 8 -> weighted sum 2300, L = 2300/3 = 766.666..., shown as 766.67;
        //    P = 100,000 -> Z = 0.00766666... shown with 10 digits as 0.0076666667
        // G: three sheets of 10 -> L = 1000, P = 100,000 -> Z = 0.01, ranks first
        Wertungsrechner.Eingabe g = new Wertungsrechner.Eingabe(7L, "G", new BigDecimal("100000.00"), List.of(
                Map.of("K1", 10, "K2", 10, "K3", 10, "K4", 10, "K5", 10),
                Map.of("K1", 10, "K2", 10, "K3", 10, "K4", 10, "K5", 10),
                Map.of("K1", 10, "K2", 10, "K3", 10, "K4", 10, "K5", 10)));
        List<Wertungsrechner.Rang> rangfolge = Wertungsrechner.rangfolge(KATALOG, List.of(
                angebot(6, "F", "100000.00", 7, 8, 8), g));

        assertThat(rangfolge.get(0).bieter()).isEqualTo("G");
        assertThat(rangfolge.get(1).leistung()).isEqualByComparingTo("766.67");
        assertThat(rangfolge.get(1).kennzahl()).isEqualByComparingTo("0.0076666667");
    }

    @Test
    void angebotOhneBogenOderPreisWirdAbgewiesen() {
        assertThatThrownBy(() -> Wertungsrechner.rangfolge(KATALOG, List.of(angebot(1, "A", "400000.00"))))
                .hasMessageContaining("kein Bewertungsbogen");
        assertThatThrownBy(() -> Wertungsrechner.rangfolge(KATALOG, List.of(angebot(1, "A", "0.00", 5))))
                .hasMessageContaining("größer als 0");
    }
}
