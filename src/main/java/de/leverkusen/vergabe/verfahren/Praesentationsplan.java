package de.leverkusen.vergabe.verfahren;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Spreads one presentation slot per admitted bidder evenly over the presentation window
 * (07.-09.12.2021 in the city's report): as few slots per day as possible, starting at 09:00,
 * two hours apart, each 90 minutes long.
 */
public final class Praesentationsplan {

    public static final LocalTime ERSTER_TERMIN = LocalTime.of(9, 0);
    public static final Duration ABSTAND = Duration.ofHours(2);
    public static final Duration DAUER = Duration.ofMinutes(90);
    public static final int HOECHSTENS_JE_TAG = 4;

    public record Termin(ZonedDateTime beginn, ZonedDateTime ende) {
    }

    private Praesentationsplan() {
    }

    public static List<Termin> planen(LocalDate von, LocalDate bis, int anzahlBieter, ZoneId zone) {
        int tage = (int) ChronoUnit.DAYS.between(von, bis) + 1;
        int jeTag = Math.max(1, (anzahlBieter + tage - 1) / tage);
        if (jeTag > HOECHSTENS_JE_TAG) {
            throw new Eingabefehler("praesentationBis", "das Präsentationsfenster von " + tage + " Tag(en) reicht nicht für "
                    + anzahlBieter + " Präsentationen (höchstens " + HOECHSTENS_JE_TAG + " je Tag)");
        }
        List<Termin> termine = new ArrayList<>(anzahlBieter);
        for (int i = 0; i < anzahlBieter; i++) {
            ZonedDateTime beginn = von.plusDays(i / jeTag).atTime(ERSTER_TERMIN).atZone(zone).plus(ABSTAND.multipliedBy(i % jeTag));
            termine.add(new Termin(beginn, beginn.plus(DAUER)));
        }
        return termine;
    }
}
