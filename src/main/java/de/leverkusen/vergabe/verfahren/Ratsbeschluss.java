package de.leverkusen.vergabe.verfahren;

/** The council's decision (form ratsbeschluss-erfassen, gateways in ratsbefassung and dms-vergabe). */
public enum Ratsbeschluss {
    ZUGESTIMMT, ABGELEHNT, VERTAGT
}
