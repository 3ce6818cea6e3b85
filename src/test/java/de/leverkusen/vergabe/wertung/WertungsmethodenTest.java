package de.leverkusen.vergabe.wertung;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.leverkusen.vergabe.verfahren.Eingabefehler;
import de.leverkusen.vergabe.wertung.Wertungsergebnis.Gewichtsschwelle;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Worked examples for every UfAB method, computed by hand. Unless said otherwise: K1 weight 60, K2 weight 40,
 * scale 0-10, and the offers
 * <pre>
 *   A: K1 8, K2 5   -> L = 60x8 + 40x5 = 480 + 200 =  680, P = 340,000
 *   B: K1 7, K2 7   -> L = 420 + 280              =  700, P = 400,000
 *   C: K1 10, K2 10 -> L = 600 + 400              = 1000, P = 625,000
 * </pre>
 */
class WertungsmethodenTest {

    static final List<Kriterium> K = List.of(
            new Kriterium("K1", "Fachlichkeit", 60),
            new Kriterium("K2", "Betrieb", 40));

    static Map<String, BigDecimal> punkte(int k1, int k2) {
        return Map.of("K1", BigDecimal.valueOf(k1), "K2", BigDecimal.valueOf(k2));
    }

    static Angebotswertung angebot(String bieter, String preis, int k1, int k2) {
        return Wertungsbeispiele.mitPunkten(bieter, preis, punkte(k1, k2), Map.of());
    }

    static List<Angebotswertung> abc() {
        return List.of(angebot("A", "340000", 8, 5), angebot("B", "400000", 7, 7), angebot("C", "625000", 10, 10));
    }

    static Wertungsergebnis rechne(Wertungsparameter p, List<Angebotswertung> angebote) {
        return Wertungsrechner.berechnen(p, Punkteskala.NULL_BIS_ZEHN, K, angebote);
    }

    static List<String> bieter(Wertungsergebnis e) {
        return e.rangfolge().stream().map(Wertungsrechner.Rang::bieter).toList();
    }

    static BigDecimal kennzahl(Wertungsergebnis e, String bieter) {
        return e.rangfolge().stream().filter(r -> r.bieter().equals(bieter)).findFirst().orElseThrow().kennzahl();
    }

    static Gewichtsschwelle schwelle(Wertungsergebnis e, String kriterium) {
        return e.sensitivitaet().gewichte().stream().filter(g -> g.kriterium().equals(kriterium)).findFirst().orElseThrow();
    }

    @Test
    void einfacheRichtwertmethodeMitSensitivitaet() {
        // Z = L / P: A 680/340,000 = 0.002, B 700/400,000 = 0.00175, C 1000/625,000 = 0.0016
        Wertungsergebnis e = rechne(Wertungsparameter.einfacheRichtwertmethode(), abc());

        assertThat(bieter(e)).containsExactly("A", "B", "C");
        assertThat(e.rangfolge()).extracting(Wertungsrechner.Rang::rang).containsExactly(1, 2, 3);
        assertThat(kennzahl(e, "A")).isEqualByComparingTo("0.002");
        assertThat(kennzahl(e, "B")).isEqualByComparingTo("0.00175");
        assertThat(kennzahl(e, "C")).isEqualByComparingTo("0.0016");
        assertThat(e.zuschlag()).isEqualTo("A");

        // K1 x f (a = 60 x points: A 480, B 420, C 600), f = 1 - t:
        //   B catches A when (680 - 480t)/340,000 = (700 - 420t)/400,000
        //   <=> 400,000 (680 - 480t) = 340,000 (700 - 420t) <=> 272,000 - 192,000t = 238,000 - 142,800t
        //   <=> 34,000 = 49,200t <=> t = 85/123, f = 38/123 = 0.308943...
        //   C catches A when 400,000... analogous: (680 - 480t)/340,000 = (1000 - 600t)/625,000 -> t = 0.8854 (later)
        //   raising K1 only helps A more (A gains 480/340,000 per unit of t, B 420/400,000, C 600/625,000): null
        Gewichtsschwelle k1 = schwelle(e, "K1");
        assertThat(k1.faktorAbwaerts()).isEqualByComparingTo("0.308943");
        assertThat(k1.zuschlagAbwaerts()).isEqualTo("B");
        assertThat(k1.faktorAufwaerts()).isNull();
        assertThat(k1.faktor()).isEqualByComparingTo("0.308943");
        assertThat(k1.exakt()).isTrue();
        // K2 (a: A 200, B 280, C 400): B catches A at (680 + 200t)/340,000 = (700 + 280t)/400,000 -> t = 85/38 > 2,
        // C at t = 136/17.6 = 7.7 -> beyond factor 3; lowering K2 only widens A's lead
        Gewichtsschwelle k2 = schwelle(e, "K2");
        assertThat(k2.faktor()).isNull();
        assertThat(k2.faktorAbwaerts()).isNull();
        assertThat(k2.faktorAufwaerts()).isNull();
        // runner-up B wins below 700 / 0.002 = 350,000; at exactly 350,000 Z ties with A and B's higher L decides
        assertThat(e.sensitivitaet().preis().bieter()).isEqualTo("B");
        assertThat(e.sensitivitaet().preis().preis()).isEqualByComparingTo("350000.00");
    }

