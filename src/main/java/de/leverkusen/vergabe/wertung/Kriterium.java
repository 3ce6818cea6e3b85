package de.leverkusen.vergabe.wertung;

import java.math.BigDecimal;

/**
 * An award criterion of the published scoring sheet: type A is a pass/fail minimum requirement (a fail excludes
 * the offer), type B is weighted and scored; {@code mindestpunkte} (B only, optional) excludes an offer whose
 * consolidated points stay below it.
 */
public record Kriterium(String id, String name, Typ typ, BigDecimal gewicht, BigDecimal mindestpunkte) {

    public enum Typ { A, B }

    /** A weighted (type B) criterion without minimum points, as on the DMS sheet. */
    public Kriterium(String id, String name, int gewicht) {
        this(id, name, Typ.B, BigDecimal.valueOf(gewicht), null);
    }

    public boolean gewertet() {
        return typ == Typ.B;
    }
}
