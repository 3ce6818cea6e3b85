package de.leverkusen.vergabe.wertung;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Ranks offers by the simple benchmark method (einfache Richtwertmethode, UfAB): the consolidated points
 * of a criterion are the mean of the evaluators' sheets, performance L = sum of weight x points, Z = L / P,
 * highest Z first. Ties on Z go to the higher L, then the lower price, and are otherwise marked for a
 * drawing of lots. All comparisons are exact fractions; rounding happens only for display.
 */
public final class Wertungsrechner {

    /** One offer with its price and the evaluators' sheets (criterion id -> points). */
    public record Eingabe(Long angebotId, String bieter, BigDecimal preis, List<Map<String, Integer>> boegen) {
    }

    public record Rang(Long angebotId, String bieter, BigDecimal leistung, BigDecimal preis, BigDecimal kennzahl,
                       int rang, boolean losentscheid) {
    }

    /** Exact non-negative fraction zaehler / nenner. */
    private record Bruch(BigInteger zaehler, BigInteger nenner) implements Comparable<Bruch> {
        @Override
        public int compareTo(Bruch o) {
            return zaehler.multiply(o.nenner).compareTo(o.zaehler.multiply(nenner));
        }

        BigDecimal gerundet(int stellen) {
            return new BigDecimal(zaehler).divide(new BigDecimal(nenner), stellen, RoundingMode.HALF_UP);
        }
    }

    private record Bewertet(Eingabe eingabe, Bruch leistung, Bruch kennzahl) {
    }

    private Wertungsrechner() {
    }

    public static List<Rang> rangfolge(Kriterienkatalog katalog, List<Eingabe> angebote) {
        List<Bewertet> bewertet = new ArrayList<>();
        for (Eingabe e : angebote) {
            if (e.boegen().isEmpty()) {
                throw new IllegalArgumentException("Für " + e.bieter() + " liegt kein Bewertungsbogen vor");
            }
            // L = sum_k w_k * (S_k / n) = (sum_k w_k * S_k) / n, with S_k the sum of the n sheets' points
            BigInteger gewichteteSumme = BigInteger.ZERO;
            for (Kriterium k : katalog.kriterien()) {
                long summe = 0;
                for (Map<String, Integer> bogen : e.boegen()) {
                    Integer punkte = bogen.get(k.id());
                    if (punkte == null) {
                        throw new IllegalArgumentException("Bewertungsbogen für " + e.bieter() + " ohne Punkte zu " + k.id());
                    }
                    summe += punkte;
                }
                gewichteteSumme = gewichteteSumme.add(BigInteger.valueOf(k.gewicht() * summe));
            }
            BigInteger n = BigInteger.valueOf(e.boegen().size());
            BigInteger cent = e.preis().movePointRight(2).toBigIntegerExact();
            if (cent.signum() <= 0) {
                throw new IllegalArgumentException("Preis von " + e.bieter() + " muss größer als 0 sein");
            }
            Bruch leistung = new Bruch(gewichteteSumme, n);
            // Z = L / P with P in cents: (sum / n) / (cent / 100) = sum * 100 / (n * cent)
            Bruch kennzahl = new Bruch(gewichteteSumme.multiply(BigInteger.valueOf(100)), n.multiply(cent));
            bewertet.add(new Bewertet(e, leistung, kennzahl));
        }
        Comparator<Bewertet> reihenfolge = Comparator.comparing(Bewertet::kennzahl).reversed()
                .thenComparing(Comparator.comparing(Bewertet::leistung).reversed())
                .thenComparing(b -> b.eingabe().preis());
        bewertet.sort(reihenfolge);

        List<Rang> rangfolge = new ArrayList<>();
        for (int i = 0; i < bewertet.size(); i++) {
            Bewertet b = bewertet.get(i);
            boolean gleichMitVorgaenger = i > 0 && reihenfolge.compare(bewertet.get(i - 1), b) == 0;
            boolean gleichMitNachfolger = i + 1 < bewertet.size() && reihenfolge.compare(b, bewertet.get(i + 1)) == 0;
            int rang = gleichMitVorgaenger ? rangfolge.get(i - 1).rang() : i + 1;
            rangfolge.add(new Rang(b.eingabe().angebotId(), b.eingabe().bieter(), b.leistung().gerundet(2),
                    b.eingabe().preis(), b.kennzahl().gerundet(10), rang, gleichMitVorgaenger || gleichMitNachfolger));
        }
        return rangfolge;
    }
}
