package de.leverkusen.vergabe.wertung;

import de.leverkusen.vergabe.verfahren.Markdowntabelle;
import de.leverkusen.vergabe.verfahren.Eingabefehler;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Consolidation of the evaluators' sheets of one offer (pure functions): per criterion the points with min, median,
 * max and exact mean, a flag where the evaluators lie further apart than the published spread, and the consolidated
 * value: the exact mean of the sheets (B) or the common result (A: fulfilled only if every evaluator says so),
 * unless the Vergabestelle records a deviation with its reason.
 */
public final class Konsolidierungsrechner {

    /** Default spread: points further apart than 30 % of the scale's width are flagged. */
    public static final BigDecimal STANDARD_STREUUNG = new BigDecimal("0.30");

    /** One submitted sheet: points of the B-criteria, results of the A-criteria, justifications of all. */
    public record Bogen(String bewerter, Map<String, Integer> punkte, Map<String, Boolean> erfuellt,
                       Map<String, String> begruendungen) {
    }

    /** A consolidated value that differs from the sheets: {@code punkte} (B) or {@code erfuellt} (A), with the reason. */
    public record Abweichung(String kriterium, BigDecimal punkte, Boolean erfuellt, String begruendung) {
    }

    /**
     * One criterion of one offer. B: {@code min}, {@code median}, {@code max}, {@code mittelwert} (exact) of the
     * sheets; {@code auffaellig} when max - min exceeds the spread. A: how many evaluators said fulfilled / not
     * fulfilled; {@code auffaellig} when they disagree. {@code konsolidiert} / {@code erfuellt}: the consolidated value.
     */
    public record Zeile(Kriterium kriterium, List<Integer> punkte, Integer min, BigDecimal median, Integer max,
                        Bruch mittelwert, int erfuelltJa, int erfuelltNein, boolean auffaellig, Bruch konsolidiert,
                        Boolean erfuellt, Abweichung abweichung) {
    }

    /** Longest text the engine stores in a string variable (column TEXT_ of 4,000 characters). */
    static final int MAX_UEBERSICHT = 4000;

    private static final Pattern ZEILE = Pattern.compile("^\\s*([A-Za-z][A-Za-z0-9]*)\\s*=\\s*([^:]+?)\\s*:\\s*(.*)$");
    private static final Pattern ZAHL = Pattern.compile("\\d{1,3}([.,]\\d{1,2})?");

    private Konsolidierungsrechner() {
    }

    /** Median of integer points; with an even number the mean of the two middle values (may end in .5). */
    public static BigDecimal median(List<Integer> werte) {
        List<Integer> s = werte.stream().sorted().toList();
        int m = s.size() / 2;
        if (s.size() % 2 == 1) {
            return BigDecimal.valueOf(s.get(m));
        }
        return BigDecimal.valueOf((long) s.get(m - 1) + s.get(m)).divide(BigDecimal.valueOf(2));
    }

    /** Flagged when the points lie further apart than {@code streuung} x the scale's width (exactly at it: not flagged). */
    public static boolean auffaellig(int min, int max, Punkteskala skala, BigDecimal streuung) {
        BigDecimal grenze = streuung.multiply(BigDecimal.valueOf(skala.max() - skala.min()));
        return BigDecimal.valueOf(max - min).compareTo(grenze) > 0;
    }

    public static List<Zeile> zeilen(Kriterienkatalog katalog, List<Bogen> boegen, List<Abweichung> abweichungen,
                                     BigDecimal streuung) {
        Map<String, Abweichung> je = new LinkedHashMap<>();
        abweichungen.forEach(a -> je.put(a.kriterium(), a));
        List<Zeile> zeilen = new ArrayList<>();
        for (Kriterium k : katalog.kriterien()) {
            Abweichung a = je.get(k.id());
            if (k.gewertet()) {
                List<Integer> punkte = boegen.stream().map(b -> b.punkte().get(k.id())).toList();
                int min = punkte.stream().mapToInt(Integer::intValue).min().orElseThrow();
                int max = punkte.stream().mapToInt(Integer::intValue).max().orElseThrow();
                Bruch mittel = Bruch.von(punkte.stream().mapToLong(Integer::longValue).sum(), punkte.size());
                Bruch konsolidiert = a != null ? Bruch.von(a.punkte()) : mittel;
                zeilen.add(new Zeile(k, punkte, min, median(punkte), max, mittel, 0, 0,
                        auffaellig(min, max, katalog.skala(), streuung), konsolidiert, null, a));
            } else {
                int ja = (int) boegen.stream().filter(b -> Boolean.TRUE.equals(b.erfuellt().get(k.id()))).count();
                int nein = boegen.size() - ja;
                boolean erfuellt = a != null ? a.erfuellt() : nein == 0;
                zeilen.add(new Zeile(k, List.of(), null, null, null, null, ja, nein, ja > 0 && nein > 0, null,
                        erfuellt, a));
            }
        }
        return zeilen;
    }

