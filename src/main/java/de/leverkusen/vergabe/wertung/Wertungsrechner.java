package de.leverkusen.vergabe.wertung;

import de.leverkusen.vergabe.verfahren.Eingabefehler;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Ranks offers by the UfAB evaluation methods ({@link Wertungsmethode}). Consolidated points of a criterion are
 * given or the exact mean of the evaluators' sheets; performance L = sum of weight x points over the B-criteria.
 * A failed A-criterion or points below a criterion's minimum exclude the offer with that reason. Every comparison
 * uses exact fractions ({@link Bruch}); rounding happens only for display. Ties on the key figure go to the
 * published {@link Gleichstandsregel}; what stays tied is marked for a drawing of lots, never decided silently.
 */
public final class Wertungsrechner {

    /** One offer with its price and the evaluators' sheets (criterion id -> points), as the process stores them. */
    public record Eingabe(Long angebotId, String bieter, BigDecimal preis, List<Map<String, Integer>> boegen) {
    }

    /**
     * One line of the ranking. {@code kennzahl} is Z of the method (the price for {@link Wertungsmethode#NUR_PREIS});
     * excluded offers have no rank and no key figure, but a reason.
     */
    public record Rang(Long angebotId, String bieter, BigDecimal leistung, BigDecimal preis, BigDecimal kennzahl,
                       Integer rang, boolean losentscheid, boolean ausgeschlossen, String grund) {
    }

    private Wertungsrechner() {
    }

    /** The process's ranking: simple benchmark method over the catalogue, points = mean of the submitted sheets. */
    public static List<Rang> rangfolge(Kriterienkatalog katalog, List<Eingabe> angebote) {
        List<Angebotswertung> eingaben = new ArrayList<>();
        for (Eingabe e : angebote) {
            List<Map<String, BigDecimal>> boegen = e.boegen().stream().map(Wertungsrechner::alsDezimal).toList();
            eingaben.add(new Angebotswertung(e.angebotId(), e.bieter(), e.preis(), null, boegen, Map.of()));
        }
        return berechnen(Wertungsparameter.einfacheRichtwertmethode(), katalog.skala(), katalog.kriterien(), eingaben,
                false).rangfolge();
    }

    private static Map<String, BigDecimal> alsDezimal(Map<String, Integer> bogen) {
        Map<String, BigDecimal> m = new LinkedHashMap<>();
        bogen.forEach((k, v) -> m.put(k, v == null ? null : BigDecimal.valueOf(v)));
        return m;
    }

    public static Wertungsergebnis berechnen(Wertungsparameter parameter, Punkteskala skala, List<Kriterium> kriterien,
                                             List<Angebotswertung> angebote) {
        return berechnen(parameter, skala, kriterien, angebote, true);
    }

    public static Wertungsergebnis berechnen(Wertungsparameter parameter, Punkteskala skala, List<Kriterium> kriterien,
                                             List<Angebotswertung> angebote, boolean mitSensitivitaet) {
        return berechnen(parameter, skala, kriterien, angebote, mitSensitivitaet, null);
    }

