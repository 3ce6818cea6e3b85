package de.leverkusen.vergabe.wertung;

import de.leverkusen.vergabe.verfahren.Eingabefehler;

/** The UfAB evaluation methods (L = performance points, P = price, Z = key figure). */
public enum Wertungsmethode {
    /** Z = L / P, highest Z wins. */
    EINFACHE_RICHTWERTMETHODE,
    /** Z = L / P; every offer with Z >= Zmax x (1 - band) is in the decision group, the published criterion decides. */
    ERWEITERTE_RICHTWERTMETHODE,
    /** Z = gL x L / median(L) + gP x median(P) / P. */
    MEDIANMETHODE,
    /** Z = gL x L / Lref + gP x Pref / P with published reference values. */
    REFERENZWERTMETHODE,
    /** Lowest price wins. */
    NUR_PREIS,
    /** Like the median method with arithmetic means; calculator only (flipping effect, UfAB advises against it). */
    MITTELWERTMETHODE;

    /** The method's name as users read it (documents, running record), never the constant. */
    public String text() {
        return switch (this) {
            case EINFACHE_RICHTWERTMETHODE -> "einfache Richtwertmethode";
            case ERWEITERTE_RICHTWERTMETHODE -> "erweiterte Richtwertmethode";
            case MEDIANMETHODE -> "Medianmethode";
            case REFERENZWERTMETHODE -> "Referenzwertmethode";
            case NUR_PREIS -> "Preis als einziges Zuschlagskriterium";
            case MITTELWERTMETHODE -> "Mittelwertmethode";
        };
    }

    /** False for the mean method: a far-behind offer can swap the top two ("flipping"), UfAB advises against it. */
    public boolean fuerVerfahrenZulaessig() {
        return this != MITTELWERTMETHODE;
    }

    /** For the process side: refuses a method that may not be published for a procedure. */
    public void fuerVerfahrenPruefen(String feld) {
        if (!fuerVerfahrenZulaessig()) {
            throw new Eingabefehler(feld, "Die Mittelwertmethode ist für ein Vergabeverfahren nicht zulässig "
                    + "(Flipping-Effekt, UfAB rät ab); Medianmethode verwenden");
        }
    }

    boolean gewichtet() {
        return this == MEDIANMETHODE || this == REFERENZWERTMETHODE || this == MITTELWERTMETHODE;
    }
}
