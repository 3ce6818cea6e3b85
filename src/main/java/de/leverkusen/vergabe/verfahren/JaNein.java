package de.leverkusen.vergabe.verfahren;

/** Answer of a yes/no select in the forms (e.g. interessenkonflikt, dringlich); the option values are the constant names. */
public enum JaNein {
    JA, NEIN
}