    @Test
    void erweiterteRichtwertmethodeBandveraendertDenSieger() {
        // B now at 380,000: Z_B = 700/380,000 = 0.0018421...; A 0.002 (Zmax), C 0.0016
        List<Angebotswertung> angebote = List.of(angebot("A", "340000", 8, 5), angebot("B", "380000", 7, 7),
                angebot("C", "625000", 10, 10));

        // band 10 %: threshold 0.002 x 0.9 = 0.0018 -> group {A, B}; LEISTUNG: B (700 > 680) wins
        Wertungsergebnis zehn = rechne(Wertungsbeispiele.erweiterteRichtwertmethode("0.10", Entscheidungskriterium.LEISTUNG), angebote);
        assertThat(bieter(zehn)).containsExactly("B", "A", "C");
        assertThat(zehn.zuschlag()).isEqualTo("B");
        assertThat(kennzahl(zehn, "B")).isEqualByComparingTo("0.0018421053");

        // band 5 %: threshold 0.002 x 0.95 = 0.0019 -> group {A}; A wins, B and C follow by Z
        Wertungsergebnis fuenf = rechne(Wertungsbeispiele.erweiterteRichtwertmethode("0.05", Entscheidungskriterium.LEISTUNG), angebote);
        assertThat(bieter(fuenf)).containsExactly("A", "B", "C");
        assertThat(fuenf.zuschlag()).isEqualTo("A");

        // band 10 %, criterion PREIS: group {A, B}, lowest price 340,000 -> A
        Wertungsergebnis preis = rechne(Wertungsbeispiele.erweiterteRichtwertmethode("0.10", Entscheidungskriterium.PREIS), angebote);
        assertThat(preis.zuschlag()).isEqualTo("A");

        // the simple method on the same offers: A (highest Z)
        assertThat(rechne(Wertungsparameter.einfacheRichtwertmethode(), angebote).zuschlag()).isEqualTo("A");

        // sensitivity under band 10 % / LEISTUNG, K1 raised (L_A = 680 + 480t, L_B = 700 + 420t, A keeps Zmax):
        // B leaves the group when (700 + 420t)/380,000 < 0.9 (680 + 480t)/340,000
        // <=> 238,000,000 + 142,800,000t < 232,560,000 + 164,160,000t <=> t > 5,440/21,360 = 68/267
        // -> f = 335/267 = 1.2546816... (before A would catch up on L at t = 1/3); found by grid + bisection
        Gewichtsschwelle k1 = schwelle(zehn, "K1");
        assertThat(k1.faktorAufwaerts()).isEqualByComparingTo("1.254682");
        assertThat(k1.zuschlagAufwaerts()).isEqualTo("A");
        assertThat(k1.exakt()).isFalse();
        // runner-up A wins on price once B drops out of the group: 700/380,000 < 0.9 x 680/P
        // <=> P < 0.9 x 680 x 380,000 / 700 = 332,228.571... -> 332,228.57
        assertThat(zehn.sensitivitaet().preis().bieter()).isEqualTo("A");
        assertThat(zehn.sensitivitaet().preis().preis()).isEqualByComparingTo("332228.57");
    }

    @Test
    void bandAusserhalbVonNullBisZehnProzentWirdAbgewiesen() {
        for (String band : List.of("0", "0.11", "-0.05")) {
            assertThatThrownBy(() -> rechne(Wertungsbeispiele.erweiterteRichtwertmethode(band, Entscheidungskriterium.LEISTUNG), abc()))
                    .isInstanceOf(Eingabefehler.class).hasMessageContaining("parameter.schwankungsbreite");
        }
    }

