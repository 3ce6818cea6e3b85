package de.leverkusen.vergabe.verfahren;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * The deadline a bidder gets to supply missing company documents (§ 56 Abs. 2, 4 VgV): set by the Vergabestelle, it
 * must be appropriate, so it lies at least {@code mindesttage} days after the day the request is sent (configured,
 * {@code vergabe.fristen.nachforderung-mindesttage}). A deadline in the past would exclude the offer at once.
 */
public final class Nachforderungsfrist {

    public static final String FELD = "nachforderungsfrist";
    private static final DateTimeFormatter TAG = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private Nachforderungsfrist() {
    }

    public static void pruefen(LocalDate frist, LocalDate heute, int mindesttage) {
        LocalDate fruehestens = heute.plusDays(mindesttage);
        if (frist.isBefore(fruehestens)) {
            throw new Eingabefehler(FELD, "die Frist zur Nachreichung (" + TAG.format(frist) + ") muss mindestens " + mindesttage
                    + " Tage nach dem Versand der Nachforderung am " + TAG.format(heute) + " liegen, also frühestens am "
                    + TAG.format(fruehestens) + " enden (§ 56 Abs. 2, 4 VgV: angemessene Frist)");
        }
    }
}