    /**
     * The offer as input of the {@link Wertungsrechner}: the sheets with every deviating criterion set to the
     * consolidated value on each sheet, so that the exact mean the calculator takes is the consolidated value.
     */
    public static Angebotswertung angebotswertung(Long angebotId, String bieter, BigDecimal preis,
                                                  Kriterienkatalog katalog, List<Bogen> boegen,
                                                  List<Abweichung> abweichungen) {
        Map<String, BigDecimal> gesetzt = new LinkedHashMap<>();
        abweichungen.stream().filter(a -> a.punkte() != null).forEach(a -> gesetzt.put(a.kriterium(), a.punkte()));
        List<Map<String, BigDecimal>> punkte = new ArrayList<>();
        for (Bogen b : boegen) {
            Map<String, BigDecimal> m = new LinkedHashMap<>();
            for (Kriterium k : katalog.bKriterien()) {
                m.put(k.id(), gesetzt.getOrDefault(k.id(), BigDecimal.valueOf(b.punkte().get(k.id()))));
            }
            punkte.add(m);
        }
        Map<String, Boolean> a = new LinkedHashMap<>();
        for (Zeile z : zeilen(katalog, boegen, abweichungen, STANDARD_STREUUNG)) {
            if (!z.kriterium().gewertet()) {
                a.put(z.kriterium().id(), z.erfuellt());
            }
        }
        return new Angebotswertung(angebotId, bieter, preis, null, punkte, a);
    }

