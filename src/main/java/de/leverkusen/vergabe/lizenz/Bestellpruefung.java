package de.leverkusen.vergabe.lizenz;

import java.time.LocalDate;

/** What the Vergabestelle confirms or corrects when it reviews the order before it goes out. */
public record Bestellpruefung(String loiReferenz, int anzahlLizenzen, String kostenstelle, LocalDate liefertermin, String vermerk) {
}
