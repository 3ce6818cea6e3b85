package de.leverkusen.vergabe.verfahren;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * German notation of amounts, numbers, shares and dates in everything a person reads: letters, documents, the running
 * record (Europe/Berlin). The one home for it, so that a letter and the Vergabevermerk state a figure alike.
 */
public final class Schreibweise {

    public static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    private static final DateTimeFormatter DATUM = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final DateTimeFormatter ZEIT = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");
    private static final String FEHLT = "–";

    private Schreibweise() {
    }

    /** 389500 -> "389.500,00 EUR" (cents rounded half up). */
    public static String euro(BigDecimal betrag) {
        return betrag == null ? FEHLT : format("#,##0.00", betrag.setScale(2, RoundingMode.HALF_UP)) + " EUR";
    }

    /** Every digit the number has, with decimal comma and thousands dots: 0.0020154044 -> "0,0020154044", 1000.5 -> "1.000,5". */
    public static String zahl(BigDecimal zahl) {
        if (zahl == null) {
            return FEHLT;
        }
        int stellen = Math.max(zahl.scale(), 0);
        return format("#,##0" + (stellen > 0 ? "." + "0".repeat(stellen) : ""), zahl);
    }

    /** A share as percent, at most two places: 0.2718 -> "27,18 %", 0.2 -> "20 %". */
    public static String prozent(BigDecimal anteil) {
        return format("#,##0.##", anteil.movePointRight(2)) + " %";
    }

    public static String datum(LocalDate datum) {
        return datum == null ? FEHLT : DATUM.format(datum);
    }

    public static String datum(OffsetDateTime zeit) {
        return zeit == null ? FEHLT : DATUM.format(zeit.atZoneSameInstant(ZONE));
    }

    public static String zeit(OffsetDateTime zeit) {
        return zeit == null ? FEHLT : ZEIT.format(zeit.atZoneSameInstant(ZONE));
    }

    /**
     * The end of a period as people read it: a deadline at 00:00 is the end (24:00) of the day before (§ 82 VgV):
     * 11.12.2021 00:00 -> "10.12.2021, 24:00 Uhr"; otherwise "10.12.2021, 12:00 Uhr".
     */
    public static String fristende(OffsetDateTime zeit) {
        if (zeit == null) {
            return FEHLT;
        }
        java.time.ZonedDateTime ende = zeit.atZoneSameInstant(ZONE);
        return ende.toLocalTime().equals(java.time.LocalTime.MIDNIGHT) ? DATUM.format(ende.minusDays(1)) + ", 24:00 Uhr"
                : DATUM.format(ende) + ", " + String.format("%02d:%02d", ende.getHour(), ende.getMinute()) + " Uhr";
    }

    /** A text for display, or "–" when there is none. */
    public static String text(String text) {
        return text == null || text.isBlank() ? FEHLT : text;
    }

    private static String format(String muster, BigDecimal wert) {
        DecimalFormat f = new DecimalFormat(muster, DecimalFormatSymbols.getInstance(Locale.GERMANY));
        f.setRoundingMode(RoundingMode.HALF_UP);
        return f.format(wert);
    }
}