    @Test
    void medianmethode() {
        // gL 0.6, gP 0.4; median L of {680, 700, 1000} = 700, median P of {340k, 400k, 625k} = 400,000
        // A: 0.6 x 680/700 + 0.4 x 400,000/340,000 = 102/175 + 8/17 = 3134/2975 = 1.0534453782
        // B: 0.6 x 1 + 0.4 x 1 = 1
        // C: 0.6 x 1000/700 + 0.4 x 400,000/625,000 = 6/7 + 32/125 = 974/875 = 1.1131428571
        Wertungsergebnis e = rechne(Wertungsparameter.gewichtet(Wertungsmethode.MEDIANMETHODE, "0.6", "0.4"), abc());
        assertThat(bieter(e)).containsExactly("C", "A", "B");
        assertThat(kennzahl(e, "A")).isEqualByComparingTo("1.0534453782");
        assertThat(kennzahl(e, "B")).isEqualByComparingTo("1");
        assertThat(kennzahl(e, "C")).isEqualByComparingTo("1.1131428571");
        assertThat(e.zuschlag()).isEqualTo("C");
    }

    @Test
    void referenzwertmethode() {
        // gL 0.5, gP 0.5, Lref 800, Pref 400,000
        // A: 0.5 x 680/800 + 0.5 x 400,000/340,000 = 17/40 + 10/17 = 689/680 = 1.0132352941
        // B: 0.5 x 700/800 + 0.5 x 1 = 0.4375 + 0.5 = 0.9375
        // C: 0.5 x 1000/800 + 0.5 x 400,000/625,000 = 0.625 + 0.32 = 0.945
        Wertungsergebnis e = rechne(Wertungsbeispiele.referenzwerte("0.5", "0.5", "800", "400000"), abc());
        assertThat(bieter(e)).containsExactly("A", "C", "B");
        assertThat(kennzahl(e, "A")).isEqualByComparingTo("1.0132352941");
        assertThat(kennzahl(e, "C")).isEqualByComparingTo("0.945");
        assertThat(kennzahl(e, "B")).isEqualByComparingTo("0.9375");
        // runner-up C beats A when 0.625 + 200,000/P > 689/680 <=> 200,000/P > 0.3882352941 (= 264/680)
        // <=> P < 200,000 x 680/264 = 515,151.5151... -> 515,151.51
        assertThat(e.sensitivitaet().preis().bieter()).isEqualTo("C");
        assertThat(e.sensitivitaet().preis().preis()).isEqualByComparingTo("515151.51");
    }

    @Test
    void nurPreis() {
        Wertungsergebnis e = rechne(Wertungsbeispiele.nurPreis(), abc());
        assertThat(bieter(e)).containsExactly("A", "B", "C");
        assertThat(kennzahl(e, "A")).isEqualByComparingTo("340000");
        // weights do not matter; B wins below 340,000 (at 340,000 the tie goes to B's higher L 700 > 680)
        assertThat(e.sensitivitaet().gewichte()).allMatch(g -> g.faktor() == null);
        assertThat(e.sensitivitaet().preis().preis()).isEqualByComparingTo("340000.00");
    }

