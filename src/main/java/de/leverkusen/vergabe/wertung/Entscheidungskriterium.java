package de.leverkusen.vergabe.wertung;

/** Published criterion deciding inside the decision group of the extended benchmark method. */
public enum Entscheidungskriterium { LEISTUNG, PREIS }
