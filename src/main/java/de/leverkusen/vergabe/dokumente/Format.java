package de.leverkusen.vergabe.dokumente;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** German display of amounts, dates and times in the documents (Europe/Berlin). */
final class Format {

    static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    private static final DateTimeFormatter DATUM = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final DateTimeFormatter ZEIT = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    private Format() {
    }

    static String euro(BigDecimal betrag) {
        if (betrag == null) {
            return "–";
        }
        DecimalFormat f = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.GERMANY));
        return f.format(betrag.setScale(2, RoundingMode.HALF_UP)) + " EUR";
    }

    static String zahl(BigDecimal zahl) {
        return zahl == null ? "–" : zahl.toPlainString().replace('.', ',');
    }

    static String datum(LocalDate datum) {
        return datum == null ? "–" : DATUM.format(datum);
    }

    static String datum(OffsetDateTime zeit) {
        return zeit == null ? "–" : DATUM.format(zeit.atZoneSameInstant(ZONE));
    }

    static String zeit(OffsetDateTime zeit) {
        return zeit == null ? "–" : ZEIT.format(zeit.atZoneSameInstant(ZONE));
    }

    static String text(String text) {
        return text == null || text.isBlank() ? "–" : text;
    }
}
