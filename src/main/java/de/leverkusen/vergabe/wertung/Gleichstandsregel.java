package de.leverkusen.vergabe.wertung;

/** Published rule for offers with equal key figure; whatever it leaves tied is marked for a drawing of lots. */
public enum Gleichstandsregel {
    /** Default: higher L, then lower P, then lots. */
    LEISTUNG_DANN_PREIS("bei gleicher Kennzahl entscheidet die höhere Leistung, dann der niedrigere Preis, zuletzt das Los"),
    PREIS_DANN_LEISTUNG("bei gleicher Kennzahl entscheidet der niedrigere Preis, dann die höhere Leistung, zuletzt das Los"),
    /** Lots directly. */
    LOS("bei gleicher Kennzahl entscheidet das Los");

    private final String text;

    Gleichstandsregel(String text) {
        this.text = text;
    }

    /** The rule in words a bidder understands (documents and letters never show the constant). */
    public String text() {
        return text;
    }
}