    /**
     * Reads the deviations the Vergabestelle typed, one per line: {@code B3 = 7: reason} or {@code B3 = 6,5: reason}
     * for a B-criterion, {@code A1 = nicht erfüllt: reason} or {@code A1 = erfüllt: reason} for an A-criterion.
     * Every deviation needs a reason of at least {@link Kriterienkatalog#MINDESTLAENGE_BEGRUENDUNG} characters and
     * must differ from the sheets' value (the mean, or the common result); errors name the line.
     */
    public static List<Abweichung> abweichungenLesen(String text, String feld, Kriterienkatalog katalog,
                                                     List<Bogen> boegen) {
        List<Abweichung> ergebnis = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return ergebnis;
        }
        Map<String, Zeile> zeilen = new LinkedHashMap<>();
        zeilen(katalog, boegen, List.of(), STANDARD_STREUUNG).forEach(z -> zeilen.put(z.kriterium().id(), z));
        Set<String> gesehen = new HashSet<>();
        String[] eingabe = text.split("\\R");
        for (int i = 0; i < eingabe.length; i++) {
            String roh = eingabe[i];
            if (roh.isBlank()) {
                continue;
            }
            String wo = "Zeile " + (i + 1) + " ('" + roh.strip() + "'): ";
            Matcher m = ZEILE.matcher(roh);
            if (!m.matches()) {
                throw new Eingabefehler(feld, wo + "erwartet 'Kriterium = Wert: Begründung', z. B. 'B3 = 7: ...' oder "
                        + "'A1 = nicht erfüllt: ...'");
            }
            String id = m.group(1).toUpperCase();
            Zeile z = zeilen.get(id);
            if (z == null) {
                throw new Eingabefehler(feld, wo + "unbekanntes Kriterium " + id + ", zulässig: "
                        + String.join(", ", zeilen.keySet()));
            }
            if (!gesehen.add(id)) {
                throw new Eingabefehler(feld, wo + "Kriterium " + id + " ist doppelt angegeben");
            }
            String begruendung = m.group(3).strip();
            if (begruendung.length() < Kriterienkatalog.MINDESTLAENGE_BEGRUENDUNG) {
                throw new Eingabefehler(feld, wo + "Begründung der Abweichung mit mindestens "
                        + Kriterienkatalog.MINDESTLAENGE_BEGRUENDUNG + " Zeichen erforderlich");
            }
            String wert = m.group(2).strip().toLowerCase();
            if (z.kriterium().gewertet()) {
                if (!ZAHL.matcher(wert).matches()) {
                    throw new Eingabefehler(feld, wo + "Punkte als Zahl mit höchstens zwei Nachkommastellen erwartet");
                }
                BigDecimal punkte = new BigDecimal(wert.replace(',', '.'));
                Punkteskala skala = katalog.skala();
                if (!skala.enthaelt(Bruch.von(punkte))) {
                    throw new Eingabefehler(feld, wo + "Punkte müssen zwischen " + skala.min() + " und " + skala.max()
                            + " liegen");
                }
                if (Bruch.von(punkte).compareTo(z.mittelwert()) == 0) {
                    throw new Eingabefehler(feld, wo + "entspricht dem Mittelwert der Bewertungsbögen, keine Abweichung");
                }
                BigDecimal kurz = punkte.stripTrailingZeros();
                ergebnis.add(new Abweichung(id, kurz.scale() < 0 ? kurz.setScale(0) : kurz, null, begruendung));
            } else {
                Boolean erfuellt = switch (wert) {
                    case "erfüllt", "erfuellt", "ja" -> true;
                    case "nicht erfüllt", "nicht erfuellt", "nein" -> false;
                    default -> throw new Eingabefehler(feld, wo + "für ein A-Kriterium 'erfüllt' oder 'nicht erfüllt' erwartet");
                };
                if (erfuellt.equals(z.erfuellt())) {
                    throw new Eingabefehler(feld, wo + "entspricht dem Ergebnis der Bewertungsbögen, keine Abweichung");
                }
                ergebnis.add(new Abweichung(id, null, erfuellt, begruendung));
            }
        }
        return ergebnis;
    }

    /** Mean for display: exact value to two decimals, without trailing zeros. */
    public static String anzeige(Bruch wert) {
        return wert.gerundet(2).stripTrailingZeros().toPlainString().replace('.', ',');
    }

    public static String anzeige(BigDecimal wert) {
        return wert.stripTrailingZeros().toPlainString().replace('.', ',');
    }

    /**
     * The readonly overview of the consolidation form: per criterion the evaluators' points with min, median, max and
     * mean, and for flagged criteria each evaluator's justification.
     */
    public static String uebersicht(Kriterienkatalog katalog, List<Bogen> boegen, BigDecimal streuung) {
        Punkteskala skala = katalog.skala();
        StringBuilder t = new StringBuilder();
        t.append(boegen.size()).append(" Bewertungsbögen (")
                .append(boegen.stream().map(Bogen::bewerter).collect(Collectors.joining(", ")))
                .append("). Auffällige Streuung (!): mehr als ")
                .append(anzeige(streuung.multiply(BigDecimal.valueOf(skala.max() - skala.min()))))
                .append(" Punkte zwischen niedrigster und höchster Bewertung (")
                .append(anzeige(streuung.multiply(BigDecimal.valueOf(100)))).append(" % der Skala ")
                .append(skala.min()).append("–").append(skala.max()).append(").\n");
        for (Zeile z : zeilen(katalog, boegen, List.of(), streuung)) {
            Kriterium k = z.kriterium();
            t.append('\n').append(z.auffaellig() ? "(!) " : "").append(k.id()).append(' ').append(k.name());
            if (k.gewertet()) {
                t.append(" (Gewicht ").append(anzeige(k.gewicht())).append("): Punkte ")
                        .append(z.punkte().stream().map(String::valueOf).collect(Collectors.joining(" / ")))
                        .append(" – min ").append(z.min()).append(", Median ").append(anzeige(z.median()))
                        .append(", max ").append(z.max()).append(", Mittelwert ").append(anzeige(z.mittelwert()))
                        .append(k.mindestpunkte() != null ? ", Mindestpunktzahl " + anzeige(k.mindestpunkte()) : "");
            } else {
                t.append(" (Mindestanforderung): erfüllt ").append(z.erfuelltJa()).append(", nicht erfüllt ")
                        .append(z.erfuelltNein()).append(" – Ergebnis ").append(z.erfuellt() ? "erfüllt" : "nicht erfüllt");
            }
            t.append('\n');
            if (!z.auffaellig()) {
                continue;
            }
            // the justifications where the evaluators disagree: that is what the consolidation has to clarify
            for (Bogen b : boegen) {
                String wert = k.gewertet() ? String.valueOf(b.punkte().get(k.id()))
                        : Boolean.TRUE.equals(b.erfuellt().get(k.id())) ? "erfüllt" : "nicht erfüllt";
                t.append("  ").append(b.bewerter()).append(" (").append(wert).append("): ")
                        .append(b.begruendungen().getOrDefault(k.id(), "")).append('\n');
            }
        }
        // the engine keeps a text variable in 4,000 characters; the full sheets are in the evaluation matrix
        return t.length() <= MAX_UEBERSICHT ? t.toString()
                : t.substring(0, MAX_UEBERSICHT - 80) + "\n… gekürzt; alle Begründungen in der Bewertungsmatrix (.xlsx)";
    }

    /**
     * The overview as tables for the form: per criterion (flagged ones first) each evaluator's points or result, then
     * minimum, median, maximum and mean; below, the justifications of the flagged criteria. Kept below the engine's
     * 4,000 characters of a text variable like {@link #uebersicht}.
     */
    public static String tabelle(Kriterienkatalog katalog, List<Bogen> boegen, BigDecimal streuung) {
        Punkteskala skala = katalog.skala();
        List<String> kopf = new ArrayList<>(List.of("Kriterium", "Gewicht"));
        boegen.forEach(b -> kopf.add(b.bewerter()));
        kopf.addAll(List.of("Min", "Median", "Max", "Mittelwert"));
        Markdowntabelle t = new Markdowntabelle(kopf.toArray(String[]::new));
        List<Zeile> zeilen = new ArrayList<>(zeilen(katalog, boegen, List.of(), streuung));
        // flagged criteria first, otherwise in the catalogue's order (a stable sort)
        zeilen.sort(Comparator.comparing((Zeile z) -> !z.auffaellig()));
        for (Zeile z : zeilen) {
            Kriterium k = z.kriterium();
            List<String> zellen = new ArrayList<>(List.of((z.auffaellig() ? "(!) " : "") + k.id() + " " + k.name(),
                    k.gewertet() ? anzeige(k.gewicht()) + " %" : "Mindestanforderung"));
            if (k.gewertet()) {
                z.punkte().forEach(p -> zellen.add(p + " Punkte"));
                zellen.addAll(List.of(z.min() + " Punkte", anzeige(z.median()) + " Punkte", z.max() + " Punkte",
                        anzeige(z.mittelwert()) + " Punkte"));
            } else {
                boegen.forEach(b -> zellen.add(Boolean.TRUE.equals(b.erfuellt().get(k.id())) ? "erfüllt" : "nicht erfüllt"));
                zellen.addAll(List.of("–", "–", "–", (z.erfuellt() ? "erfüllt" : "nicht erfüllt") + " (" + z.erfuelltJa() + " von "
                        + (z.erfuelltJa() + z.erfuelltNein()) + ")"));
            }
            t.zeile(zellen.toArray(String[]::new));
        }
        StringBuilder text = new StringBuilder();
        text.append(boegen.size()).append(" Bewertungsbögen, Skala ").append(skala.min()).append("–").append(skala.max())
                .append(" Punkte. (!) = auffällige Streuung: mehr als ")
                .append(anzeige(streuung.multiply(BigDecimal.valueOf(skala.max() - skala.min()))))
                .append(" Punkte zwischen niedrigster und höchster Bewertung.\n\n").append(t.text());
        List<String> begruendungen = new ArrayList<>();
        for (Zeile z : zeilen) {
            if (!z.auffaellig()) {
                continue;
            }
            Kriterium k = z.kriterium();
            for (Bogen b : boegen) {
                String wert = k.gewertet() ? b.punkte().get(k.id()) + " Punkte"
                        : Boolean.TRUE.equals(b.erfuellt().get(k.id())) ? "erfüllt" : "nicht erfüllt";
                begruendungen.add("- " + k.id() + ", " + Markdowntabelle.zelle(b.bewerter()) + " (" + wert + "): "
                        + Markdowntabelle.zelle(b.begruendungen().getOrDefault(k.id(), "")));
            }
        }
        if (!begruendungen.isEmpty()) {
            text.append("\n**Begründungen bei auffälliger Streuung**\n\n").append(String.join("\n", begruendungen)).append('\n');
        }
        return text.length() <= MAX_UEBERSICHT ? text.toString()
                : text.substring(0, MAX_UEBERSICHT - 80) + "\n\n… gekürzt; alle Begründungen in der Bewertungsmatrix (.xlsx)";
    }
}
