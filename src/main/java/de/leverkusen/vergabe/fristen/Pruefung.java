package de.leverkusen.vergabe.fristen;

/** Result of checking a proposed end against the statutory minimum; {@code grund} is German, for the user. */
public record Pruefung(boolean zulaessig, String grund) {
}