    /**
     * One criterion K weight 100, gL = gP = 0.5; X: 10 points (L 1000), P 500,000; Y: 7 (700), 350,000;
     * W: 6 (600), 450,000; far behind F: 2 (200), 2,000,000.
     */
    @Test
    void mittelwertmethodeKipptDurchAbgeschlagenesAngebotMedianmethodeNicht() {
        List<Kriterium> k = List.of(new Kriterium("K", "Gesamt", 100));
        Angebotswertung x = Wertungsbeispiele.mitPunkten("X", "500000", Map.of("K", BigDecimal.TEN), Map.of());
        Angebotswertung y = Wertungsbeispiele.mitPunkten("Y", "350000", Map.of("K", BigDecimal.valueOf(7)), Map.of());
        Angebotswertung w = Wertungsbeispiele.mitPunkten("W", "450000", Map.of("K", BigDecimal.valueOf(6)), Map.of());
        Angebotswertung f = Wertungsbeispiele.mitPunkten("F", "2000000", Map.of("K", BigDecimal.valueOf(2)), Map.of());
        Wertungsparameter mittel = Wertungsparameter.gewichtet(Wertungsmethode.MITTELWERTMETHODE, "0.5", "0.5");
        Wertungsparameter median = Wertungsparameter.gewichtet(Wertungsmethode.MEDIANMETHODE, "0.5", "0.5");

        // mean, without F: ML = 2300/3, MP = 1,300,000/3
        //   X: 1500/2300 + 1,300,000/3,000,000 = 0.6521739 + 0.4333333 = 1.0855072
        //   Y: 1050/2300 + 1,300,000/2,100,000 = 0.4565217 + 0.6190476 = 1.0755694 -> X first
        Wertungsergebnis ohne = Wertungsrechner.berechnen(mittel, Punkteskala.NULL_BIS_ZEHN, k, List.of(x, y, w));
        assertThat(bieter(ohne).subList(0, 2)).containsExactly("X", "Y");
        // mean, with F: ML = 2500/4 = 625, MP = 3,300,000/4 = 825,000
        //   X: 500/625 + 412,500/500,000 = 0.8 + 0.825 = 1.625
        //   Y: 350/625 + 412,500/350,000 = 0.56 + 1.1785714 = 1.7385714 -> Y first: the far-behind F flipped them
        Wertungsergebnis mit = Wertungsrechner.berechnen(mittel, Punkteskala.NULL_BIS_ZEHN, k, List.of(x, y, w, f));
        assertThat(bieter(mit).subList(0, 2)).containsExactly("Y", "X");
        assertThat(kennzahl(mit, "X")).isEqualByComparingTo("1.625");
        assertThat(kennzahl(mit, "Y")).isEqualByComparingTo("1.7385714286");

        // median, without F: ML = 700, MP = 450,000: X 500/700 + 0.45 = 1.1642857, Y 0.5 + 225,000/350,000 = 1.1428571
        Wertungsergebnis medOhne = Wertungsrechner.berechnen(median, Punkteskala.NULL_BIS_ZEHN, k, List.of(x, y, w));
        assertThat(bieter(medOhne).subList(0, 2)).containsExactly("X", "Y");
        assertThat(kennzahl(medOhne, "X")).isEqualByComparingTo("1.1642857143");
        // median, with F: ML = (600 + 700)/2 = 650, MP = (450,000 + 500,000)/2 = 475,000
        //   X: 500/650 + 237,500/500,000 = 0.7692308 + 0.475 = 1.2442308
        //   Y: 350/650 + 237,500/350,000 = 0.5384615 + 0.6785714 = 1.2170330 -> X stays first
        Wertungsergebnis medMit = Wertungsrechner.berechnen(median, Punkteskala.NULL_BIS_ZEHN, k, List.of(x, y, w, f));
        assertThat(bieter(medMit).subList(0, 2)).containsExactly("X", "Y");
        assertThat(kennzahl(medMit, "X")).isEqualByComparingTo("1.2442307692");

        // available in the calculator, refused for a procedure
        assertThat(Wertungsmethode.MITTELWERTMETHODE.fuerVerfahrenZulaessig()).isFalse();
        assertThatThrownBy(() -> Wertungsmethode.MITTELWERTMETHODE.fuerVerfahrenPruefen("wertungsmethode"))
                .isInstanceOf(Eingabefehler.class).hasMessageContaining("Flipping");
        Wertungsmethode.MEDIANMETHODE.fuerVerfahrenPruefen("wertungsmethode");
    }

    @Test
    void gleichstandNachRegel() {
        // D: K1 6, K2 6 -> L = 600, P = 300,000 -> Z = 0.002 = Z_A
        List<Angebotswertung> angebote = List.of(angebot("D", "300000", 6, 6), angebot("A", "340000", 8, 5));
        // default rule: higher L -> A (680 > 600)
        Wertungsergebnis standard = rechne(Wertungsparameter.einfacheRichtwertmethode(), angebote);
        assertThat(bieter(standard)).containsExactly("A", "D");
        assertThat(standard.rangfolge()).extracting(Wertungsrechner.Rang::rang).containsExactly(1, 2);
        assertThat(standard.rangfolge()).noneMatch(Wertungsrechner.Rang::losentscheid);
        // rule "price first": lower P -> D
        Wertungsergebnis preisZuerst = rechne(Wertungsparameter.einfacheRichtwertmethode()
                .mitGleichstandsregel(Gleichstandsregel.PREIS_DANN_LEISTUNG), angebote);
        assertThat(preisZuerst.zuschlag()).isEqualTo("D");
        // any change of K1 or K2 in A's favour direction keeps A; lowering K1 by any amount hands it to D:
        // Z_A - Z_D as a function of t: (680 - 480t)/340,000 - (600 - 360t)/300,000 = 0 - t(480/340,000 - 0.0012) < 0
        assertThat(schwelle(standard, "K1").faktorAbwaerts()).isEqualByComparingTo("1");
        assertThat(schwelle(standard, "K1").zuschlagAbwaerts()).isEqualTo("D");
    }

