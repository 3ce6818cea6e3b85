package de.leverkusen.vergabe.wertung;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Invariants of the methods on random offers (two B-criteria, weights 60/40, scale 0-10). */
class WertungseigenschaftenTest {

    record Offerte(int k1, int k2, int preisInTausend) {
    }

    @Provide
    Arbitrary<List<Offerte>> offerten() {
        Arbitrary<Offerte> o = Combinators.combine(
                Arbitraries.integers().between(0, 10), Arbitraries.integers().between(0, 10),
                Arbitraries.integers().between(50, 2000)).as(Offerte::new);
        return o.list().ofMinSize(2).ofMaxSize(8);
    }

    static List<Angebotswertung> angebote(List<Offerte> offerten, int faktor) {
        List<Angebotswertung> a = new ArrayList<>();
        for (int i = 0; i < offerten.size(); i++) {
            Offerte o = offerten.get(i);
            a.add(new Angebotswertung(null, "B" + i, BigDecimal.valueOf((long) o.preisInTausend() * 1000 * faktor),
                    WertungsmethodenTest.punkte(o.k1(), o.k2()), null, Map.of()));
        }
        return a;
    }

    static Wertungsergebnis rechne(Wertungsparameter p, List<Angebotswertung> a) {
        return Wertungsrechner.berechnen(p, Punkteskala.NULL_BIS_ZEHN, WertungsmethodenTest.K, a);
    }

    static List<String> rangfolge(Wertungsergebnis e) {
        return e.rangfolge().stream().map(r -> r.rang() + ":" + r.bieter()).toList();
    }

    @Property
    void gleicherPreisfaktorAendertDieEinfacheRangfolgeNicht(@ForAll("offerten") List<Offerte> offerten,
                                                            @ForAll @IntRange(min = 2, max = 50) int faktor) {
        Wertungsparameter p = Wertungsparameter.einfacheRichtwertmethode();
        assertThat(rangfolge(Wertungsrechner.berechnen(p, Punkteskala.NULL_BIS_ZEHN, WertungsmethodenTest.K,
                angebote(offerten, faktor), false)))
                .isEqualTo(rangfolge(Wertungsrechner.berechnen(p, Punkteskala.NULL_BIS_ZEHN, WertungsmethodenTest.K,
                        angebote(offerten, 1), false)));
    }

    @Property
    void besserUndBilligerLiegtNieDahinter(@ForAll("offerten") List<Offerte> offerten) {
        List<Wertungsparameter> methoden = List.of(
                Wertungsparameter.einfacheRichtwertmethode(),
                Wertungsbeispiele.erweiterteRichtwertmethode("0.10", Entscheidungskriterium.LEISTUNG),
                Wertungsbeispiele.erweiterteRichtwertmethode("0.05", Entscheidungskriterium.PREIS),
                Wertungsparameter.gewichtet(Wertungsmethode.MEDIANMETHODE, "0.6", "0.4"),
                Wertungsparameter.gewichtet(Wertungsmethode.MITTELWERTMETHODE, "0.5", "0.5"),
                Wertungsbeispiele.referenzwerte("0.7", "0.3", "500", "400000"),
                Wertungsbeispiele.nurPreis());
        List<Angebotswertung> a = angebote(offerten, 1);
        for (Wertungsparameter p : methoden) {
            Wertungsergebnis e;
            try {
                e = Wertungsrechner.berechnen(p, Punkteskala.NULL_BIS_ZEHN, WertungsmethodenTest.K, a, false);
            } catch (de.leverkusen.vergabe.verfahren.Eingabefehler median0) {
                continue; // median/mean of L is 0: method not applicable
            }
            for (Wertungsrechner.Rang x : e.rangfolge()) {
                for (Wertungsrechner.Rang y : e.rangfolge()) {
                    // x dominates y: L not lower and price not higher, one of them strictly
                    int l = x.leistung().compareTo(y.leistung());
                    int pr = x.preis().compareTo(y.preis());
                    if (l >= 0 && pr <= 0 && (l > 0 || pr < 0)) {
                        assertThat(x.rang()).as(p.methode() + " " + x + " vs " + y).isLessThanOrEqualTo(y.rang());
                    }
                }
            }
        }
    }

    @Property(tries = 200)
    void exakteGewichtsschwelleStimmtMitDerSucheUeberein(@ForAll("offerten") List<Offerte> offerten) {
        // at the exact threshold +/- 1e-6 the winner is the old one / another one
        Wertungsergebnis e = rechne(Wertungsparameter.einfacheRichtwertmethode(), angebote(offerten, 1));
        if (e.zuschlag() == null) {
            return;
        }
        for (Wertungsergebnis.Gewichtsschwelle g : e.sensitivitaet().gewichte()) {
            if (g.faktorAufwaerts() != null && g.faktorAufwaerts().compareTo(new BigDecimal("2.99")) < 0) {
                assertThat(zuschlagMitFaktor(offerten, g.kriterium(), g.faktorAufwaerts().subtract(new BigDecimal("0.000002"))))
                        .isEqualTo(e.zuschlag());
                assertThat(zuschlagMitFaktor(offerten, g.kriterium(), g.faktorAufwaerts().add(new BigDecimal("0.000002"))))
                        .isNotEqualTo(e.zuschlag());
            }
        }
    }

    private static String zuschlagMitFaktor(List<Offerte> offerten, String kriterium, BigDecimal faktor) {
        List<Kriterium> k = WertungsmethodenTest.K.stream()
                .map(x -> x.id().equals(kriterium)
                        ? new Kriterium(x.id(), x.name(), Kriterium.Typ.B, x.gewicht().multiply(faktor), null) : x)
                .toList();
        return Wertungsrechner.berechnen(Wertungsparameter.einfacheRichtwertmethode(), Punkteskala.NULL_BIS_ZEHN, k,
                angebote(offerten, 1), false).zuschlag();
    }

    @Property(tries = 200)
    void zweiterGewinntGenauBisZurPreisschwelle(@ForAll("offerten") List<Offerte> offerten) {
        List<Angebotswertung> a = angebote(offerten, 1);
        Wertungsergebnis e = rechne(Wertungsparameter.gewichtet(Wertungsmethode.MEDIANMETHODE, "0.6", "0.4"), a);
        if (e.zuschlag() == null || e.sensitivitaet().preis() == null || e.sensitivitaet().preis().preis() == null) {
            return;
        }
        String zweiter = e.sensitivitaet().preis().bieter();
        BigDecimal schwelle = e.sensitivitaet().preis().preis();
        assertThat(mitPreis(a, zweiter, schwelle)).isEqualTo(zweiter);
        assertThat(mitPreis(a, zweiter, schwelle.add(new BigDecimal("0.01")))).isNotEqualTo(zweiter);
    }

    private static String mitPreis(List<Angebotswertung> a, String bieter, BigDecimal preis) {
        List<Angebotswertung> neu = a.stream().map(x -> x.bieter().equals(bieter)
                ? new Angebotswertung(null, x.bieter(), preis, x.punkte(), null, Map.of()) : x).toList();
        return Wertungsrechner.berechnen(Wertungsparameter.gewichtet(Wertungsmethode.MEDIANMETHODE, "0.6", "0.4"),
                Punkteskala.NULL_BIS_ZEHN, WertungsmethodenTest.K, neu, false).zuschlag();
    }
}
