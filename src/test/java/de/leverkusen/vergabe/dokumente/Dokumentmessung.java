package de.leverkusen.vergabe.dokumente;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Benchmark (prints figures, asserts nothing): the Vergabevermerk of the large test Akte (60 criteria, three bidders,
 * {@link DokumentSatzTest#akte()}) rendered as PDF/A again and again in one thread, after a warm-up; median and p90
 * in milliseconds. Run: {@code java -cp target/test-classes:target/classes:<test class path> de.leverkusen.vergabe.dokumente.Dokumentmessung [n]}.
 */
public final class Dokumentmessung {

    private Dokumentmessung() {
    }

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 60;
        Akte akte = DokumentSatzTest.akte();
        for (int i = 0; i < 20; i++) {
            VergabevermerkPdf.erzeugen(akte);
        }
        List<Double> ms = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            long t = System.nanoTime();
            VergabevermerkPdf.erzeugen(akte);
            ms.add((System.nanoTime() - t) / 1e6);
        }
        Collections.sort(ms);
        System.out.printf("Vergabevermerk PDF/A, %d runs: median %.1f ms, p90 %.1f ms%n", n, ms.get(n / 2), ms.get(n * 9 / 10));
    }
}