    @Test
    void vollstaendigerGleichstandWirdZumLosentscheid() {
        // A and E: same L 680 (E: K1 6, K2 8 -> 360 + 320 = 680) and same P -> Z, L and P tie: lots, no winner
        Wertungsergebnis e = rechne(Wertungsparameter.einfacheRichtwertmethode(),
                List.of(angebot("A", "340000", 8, 5), angebot("E", "340000", 6, 8), angebot("B", "400000", 7, 7)));
        assertThat(e.rangfolge()).extracting(Wertungsrechner.Rang::rang).containsExactly(1, 1, 3);
        assertThat(e.rangfolge()).extracting(Wertungsrechner.Rang::losentscheid).containsExactly(true, true, false);
        assertThat(e.zuschlag()).isNull();
        assertThat(e.losentscheid()).isTrue();
        assertThat(e.sensitivitaet().gewichte()).isEmpty();
    }

    @Test
    void ausschlussDurchAKriteriumUndMindestpunkte() {
        List<Kriterium> k = List.of(
                new Kriterium("K1", "Fachlichkeit", Kriterium.Typ.B, new BigDecimal("60"), new BigDecimal("3")),
                new Kriterium("K2", "Betrieb", 40),
                Wertungsbeispiele.mindestanforderung("A1", "Rechenzentrum in der EU"));
        List<Angebotswertung> angebote = new ArrayList<>();
        angebote.add(Wertungsbeispiele.mitPunkten("A", "340000", punkte(8, 5), Map.of("A1", true)));
        // G would win by far (Z = 1000/100,000 = 0.01) but fails A1
        angebote.add(Wertungsbeispiele.mitPunkten("G", "100000", punkte(10, 10), Map.of("A1", false)));
        // H: sheets K1 3 and 2 -> mean 2.5 < 3 minimum points
        angebote.add(Wertungsbeispiele.mitBoegen("H", "200000",
                List.of(punkte(3, 9), punkte(2, 9)), Map.of("A1", true)));
        angebote.add(Wertungsbeispiele.mitPunkten("B", "400000", punkte(7, 7), Map.of("A1", true)));

        Wertungsergebnis e = Wertungsrechner.berechnen(Wertungsparameter.einfacheRichtwertmethode(),
                Punkteskala.NULL_BIS_ZEHN, k, angebote);
        assertThat(bieter(e)).containsExactly("A", "B", "G", "H");
        assertThat(e.zuschlag()).isEqualTo("A");
        Wertungsrechner.Rang g = e.rangfolge().get(2);
        assertThat(g.ausgeschlossen()).isTrue();
        assertThat(g.rang()).isNull();
        assertThat(g.grund()).isEqualTo("A-Kriterium A1 nicht erfüllt");
        assertThat(e.rangfolge().get(3).grund()).isEqualTo("Mindestpunktzahl 3 bei K1 nicht erreicht (2.5)");
    }

    @Test
    void mittelwertDerBoegenExakt() {
        // sheets on K1: 7, 8, 8 -> mean 23/3; K2: 5, 5, 6 -> 16/3; L = 60 x 23/3 + 40 x 16/3 = 460 + 640/3 = 2020/3
        // P = 300,000 -> Z = (2020/3)/300,000 = 2020/900,000 = 0.0022444...; A: 0.002
        Wertungsergebnis e = rechne(Wertungsparameter.einfacheRichtwertmethode(), List.of(
                Wertungsbeispiele.mitBoegen("M", "300000", List.of(punkte(7, 5), punkte(8, 5), punkte(8, 6)), Map.of()),
                angebot("A", "340000", 8, 5)));
        assertThat(e.rangfolge().get(0).bieter()).isEqualTo("M");
        assertThat(e.rangfolge().get(0).leistung()).isEqualByComparingTo("673.33");
        assertThat(e.rangfolge().get(0).kennzahl()).isEqualByComparingTo("0.0022444444");
    }

    @Test
    void fuenferSkalaUndPunkteAusserhalb() {
        assertThatThrownBy(() -> Wertungsrechner.berechnen(Wertungsparameter.einfacheRichtwertmethode(),
                Punkteskala.NULL_BIS_FUENF, K, abc()))
                .isInstanceOf(Eingabefehler.class).hasMessageContaining("angebote[0].punkte.K1")
                .hasMessageContaining("zwischen 0 und 5");
        Wertungsergebnis e = Wertungsrechner.berechnen(Wertungsparameter.einfacheRichtwertmethode(),
                Punkteskala.NULL_BIS_FUENF, K, List.of(angebot("A", "100000", 5, 4), angebot("B", "100000", 4, 5)));
        // A: 300 + 160 = 460, B: 240 + 200 = 440 at the same price
        assertThat(e.zuschlag()).isEqualTo("A");
    }
}
