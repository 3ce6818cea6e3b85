package de.leverkusen.vergabe.verfahren;

/** The Projektleitung's decision on the award proposal (form zuschlagsvorschlag-freigeben). */
public enum Freigabeentscheidung {
    FREIGEGEBEN, ZURUECKGEWIESEN
}
