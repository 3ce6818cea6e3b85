package de.leverkusen.vergabe.verfahren;

/** Result of the formal check of an offer (form formale-pruefung, gateway in angebotspruefung). */
public enum FormalePruefung {
    VOLLSTAENDIG, UNTERLAGEN_NACHFORDERN, AUSSCHLIESSEN
}
