package de.leverkusen.vergabe.verfahren;

/** Exclusion grounds (§§ 123, 124 GWB) as the form ausschlussgruende-pruefen offers them; the two that exclude route the gateway. */
public enum Ausschlussgrund {
    KEINER, ZWINGEND_123, FAKULTATIV_124_AUSSCHLUSS, FAKULTATIV_124_KEIN_AUSSCHLUSS
}
