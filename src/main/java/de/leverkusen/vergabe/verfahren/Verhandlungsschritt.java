package de.leverkusen.vergabe.verfahren;

/** What follows a negotiation round (form verhandlungsrunde-abschliessen): another round, or the call for final offers (§ 17 Abs. 14 VgV). */
public enum Verhandlungsschritt {
    WEITERE_RUNDE, ENDGUELTIGE_ANGEBOTE
}
