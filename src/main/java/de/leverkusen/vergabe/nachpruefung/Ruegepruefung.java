package de.leverkusen.vergabe.nachpruefung;

import java.time.LocalDate;

/**
 * The timeliness of a complaint (§ 160 Abs. 3 Satz 1 Nr. 1-3 GWB) as computed by {@link Fristenrechner#ruege}: the
 * last day it could be raised, whether it was, and the reasoning in words for the running record.
 */
public record Ruegepruefung(LocalDate kenntnisAm, LocalDate eingegangenAm, LocalDate letzterTag, boolean rechtzeitig, String text) {
}
