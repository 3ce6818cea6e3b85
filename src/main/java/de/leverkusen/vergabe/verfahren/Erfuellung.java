package de.leverkusen.vergabe.verfahren;

/** A requirement met or not (minimum criteria of the scoring sheet, suitability criteria of eignung-pruefen). */
public enum Erfuellung {
    ERFUELLT, NICHT_ERFUELLT
}
