package de.leverkusen.vergabe.dokumente;

import de.leverkusen.vergabe.verfahren.Schreibweise;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/** The documents' short names for the German notation of {@link Schreibweise}, and "–" for an empty text. */
final class Format {

    static final ZoneId ZONE = Schreibweise.ZONE;

    private Format() {
    }

    static String euro(BigDecimal betrag) {
        return Schreibweise.euro(betrag);
    }

    static String zahl(BigDecimal zahl) {
        return Schreibweise.zahl(zahl);
    }

    static String datum(LocalDate datum) {
        return Schreibweise.datum(datum);
    }

    static String datum(OffsetDateTime zeit) {
        return Schreibweise.datum(zeit);
    }

    static String zeit(OffsetDateTime zeit) {
        return Schreibweise.zeit(zeit);
    }

    static String text(String text) {
        return text == null || text.isBlank() ? "–" : text;
    }
}
