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
        pruefen(frist, heute, mindesttage, FELD, "Nachreichung", "§ 56 Abs. 2, 4 VgV");
    }

    /** The same rule for another request in text form to a bidder (the clarification of § 60 VgV). */
    public static void pruefen(LocalDate frist, LocalDate heute, int mindesttage, String feld, String wofuer, String vorschrift) {
        LocalDate fruehestens = heute.plusDays(mindesttage);
        if (frist.isBefore(fruehestens)) {
            throw new Eingabefehler(feld, "die Frist zur " + wofuer + " (" + TAG.format(frist) + ") muss mindestens " + mindesttage
                    + " Tage nach dem Versand des Schreibens am " + TAG.format(heute) + " liegen, also frühestens am "
                    + TAG.format(fruehestens) + " enden (" + vorschrift + ": angemessene Frist)");
        }
    }
}