    /**
     * Checks the input (throws {@link Eingabefehler} naming the field), ranks, and optionally analyses sensitivity.
     * {@code mindestleistung} (optional): an offer whose L stays below it is excluded, like a missed minimum per criterion.
     */
    public static Wertungsergebnis berechnen(Wertungsparameter parameter, Punkteskala skala, List<Kriterium> kriterien,
                                             List<Angebotswertung> angebote, boolean mitSensitivitaet,
                                             BigDecimal mindestleistung) {
        Wertungsparameter p = parameter.geprueft();
        Lage lage = Lage.aufbauen(p, skala, kriterien, angebote, mindestleistung);
        Auswertung a;
        try {
            a = lage.auswerten(lage.leistung, lage.preis);
        } catch (ArithmeticException e) {
            throw new Eingabefehler("angebote", "Kennzahl nicht berechenbar (" + e.getMessage()
                    + "): der Median bzw. Mittelwert der Leistung ist 0");
        }
        Integer[] reihenfolge = a.reihenfolge();
        List<Rang> rangfolge = new ArrayList<>();
        for (int pos = 0; pos < reihenfolge.length; pos++) {
            int i = reihenfolge[pos];
            boolean gleichVorher = pos > 0 && a.vergleiche(reihenfolge[pos - 1], i) == 0;
            boolean gleichNachher = pos + 1 < reihenfolge.length && a.vergleiche(i, reihenfolge[pos + 1]) == 0;
            int rang = gleichVorher ? rangfolge.get(pos - 1).rang() : pos + 1;
            Angebotswertung e = lage.angebot[i];
            BigDecimal kennzahl = p.methode() == Wertungsmethode.NUR_PREIS ? e.preis() : a.z[i].gerundet(10);
            rangfolge.add(new Rang(e.angebotId(), e.bieter(), lage.leistung[i].gerundet(2), e.preis(), kennzahl, rang,
                    gleichVorher || gleichNachher, false, null));
        }
        for (Lage.Ausschluss x : lage.ausgeschlossen) {
            rangfolge.add(new Rang(x.angebot().angebotId(), x.angebot().bieter(), x.leistung().gerundet(2),
                    x.angebot().preis(), null, null, false, true, x.grund()));
        }
        int sieger = a.sieger();
        String zuschlag = sieger < 0 ? null : lage.angebot[sieger].bieter();
        boolean los = sieger < 0 && lage.n > 0;
        Wertungsergebnis.Sensitivitaet sensitivitaet = mitSensitivitaet
                ? new Sensitivitaetsanalyse(lage, sieger, reihenfolge).analysieren()
                : null;
        return new Wertungsergebnis(p.methode(), rangfolge, zuschlag, los, sensitivitaet);
    }

    /** The offers still in the evaluation, with exact L and P, ready to be ranked under changed L or P. */
    static final class Lage {

        record Ausschluss(Angebotswertung angebot, Bruch leistung, String grund) {
        }

        final Wertungsparameter p;
        final List<Kriterium> bKriterien;
        /** included offers */
        final int n;
        final Angebotswertung[] angebot;
        final Bruch[] leistung;
        final Bruch[] preis;
        /** per included offer and B-criterion: sum of the sheets' points, and the number of sheets */
        final BigDecimal[][] punktsumme;
        final int[] boegen;
        final List<Ausschluss> ausgeschlossen;

        private Lage(Wertungsparameter p, List<Kriterium> bKriterien, List<Angebotswertung> angebot, List<Bruch> leistung,
                     List<BigDecimal[]> punktsumme, List<Integer> boegen, List<Ausschluss> ausgeschlossen) {
            this.p = p;
            this.bKriterien = bKriterien;
            this.n = angebot.size();
            this.angebot = angebot.toArray(Angebotswertung[]::new);
            this.leistung = leistung.toArray(Bruch[]::new);
            this.preis = angebot.stream().map(a -> Bruch.von(a.preis())).toArray(Bruch[]::new);
            this.punktsumme = punktsumme.toArray(BigDecimal[][]::new);
            this.boegen = boegen.stream().mapToInt(Integer::intValue).toArray();
            this.ausgeschlossen = ausgeschlossen;
        }

        /** weight x consolidated points of offer i on B-criterion k */
        Bruch gewichtetePunkte(int i, int k) {
            return Bruch.von(bKriterien.get(k).gewicht().multiply(punktsumme[i][k])).durch(Bruch.von(boegen[i]));
        }

