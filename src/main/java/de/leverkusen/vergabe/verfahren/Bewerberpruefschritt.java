package de.leverkusen.vergabe.verfahren;

/**
 * What the Vergabestelle does in "Bewerber prüfen" (select bewerberPruefschritt): decide now, or first request missing
 * company documents (§ 56 Abs. 2 VgV). Without a value it decides, as before the request existed.
 */
public enum Bewerberpruefschritt {
    ENTSCHEIDEN, UNTERLAGEN_NACHFORDERN
}
