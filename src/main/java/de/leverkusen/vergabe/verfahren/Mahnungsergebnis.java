package de.leverkusen.vergabe.verfahren;

/** Outcome of a reminder to ivl (form ivl-bestaetigung-anmahnen). */
public enum Mahnungsergebnis {
    WEITER_WARTEN, SCHRIFTLICH_BESTAETIGT
}
