package de.leverkusen.vergabe.wertung;

/** Published rule for offers with equal key figure; whatever it leaves tied is marked for a drawing of lots. */
public enum Gleichstandsregel {
    /** Default: higher L, then lower P, then lots. */
    LEISTUNG_DANN_PREIS,
    PREIS_DANN_LEISTUNG,
    /** Lots directly. */
    LOS
}
