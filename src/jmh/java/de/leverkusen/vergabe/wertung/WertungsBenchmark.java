package de.leverkusen.vergabe.wertung;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A large IT tender: 100 offers x 20 evaluators x 200 B-criteria, ranking from the sheets plus sensitivity analysis
 * (every criterion's weight thresholds and the runner-up's price). Run with {@code mvn -Pbenchmark test-compile exec:exec};
 * not part of {@code mvn verify}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(1)
public class WertungsBenchmark {

    @Param({"EINFACHE_RICHTWERTMETHODE"})
    public String methode;

    private List<Kriterium> kriterien;
    private List<Angebotswertung> angebote;
    private Wertungsparameter parameter;

    @Setup
    public void aufbauen() {
        Random zufall = new Random(42);
        kriterien = new ArrayList<>();
        for (int k = 0; k < 200; k++) {
            kriterien.add(new Kriterium("K" + k, "Kriterium " + k, 1 + zufall.nextInt(10)));
        }
        angebote = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            int qualitaet = 3 + zufall.nextInt(6);
            List<Map<String, BigDecimal>> boegen = new ArrayList<>();
            for (int b = 0; b < 20; b++) {
                Map<String, BigDecimal> bogen = new HashMap<>();
                for (Kriterium k : kriterien) {
                    bogen.put(k.id(), BigDecimal.valueOf(Math.max(0, Math.min(10, qualitaet - 2 + zufall.nextInt(5)))));
                }
                boegen.add(bogen);
            }
            BigDecimal preis = BigDecimal.valueOf(200_000 + zufall.nextInt(600_000)).add(new BigDecimal("0.50"));
            angebote.add(new Angebotswertung((long) i, "Bieter " + i, preis, null, boegen, Map.of()));
        }
        Wertungsmethode m = Wertungsmethode.valueOf(methode);
        parameter = switch (m) {
            case EINFACHE_RICHTWERTMETHODE -> Wertungsparameter.einfacheRichtwertmethode();
            case MEDIANMETHODE, MITTELWERTMETHODE -> Wertungsparameter.gewichtet(m, "0.6", "0.4");
            default -> throw new IllegalArgumentException(methode);
        };
    }

    @Benchmark
    public Wertungsergebnis nurRangfolge() {
        return Wertungsrechner.berechnen(parameter, Punkteskala.NULL_BIS_ZEHN, kriterien, angebote, false);
    }

    @Benchmark
    public Wertungsergebnis rangfolgeUndSensitivitaet() {
        return Wertungsrechner.berechnen(parameter, Punkteskala.NULL_BIS_ZEHN, kriterien, angebote);
    }
}
