package de.leverkusen.vergabe.verfahren;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * A euro amount as a person types it in German notation: {@code 1.250.000,00}, {@code 1250000,5},
 * {@code 1.250.000}, optionally with "EUR" or "€". The dot only separates thousands (groups of three digits), the
 * comma the cents. Anything else is refused rather than guessed: form-js number fields read {@code 1.250.000} as
 * 1.25, which is why amounts are text fields read here.
 */
public final class Betrag {

    /** The largest amount a procedure takes (EUR 10 billion; the start form said so as a number field before). */
    public static final BigDecimal HOECHSTER_AUFTRAGSWERT = new BigDecimal("10000000000");

    private static final Pattern DEUTSCH = Pattern.compile("(\\d{1,3}(\\.\\d{3})+|\\d+)(,\\d{1,2})?");

    private Betrag() {
    }

    /** The amount, or {@code null} when the text is not an amount in German notation. */
    public static BigDecimal deutsch(String text) {
        String zahl = text.strip().replaceFirst("\\s*(EUR|€)$", "").replace(" ", "").replace("\u00a0", "");
        if (!DEUTSCH.matcher(zahl).matches()) {
            return null;
        }
        return new BigDecimal(zahl.replace(".", "").replace(',', '.'));
    }

    /** The amount of a form's amount field: greater than 0 and at most {@code hoechstens}; refused with field and rule. */
    public static BigDecimal lesen(String feld, Object wert, BigDecimal hoechstens) {
        if (!(wert instanceof String text) || text.isBlank()) {
            throw new Eingabefehler(feld, "Betrag in Euro als Text erwartet (Beispiel: 1.250.000,00)");
        }
        BigDecimal betrag = deutsch(text);
        if (betrag == null) {
            throw new Eingabefehler(feld, "'" + text.strip() + "' ist kein Betrag in Euro in deutscher Schreibweise (Beispiel: "
                    + "1.250.000,00 oder 1250000,00; der Punkt trennt nur Tausender, das Komma die Cent)");
        }
        if (betrag.signum() <= 0) {
            throw new Eingabefehler(feld, "der Betrag muss größer als 0 sein");
        }
        if (betrag.compareTo(hoechstens) > 0) {
            throw new Eingabefehler(feld, "der Betrag " + text.strip() + " ist größer als das Maximum " + hoechstens.toPlainString() + " EUR");
        }
        return betrag;
    }
}
