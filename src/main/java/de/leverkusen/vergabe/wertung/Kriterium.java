package de.leverkusen.vergabe.wertung;

/** A weighted (type B) award criterion of the published scoring sheet. */
public record Kriterium(String id, String name, int gewicht) {
}
