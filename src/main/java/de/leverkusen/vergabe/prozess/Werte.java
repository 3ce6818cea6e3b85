package de.leverkusen.vergabe.prozess;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.leverkusen.vergabe.prozess.formular.Formularregeln;
import de.leverkusen.vergabe.verfahren.Eingabefehler;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.spin.json.SpinJsonNode;

/**
 * Typed reads of form variables. Tasklist sends untyped JSON: numbers arrive as Integer, Long or Double,
 * dates as ISO strings.
 */
public final class Werte {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Werte() {
    }

    /** Spin JSON (a dynamic list from Tasklist) becomes plain lists and maps; everything else stays as it is. */
    public static Object normalisiert(Object wert) {
        if (wert instanceof SpinJsonNode json) {
            try {
                return JSON.readValue(json.toString(), Object.class);
            } catch (JsonProcessingException e) {
                throw new IllegalArgumentException("Ungültiges JSON", e);
            }
        }
        return wert;
    }

    public static String text(VariableScope scope, String name) {
        Object wert = scope.getVariable(name);
        return wert == null ? null : wert.toString().strip();
    }

    public static String pflichttext(VariableScope scope, String name) {
        String text = text(scope, name);
        if (text == null || text.isEmpty()) {
            throw new Eingabefehler(name, "Pflichtfeld fehlt");
        }
        return text;
    }

    public static BigDecimal zahl(String name, Object wert) {
        BigDecimal zahl = Formularregeln.zahl(wert);
        if (zahl == null) {
            throw new Eingabefehler(name, "Zahl erwartet, erhalten: '" + wert + "'");
        }
        return zahl;
    }

    /** A whole number from a form (Tasklist may send 1900.0). */
    public static int ganzzahl(String name, Object wert) {
        BigDecimal zahl = zahl(name, wert);
        try {
            return zahl.stripTrailingZeros().intValueExact();
        } catch (ArithmeticException e) {
            throw new Eingabefehler(name, "ganze Zahl erwartet, erhalten: '" + wert + "'");
        }
    }

    public static LocalDate datum(VariableScope scope, String name) {
        String text = pflichttext(scope, name);
        try {
            return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
        } catch (DateTimeParseException e) {
            throw new Eingabefehler(name, "kein gültiges Datum: '" + text + "'");
        }
    }

    public static OffsetDateTime datumZeit(VariableScope scope, String name) {
        String text = pflichttext(scope, name);
        try {
            return Formularregeln.datumZeit(text);
        } catch (DateTimeParseException e) {
            throw new Eingabefehler(name, "kein gültiger Zeitpunkt: '" + text + "'");
        }
    }

    /** A choice of a select or radio field: one of the enum's constants, which are the form's option values. */
    public static <E extends Enum<E>> E wahl(VariableScope scope, String name, Class<E> art) {
        return wahl(name, pflichttext(scope, name), art);
    }

    public static <E extends Enum<E>> E wahl(String name, String text, Class<E> art) {
        try {
            return Enum.valueOf(art, text);
        } catch (IllegalArgumentException e) {
            throw new Eingabefehler(name, "erlaubt: " + Arrays.stream(art.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "))
                    + ", erhalten: '" + text + "'");
        }
    }

    public static Long id(VariableScope scope, String name) {
        Object wert = scope.getVariable(name);
        if (wert instanceof Number n) {
            return n.longValue();
        }
        throw new IllegalStateException("Variable " + name + " fehlt oder ist keine Zahl: " + wert);
    }
}