        static Lage aufbauen(Wertungsparameter p, Punkteskala skala, List<Kriterium> kriterien,
                             List<Angebotswertung> angebote, BigDecimal mindestleistung) {
            if (skala == null) {
                throw new Eingabefehler("skala", "Pflichtfeld fehlt");
            }
            if (kriterien == null) {
                throw new Eingabefehler("kriterien", "Pflichtfeld fehlt");
            }
            Set<String> ids = new HashSet<>();
            List<Kriterium> b = new ArrayList<>();
            List<Kriterium> a = new ArrayList<>();
            BigDecimal min = BigDecimal.valueOf(skala.min());
            BigDecimal max = BigDecimal.valueOf(skala.max());
            for (int k = 0; k < kriterien.size(); k++) {
                Kriterium kr = kriterien.get(k);
                String feld = "kriterien[" + k + "]";
                if (kr == null || kr.id() == null || kr.id().isBlank()) {
                    throw new Eingabefehler(feld + ".id", "Pflichtfeld fehlt");
                }
                if (!ids.add(kr.id())) {
                    throw new Eingabefehler(feld + ".id", "Kriterium " + kr.id() + " ist doppelt");
                }
                if (kr.typ() == null) {
                    throw new Eingabefehler(feld + ".typ", "Pflichtfeld (A oder B) fehlt");
                }
                if (kr.gewertet()) {
                    if (kr.gewicht() == null || kr.gewicht().signum() <= 0) {
                        throw new Eingabefehler(feld + ".gewicht", "B-Kriterium " + kr.id() + " braucht ein Gewicht größer als 0");
                    }
                    if (kr.mindestpunkte() != null
                            && (kr.mindestpunkte().compareTo(min) < 0 || kr.mindestpunkte().compareTo(max) > 0)) {
                        throw new Eingabefehler(feld + ".mindestpunkte", "liegt außerhalb der Skala " + skala.min()
                                + " bis " + skala.max() + ": " + kr.mindestpunkte().toPlainString());
                    }
                    b.add(kr);
                } else {
                    a.add(kr);
                }
            }
            if (b.isEmpty() && p.methode() != Wertungsmethode.NUR_PREIS) {
                throw new Eingabefehler("kriterien", "mindestens ein B-Kriterium erforderlich");
            }
            if (angebote == null || angebote.isEmpty()) {
                throw new Eingabefehler("angebote", "mindestens ein Angebot erforderlich");
            }
            Map<String, Integer> bIndex = new LinkedHashMap<>();
            for (int k = 0; k < b.size(); k++) {
                bIndex.put(b.get(k).id(), k);
            }
            Set<String> bieter = new HashSet<>();
            List<Angebotswertung> drin = new ArrayList<>();
            List<Bruch> leistung = new ArrayList<>();
            List<BigDecimal[]> summen = new ArrayList<>();
            List<Integer> anzahl = new ArrayList<>();
            List<Ausschluss> raus = new ArrayList<>();
            for (int i = 0; i < angebote.size(); i++) {
                Angebotswertung e = angebote.get(i);
                String feld = "angebote[" + i + "]";
                if (e == null || e.bieter() == null || e.bieter().isBlank()) {
                    throw new Eingabefehler(feld + ".bieter", "Pflichtfeld fehlt");
                }
                if (!bieter.add(e.bieter())) {
                    throw new Eingabefehler(feld + ".bieter", "Bieter " + e.bieter() + " ist doppelt");
                }
                if (e.preis() == null) {
                    throw new Eingabefehler(feld + ".preis", "Pflichtfeld fehlt (Preis von " + e.bieter() + ")");
                }
                if (e.preis().signum() <= 0) {
                    throw new Eingabefehler(feld + ".preis", "Preis von " + e.bieter() + " muss größer als 0 sein");
                }
                BigDecimal[] summe = new BigDecimal[b.size()];
                Arrays.fill(summe, BigDecimal.ZERO);
                int boegen;
                if (e.punkte() != null && e.boegen() != null) {
                    throw new Eingabefehler(feld + ".punkte", "entweder punkte oder bewertungen angeben, nicht beides");
                } else if (e.punkte() != null) {
                    punkteAddieren(e.punkte(), feld + ".punkte", bIndex, kriterien, min, max, skala, summe);
                    boegen = 1;
                } else {
                    if (e.boegen() == null || e.boegen().isEmpty()) {
                        throw new Eingabefehler(feld + ".bewertungen", "kein Bewertungsbogen für " + e.bieter()
                                + " (punkte oder bewertungen angeben)");
                    }
                    for (int j = 0; j < e.boegen().size(); j++) {
                        punkteAddieren(e.boegen().get(j), feld + ".bewertungen[" + j + "].punkte", bIndex, kriterien,
                                min, max, skala, summe);
                    }
                    boegen = e.boegen().size();
                }
                List<String> gruende = new ArrayList<>();
                Map<String, Boolean> aErgebnis = e.aKriterien() == null ? Map.of() : e.aKriterien();
                for (String id : aErgebnis.keySet()) {
                    if (a.stream().noneMatch(k -> k.id().equals(id))) {
                        throw new Eingabefehler(feld + ".aKriterien." + id, "unbekanntes A-Kriterium");
                    }
                }
                for (Kriterium k : a) {
                    Boolean erfuellt = aErgebnis.get(k.id());
                    if (erfuellt == null) {
                        throw new Eingabefehler(feld + ".aKriterien." + k.id(), "Pflichtfeld fehlt (true oder false)");
                    }
                    if (!erfuellt) {
                        gruende.add("A-Kriterium " + k.id() + " nicht erfüllt");
                    }
                }
                BigDecimal gewichtet = BigDecimal.ZERO;
                for (int k = 0; k < b.size(); k++) {
                    Kriterium kr = b.get(k);
                    gewichtet = gewichtet.add(kr.gewicht().multiply(summe[k]));
                    // mean < minimum  <=>  sum < minimum x number of sheets (no division needed)
                    if (kr.mindestpunkte() != null
                            && summe[k].compareTo(kr.mindestpunkte().multiply(BigDecimal.valueOf(boegen))) < 0) {
                        gruende.add("Mindestpunktzahl " + kr.mindestpunkte().toPlainString() + " bei " + kr.id()
                                + " nicht erreicht (" + Bruch.von(summe[k]).durch(Bruch.von(boegen)).gerundet(2)
                                .stripTrailingZeros().toPlainString() + ")");
                    }
                }
                Bruch l = Bruch.von(gewichtet).durch(Bruch.von(boegen));
                if (mindestleistung != null && l.compareTo(Bruch.von(mindestleistung)) < 0) {
                    gruende.add("Mindestleistung " + mindestleistung.toPlainString() + " nicht erreicht (L = "
                            + l.gerundet(2).stripTrailingZeros().toPlainString() + ")");
                }
                if (gruende.isEmpty()) {
                    drin.add(e);
                    leistung.add(l);
                    summen.add(summe);
                    anzahl.add(boegen);
                } else {
                    raus.add(new Ausschluss(e, l, String.join("; ", gruende)));
                }
            }
            return new Lage(p, b, drin, leistung, summen, anzahl, raus);
        }

