package de.leverkusen.vergabe.verfahren;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The selection of the candidates to be invited to tender (§ 51 VgV), checked against what the notice published.
 * The Vergabestelle chooses and gives reasons; the rules decide whether the choice stands:
 * <ul>
 *   <li>an unsuitable candidate is never invited (§ 51 Abs. 3 Satz 2 VgV);</li>
 *   <li>without a published maximum, or with no more suitable candidates than the maximum, every suitable one is
 *       invited: the limit of § 51 Abs. 1 VgV needs a published number;</li>
 *   <li>with more suitable candidates than the maximum, exactly the maximum is invited, by the ranking of the
 *       published objective selection criteria: no candidate left out may have more points than one invited; ties
 *       at the limit are the Vergabestelle's choice, with reasons;</li>
 *   <li>fewer suitable candidates than the minimum: the procedure may continue with those (§ 51 Abs. 3 Satz 1 VgV),
 *       which is recorded.</li>
 * </ul>
 */
public final class Bewerberauswahl {

    /**
     * A candidate after the checks of the participation stage.
     *
     * @param punkte     points by the published selection criteria; only for suitable candidates
     * @param grund      why an unsuitable candidate is not suitable (exclusion ground, suitability), else {@code null}
     */
    public record Bewerber(long id, String name, boolean geeignet, BigDecimal punkte, String grund) {
        public Bewerber {
            Objects.requireNonNull(name);
            if (geeignet && punkte == null) {
                throw new IllegalArgumentException("geeigneter Bewerber " + name + " ohne Punkte der Auswahlkriterien");
            }
        }
    }

    /**
     * @param aufgefordert       invited to tender, in the order of the ranking
     * @param nichtAufgefordert  each candidate not invited with the reason the letter tells (§ 134 Abs. 1 Satz 2 GWB)
     * @param vermerk            for the running record: numbers, limits and reasons
     */
    public record Ergebnis(List<Bewerber> aufgefordert, Map<Bewerber, String> nichtAufgefordert, String vermerk) {
    }

    private Bewerberauswahl() {
    }

