package de.leverkusen.vergabe.verfahren;

import de.leverkusen.vergabe.fristen.Frist;
import de.leverkusen.vergabe.fristen.Fristenrechner;
import de.leverkusen.vergabe.fristen.Pruefung;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** Whether a deadline set as a point in time keeps statutory minimum periods (offer and participation periods alike). */
final class Fristende {

    private static final DateTimeFormatter TAG = DateTimeFormatter.ofPattern("EEEE, dd.MM.yyyy", Locale.GERMAN);
    private static final DateTimeFormatter UHRZEIT = DateTimeFormatter.ofPattern("HH:mm", Locale.GERMAN);

    private Fristende() {
    }

    /**
     * @param feld        the form field that holds the deadline, named in the refusal
     * @param bezeichnung "Angebotsfrist", "Teilnahmefrist"
     */
    static void pruefen(Fristenrechner rechner, List<Frist> fristen, OffsetDateTime frist, ZoneId sitz, String feld, String bezeichnung) {
        // a period ends at the end of its last day (§ 82 VgV, Art. 3 Abs. 2 lit. b VO 1182/71): a deadline at a time
        // of day D covers the whole days up to D - 1 only; 00:00 of D + 1 is the end (24:00) of D
        ZonedDateTime ende = frist.atZoneSameInstant(sitz);
        LocalDate letzterVollerTag = ende.toLocalDate().minusDays(1);
        Pruefung pruefung = rechner.pruefen(fristen, letzterVollerTag);
        if (!pruefung.zulaessig()) {
            LocalDate mindestens = fristen.stream().map(Frist::ende).max(LocalDate::compareTo).orElseThrow();
            if (ende.toLocalDate().equals(mindestens)) {
                throw new Eingabefehler(feld, "Unzulässig: Die " + bezeichnung + " endet am " + TAG.format(ende) + " um "
                        + UHRZEIT.format(ende) + " Uhr, vor dem Ende ihres letzten Tages: die gesetzliche Mindestfrist läuft bis "
                        + TAG.format(mindestens) + " 24:00 Uhr (§ 82 VgV i. V. m. Art. 3 Abs. 2 Buchst. b VO (EWG, Euratom) Nr. 1182/71); "
                        + "frühestes zulässiges Ende: " + TAG.format(mindestens.plusDays(1)) + " 00:00 Uhr");
            }
            throw new Eingabefehler(feld, pruefung.grund());
        }
    }
}