        private static void punkteAddieren(Map<String, BigDecimal> punkte, String feld, Map<String, Integer> bIndex,
                                           List<Kriterium> kriterien, BigDecimal min, BigDecimal max, Punkteskala skala,
                                           BigDecimal[] summe) {
            // every B-criterion present and no more keys than B-criteria: then there is no unknown key either
            boolean nurBekannte = punkte.size() == bIndex.size();
            if (!nurBekannte) {
                for (Map.Entry<String, BigDecimal> eintrag : punkte.entrySet()) {
                    if (!bIndex.containsKey(eintrag.getKey())) {
                        boolean bekannt = kriterien.stream().anyMatch(k -> k.id().equals(eintrag.getKey()));
                        throw new Eingabefehler(feld + "." + eintrag.getKey(), bekannt
                                ? "A-Kriterien werden unter aKriterien angegeben, nicht mit Punkten"
                                : "unbekanntes Kriterium");
                    }
                }
            }
            int k = 0;
            for (String id : bIndex.keySet()) {
                BigDecimal wert = punkte.get(id);
                if (wert == null) {
                    throw new Eingabefehler(feld + "." + id, "Pflichtfeld fehlt (Punkte zu " + id + ")");
                }
                if (wert.compareTo(min) < 0 || wert.compareTo(max) > 0) {
                    throw new Eingabefehler(feld + "." + id, "Punkte müssen zwischen " + skala.min() + " und "
                            + skala.max() + " liegen, erhalten: " + wert.toPlainString());
                }
                summe[k] = summe[k].add(wert);
                k++;
            }
        }