    public static Ergebnis pruefen(Teilnahmewettbewerb bekanntgemacht, List<Bewerber> bewerber, Set<Long> gewaehlt, String begruendung) {
        Map<Long, Bewerber> nachId = new LinkedHashMap<>();
        bewerber.forEach(b -> nachId.put(b.id(), b));
        for (Long id : gewaehlt) {
            Bewerber b = nachId.get(id);
            if (b == null) {
                throw new Eingabefehler("auswahl", "Bewerber " + id + " hat keinen Teilnahmeantrag in diesem Verfahren gestellt "
                        + "(§ 51 Abs. 3 Satz 2 VgV)");
            }
            if (!b.geeignet()) {
                throw new Eingabefehler("auswahl", "'" + b.name() + "' ist nicht geeignet (" + b.grund()
                        + ") und darf nicht zur Angebotsabgabe aufgefordert werden (§ 51 Abs. 3 Satz 2 VgV)");
            }
        }
        List<Bewerber> geeignete = bewerber.stream().filter(Bewerber::geeignet)
                .sorted(Comparator.comparing(Bewerber::punkte).reversed()).toList();
        if (geeignete.isEmpty()) {
            throw new Eingabefehler("auswahl", "kein Bewerber ist geeignet: niemand kann zur Angebotsabgabe aufgefordert werden; "
                    + "das Verfahren ist aufzuheben (§ 63 Abs. 1 Satz 1 Nr. 1 VgV)");
        }
        Integer hoechstzahl = bekanntgemacht.hoechstzahl();
        boolean begrenzt = hoechstzahl != null && geeignete.size() > hoechstzahl;
        int soll = begrenzt ? hoechstzahl : geeignete.size();
        if (gewaehlt.size() != soll) {
            throw new Eingabefehler("auswahl", begrenzt
                    ? "genau die veröffentlichte Höchstzahl von " + hoechstzahl + " Bewerbern ist aufzufordern (" + geeignete.size()
                            + " sind geeignet), gewählt: " + gewaehlt.size()
                    : "alle " + geeignete.size() + " geeigneten Bewerber sind aufzufordern"
                            + (hoechstzahl == null ? " (keine Höchstzahl bekannt gemacht)" : " (Höchstzahl " + hoechstzahl + " nicht überschritten)")
                            + ", gewählt: " + gewaehlt.size());
        }
        List<Bewerber> aufgefordert = geeignete.stream().filter(b -> gewaehlt.contains(b.id())).toList();
        BigDecimal schwaechsterAufgeforderter = aufgefordert.get(aufgefordert.size() - 1).punkte();
        for (Bewerber b : geeignete) {
            if (!gewaehlt.contains(b.id()) && b.punkte().compareTo(schwaechsterAufgeforderter) > 0) {
                throw new Eingabefehler("auswahl", "'" + b.name() + "' hat nach den veröffentlichten Auswahlkriterien " + punkte(b.punkte())
                        + " Punkte, mehr als ein ausgewählter Bewerber (" + punkte(schwaechsterAufgeforderter)
                        + "); die Auswahl folgt der Rangfolge (§ 51 Abs. 1 VgV)");
            }
        }
        if (begrenzt && (begruendung == null || begruendung.isBlank())) {
            throw new Eingabefehler("auswahlBegruendung", "Pflichtfeld, wenn mehr geeignete Bewerber (" + geeignete.size()
                    + ") als die Höchstzahl (" + hoechstzahl + ") vorhanden sind (§ 51 Abs. 1 VgV, § 8 Abs. 2 VgV)");
        }

        Map<Bewerber, String> nicht = new LinkedHashMap<>();
        for (Bewerber b : bewerber) {
            if (!b.geeignet()) {
                nicht.put(b, "nicht geeignet: " + b.grund());
            }
        }
        for (int rang = 0; rang < geeignete.size(); rang++) {
            Bewerber b = geeignete.get(rang);
            if (!gewaehlt.contains(b.id())) {
                nicht.put(b, "geeignet, aber nicht ausgewählt: " + punkte(b.punkte()) + " Punkte nach den veröffentlichten Auswahlkriterien, Rang "
                        + (rang + 1) + " von " + geeignete.size() + "; aufgefordert wurden die " + hoechstzahl
                        + " bestplatzierten Bewerber (Höchstzahl, § 51 Abs. 1 VgV)");
            }
        }
        List<String> vermerk = new ArrayList<>();
        vermerk.add(bewerber.size() + " Teilnahmeanträge, " + geeignete.size() + " Bewerber geeignet, " + aufgefordert.size()
                + " zur Angebotsabgabe aufgefordert: " + String.join(", ", aufgefordert.stream().map(Bewerber::name).toList()) + ".");
        if (geeignete.size() < bekanntgemacht.mindestzahl()) {
            vermerk.add("Weniger geeignete Bewerber als die bekannt gemachte Mindestzahl von " + bekanntgemacht.mindestzahl()
                    + ": das Verfahren wird mit den geeigneten fortgeführt (§ 51 Abs. 3 Satz 1 VgV).");
        }
        if (begrenzt) {
            vermerk.add("Begrenzung auf die Höchstzahl von " + hoechstzahl + " nach der Rangfolge der veröffentlichten Auswahlkriterien. Begründung: "
                    + begruendung.strip());
        }
        nicht.forEach((b, grund) -> vermerk.add("Nicht aufgefordert: " + b.name() + " (" + grund + ")."));
        return new Ergebnis(aufgefordert, nicht, String.join(" ", vermerk));
    }

    private static String punkte(BigDecimal p) {
        return p.stripTrailingZeros().toPlainString().replace('.', ',');
    }
}
