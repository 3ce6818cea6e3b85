package de.leverkusen.vergabe.fristen;

import de.leverkusen.vergabe.nachpruefung.Wartefrist;

public enum Fristart {
    /** Period for requests to participate. */
    TEILNAHMEFRIST("Teilnahmefrist"),
    /** Period for the receipt of (first) offers. */
    ANGEBOTSFRIST("Angebotsfrist"),
    /** Standstill before the contract may be concluded (§ 134 Abs. 2 GWB). */
    WARTEFRIST_134("Wartefrist nach § 134 GWB");

    private final String bezeichnung;

    Fristart(String bezeichnung) {
        this.bezeichnung = bezeichnung;
    }

    public String bezeichnung() {
        return bezeichnung;
    }
}