        /** Key figures, decision group and order of the included offers for the given L and P. */
        Auswertung auswerten(Bruch[] l, Bruch[] pr) {
            Bruch[] z = new Bruch[n];
            switch (p.methode()) {
                case EINFACHE_RICHTWERTMETHODE, ERWEITERTE_RICHTWERTMETHODE -> {
                    for (int i = 0; i < n; i++) {
                        z[i] = l[i].durch(pr[i]);
                    }
                }
                case NUR_PREIS -> {
                    // ordering by 1/P is ordering by the lowest price
                    for (int i = 0; i < n; i++) {
                        z[i] = Bruch.EINS.durch(pr[i]);
                    }
                }
                case MEDIANMETHODE, MITTELWERTMETHODE, REFERENZWERTMETHODE -> {
                    Bruch bezugL;
                    Bruch bezugP;
                    if (p.methode() == Wertungsmethode.REFERENZWERTMETHODE) {
                        bezugL = Bruch.von(p.referenzLeistung());
                        bezugP = Bruch.von(p.referenzPreis());
                    } else if (p.methode() == Wertungsmethode.MEDIANMETHODE) {
                        bezugL = median(l);
                        bezugP = median(pr);
                    } else {
                        bezugL = mittelwert(l);
                        bezugP = mittelwert(pr);
                    }
                    Bruch gL = Bruch.von(p.gewichtLeistung());
                    Bruch gP = Bruch.von(p.gewichtPreis());
                    for (int i = 0; i < n; i++) {
                        z[i] = gL.mal(l[i]).durch(bezugL).plus(gP.mal(bezugP).durch(pr[i]));
                    }
                }
            }
            boolean[] gruppe = null;
            if (p.methode() == Wertungsmethode.ERWEITERTE_RICHTWERTMETHODE && n > 0) {
                Bruch zMax = z[0];
                for (Bruch zi : z) {
                    zMax = Bruch.max(zMax, zi);
                }
                Bruch schwelle = zMax.mal(Bruch.EINS.minus(Bruch.von(p.schwankungsbreite())));
                gruppe = new boolean[n];
                for (int i = 0; i < n; i++) {
                    gruppe[i] = z[i].compareTo(schwelle) >= 0;
                }
            }
            return new Auswertung(this, l, pr, z, gruppe);
        }

        static Bruch median(Bruch[] werte) {
            Bruch[] s = werte.clone();
            Arrays.sort(s);
            int m = s.length / 2;
            return s.length % 2 == 1 ? s[m] : s[m - 1].plus(s[m]).durch(Bruch.von(2));
        }

        static Bruch mittelwert(Bruch[] werte) {
            Bruch summe = Bruch.NULL;
            for (Bruch w : werte) {
                summe = summe.plus(w);
            }
            return summe.durch(Bruch.von(werte.length));
        }
    }

    /** The evaluated state: key figures and the published order (negative: i ranks before j). */
    record Auswertung(Lage lage, Bruch[] l, Bruch[] pr, Bruch[] z, boolean[] gruppe) {

        int vergleiche(int i, int j) {
            if (gruppe != null) {
                if (gruppe[i] != gruppe[j]) {
                    return gruppe[i] ? -1 : 1;
                }
                if (gruppe[i]) {
                    // inside the decision group the published criterion decides first
                    int c = lage.p.entscheidungskriterium() == Entscheidungskriterium.LEISTUNG
                            ? l[j].compareTo(l[i]) : pr[i].compareTo(pr[j]);
                    if (c != 0) {
                        return c;
                    }
                }
            }
            int c = z[j].compareTo(z[i]);
            if (c != 0) {
                return c;
            }
            return switch (lage.p.gleichstandsregel()) {
                case LEISTUNG_DANN_PREIS -> {
                    int d = l[j].compareTo(l[i]);
                    yield d != 0 ? d : pr[i].compareTo(pr[j]);
                }
                case PREIS_DANN_LEISTUNG -> {
                    int d = pr[i].compareTo(pr[j]);
                    yield d != 0 ? d : l[j].compareTo(l[i]);
                }
                case LOS -> 0;
            };
        }

        Integer[] reihenfolge() {
            Integer[] r = new Integer[z.length];
            for (int i = 0; i < r.length; i++) {
                r[i] = i;
            }
            Arrays.sort(r, (Comparator<Integer>) this::vergleiche);
            return r;
        }

        /** Index of the unique first offer; -1 if the top is tied after the tie rule (lots) or nothing is left. */
        int sieger() {
            if (z.length == 0) {
                return -1;
            }
            int best = 0;
            for (int i = 1; i < z.length; i++) {
                if (vergleiche(i, best) < 0) {
                    best = i;
                }
            }
            for (int i = 0; i < z.length; i++) {
                if (i != best && vergleiche(i, best) == 0) {
                    return -1;
                }
            }
            return best;
        }
    }
}
