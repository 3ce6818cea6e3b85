package de.leverkusen.vergabe.prozess.formular;

import com.fasterxml.jackson.databind.JsonNode;
import de.leverkusen.vergabe.verfahren.Eingabefehler;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.camunda.bpm.dmn.feel.impl.FeelEngine;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngineFactory;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;

/**
 * The validation rules of a Camunda Form (form-js JSON), applied on the server.
 * Camunda Forms validate only in the browser; a REST client can send anything. The same form file is
 * the single source of the rules: required, minLength/maxLength, min/max, pattern, the values of a select
 * and the shape of dates. Read-only and disabled fields are display only and are not checked.
 * No text field takes markup or an expression: the texts end up in records, letters and documents, and nothing
 * a user types is ever meant to be rendered as HTML or evaluated.
 * Beyond the form's own rules, every number must be finite and below {@link #HOECHSTBETRAG} (the procedure's amounts
 * are stored with 13 digits before the decimal point), and every date must lie in the plausible window from
 * {@link #FRUEHESTES_DATUM} to {@link #JAHRE_VORAUS} years after today: a date outside it is a typing error or an
 * attempt to move a deadline out of reach.
 */
public final class Formularregeln {

    /** an HTML tag, comment or processing instruction, or the start of a JUEL expression */
    private static final Pattern AUSZEICHNUNG = Pattern.compile("<[A-Za-z/!?]|[$#]\\{");
    /** the largest amount a number field takes (exclusive): 13 digits before the decimal point, as in the tables */
    public static final BigDecimal HOECHSTBETRAG = new BigDecimal("10000000000000");
    /** no date of a procedure lies before this day */
    public static final LocalDate FRUEHESTES_DATUM = LocalDate.of(2000, 1, 1);
    /** nor more than this many years after today */
    public static final int JAHRE_VORAUS = 10;
    private static final ZoneId SITZ = ZoneId.of("Europe/Berlin");

    private final String formId;
    private final List<Feld> felder;
    private final Set<String> anzeigefelder;

    private record Feld(String key, String label, String type, String subtype, JsonNode validate,
                        List<String> werte, Formularregeln liste, String verborgenWenn) {
    }

    /** The FEEL engine the DMN engine uses, for the forms' {@code conditional.hide} expressions. */
    private static final FeelEngine FEEL = new ScalaFeelEngineFactory().createInstance();

    private Formularregeln(String formId, List<Feld> felder, Set<String> anzeigefelder) {
        this.formId = formId;
        this.felder = felder;
        this.anzeigefelder = anzeigefelder;
    }

    public static Formularregeln aus(JsonNode form) {
        Set<String> anzeige = new TreeSet<>();
        anzeigefelder(form.path("components"), anzeige);
        return new Formularregeln(form.path("id").asText(), felder(form.path("components")), Set.copyOf(anzeige));
    }

    /** The keys a person can enter in this form (top level; a dynamic list by its path). */
    public Set<String> eingabefelder() {
        Set<String> keys = new TreeSet<>();
        felder.forEach(f -> keys.add(f.key()));
        return keys;
    }

    /** The keys the form shows read-only or disabled: they display a value, a person cannot change it. */
    public Set<String> anzeigefelder() {
        return anzeigefelder;
    }

    private static void anzeigefelder(JsonNode components, Set<String> keys) {
        for (JsonNode c : components) {
            boolean nurAnzeige = c.path("readonly").asBoolean(false) || c.path("disabled").asBoolean(false);
            String key = c.hasNonNull("key") ? c.path("key").asText() : c.path("path").asText(null);
            if (nurAnzeige && key != null) {
                keys.add(key);
            } else if ("group".equals(c.path("type").asText())) {
                anzeigefelder(c.path("components"), keys);
            }
        }
    }

    public String formId() {
        return formId;
    }

    private static List<Feld> felder(JsonNode components) {
        List<Feld> felder = new ArrayList<>();
        for (JsonNode c : components) {
            String type = c.path("type").asText();
            if (c.path("readonly").asBoolean(false) || c.path("disabled").asBoolean(false)) {
                continue;
            }
            if ("dynamiclist".equals(type)) {
                Formularregeln innen = new Formularregeln(c.path("path").asText(), felder(c.path("components")), Set.of());
                felder.add(new Feld(c.path("path").asText(), c.path("label").asText(), type, null, c.path("validate"), List.of(), innen,
                        verborgenWenn(c)));
            } else if ("group".equals(type)) {
                felder.addAll(felder(c.path("components")));
            } else if (c.hasNonNull("key")) {
                List<String> werte = new ArrayList<>();
                c.path("values").forEach(v -> werte.add(v.path("value").asText()));
                String label = c.hasNonNull("label") ? c.path("label").asText() : c.path("dateLabel").asText();
                felder.add(new Feld(c.path("key").asText(), label, type, c.path("subtype").asText(null),
                        c.path("validate"), werte, null, verborgenWenn(c)));
            }
        }
        return felder;
    }

    /** Throws {@link Eingabefehler} for the first field that breaks a rule; dates are checked against today at the seat. */
    public void pruefen(Function<String, Object> variable) {
        pruefen(variable, LocalDate.now(SITZ));
    }

    /** Throws {@link Eingabefehler} for the first field that breaks a rule; {@code heute} bounds the dates. */
    public void pruefen(Function<String, Object> variable, LocalDate heute) {
        pruefen(variable, "", heute);
    }

    private void pruefen(Function<String, Object> variable, String praefix, LocalDate heute) {
        VariableMap werte = Variables.createVariables();
        felder.forEach(f -> werte.putValue(f.key(), variable.apply(f.key())));
        for (Feld feld : felder) {
            pruefeFeld(feld, werte.get(feld.key()), praefix, heute, verborgen(feld, werte));
        }
    }

    /** form-js {@code conditional.hide}: "=" and a FEEL expression over the form's values. */
    private static String verborgenWenn(JsonNode c) {
        String hide = c.path("conditional").path("hide").asText("");
        return hide.startsWith("=") ? hide.substring(1) : null;
    }

    /**
     * A field the form hides for these values (e.g. the participation stage in the open procedure) is not required:
     * Tasklist neither shows nor submits it. A value sent anyway is still checked by the other rules.
     */
    private static boolean verborgen(Feld feld, VariableMap werte) {
        if (feld.verborgenWenn() == null) {
            return false;
        }
        try {
            return Boolean.TRUE.equals(FEEL.evaluateSimpleExpression(feld.verborgenWenn(), werte.asVariableContext()));
        } catch (RuntimeException e) {
            return false; // an expression that does not evaluate hides nothing: the field keeps its rules
        }
    }

    private static void pruefeFeld(Feld feld, Object wert, String praefix, LocalDate heute, boolean verborgen) {
        String name = praefix + feld.key();
        JsonNode v = feld.validate();
        boolean leer = wert == null || (wert instanceof String s && s.isBlank());
        if (leer) {
            if (v.path("required").asBoolean(false) && !verborgen) {
                throw fehler(feld, name, "Pflichtfeld fehlt");
            }
            return;
        }
        switch (feld.type()) {
            case "textfield", "textarea" -> pruefeText(feld, name, wert, v);
            case "number" -> pruefeZahl(feld, name, wert, v);
            case "select", "radio" -> {
                if (!feld.werte().contains(String.valueOf(wert))) {
                    throw fehler(feld, name, "unzulässiger Wert '" + wert + "', erlaubt: " + String.join(", ", feld.werte()));
                }
            }
            case "checkbox" -> {
                if (!(wert instanceof Boolean)) {
                    throw fehler(feld, name, "Wahrheitswert erwartet");
                }
            }
            case "datetime" -> pruefeDatum(feld, name, wert, heute);
            case "dynamiclist" -> pruefeListe(feld, name, wert, heute);
            default -> { }
        }
    }

    private static void pruefeText(Feld feld, String name, Object wert, JsonNode v) {
        if (!(wert instanceof String text)) {
            throw fehler(feld, name, "Text erwartet, erhalten: " + wert.getClass().getSimpleName());
        }
        int laenge = text.codePointCount(0, text.length());
        if (v.has("minLength") && laenge < v.get("minLength").asInt()) {
            throw fehler(feld, name, "mindestens " + v.get("minLength").asInt() + " Zeichen erforderlich, erhalten: " + laenge);
        }
        if (v.has("maxLength") && laenge > v.get("maxLength").asInt()) {
            throw fehler(feld, name, "höchstens " + v.get("maxLength").asInt() + " Zeichen erlaubt, erhalten: " + laenge);
        }
        if (AUSZEICHNUNG.matcher(text).find()) {
            throw fehler(feld, name, "keine HTML-Auszeichnungen oder Ausdrücke (<…>, ${…}, #{…}) erlaubt");
        }
        if (v.hasNonNull("pattern") && !Pattern.compile(v.get("pattern").asText()).matcher(text).find()) {
            throw fehler(feld, name, "entspricht nicht dem Muster " + v.get("pattern").asText());
        }
    }

    private static void pruefeZahl(Feld feld, String name, Object wert, JsonNode v) {
        if ((wert instanceof Double d && !Double.isFinite(d)) || (wert instanceof Float f && !Float.isFinite(f))) {
            throw fehler(feld, name, "Zahl außerhalb des darstellbaren Bereichs: " + wert);
        }
        BigDecimal zahl = zahl(wert);
        if (zahl == null) {
            throw fehler(feld, name, "Zahl erwartet, erhalten: '" + wert + "'");
        }
        if (zahl.abs().compareTo(HOECHSTBETRAG) >= 0) {
            throw fehler(feld, name, "Zahl außerhalb des zulässigen Bereichs (Betrag kleiner als " + HOECHSTBETRAG.toPlainString()
                    + "), erhalten: " + zahl.toPlainString());
        }
        if (v.has("min") && zahl.compareTo(v.get("min").decimalValue()) < 0) {
            throw fehler(feld, name, "Wert " + zahl.toPlainString() + " ist kleiner als das Minimum " + v.get("min").asText());
        }
        if (v.has("max") && zahl.compareTo(v.get("max").decimalValue()) > 0) {
            throw fehler(feld, name, "Wert " + zahl.toPlainString() + " ist größer als das Maximum " + v.get("max").asText());
        }
    }

    private static void pruefeDatum(Feld feld, String name, Object wert, LocalDate heute) {
        LocalDate tag;
        if (wert instanceof Date datum) {
            tag = datum.toInstant().atZone(SITZ).toLocalDate();
        } else {
            String text = String.valueOf(wert);
            try {
                tag = "date".equals(feld.subtype()) ? LocalDate.parse(text) : datumZeit(text).atZoneSameInstant(SITZ).toLocalDate();
            } catch (DateTimeParseException e) {
                throw fehler(feld, name, "kein gültiges Datum: '" + text + "'");
            }
        }
        LocalDate spaetestens = heute.plusYears(JAHRE_VORAUS);
        if (tag.isBefore(FRUEHESTES_DATUM) || tag.isAfter(spaetestens)) {
            throw fehler(feld, name, "Datum " + tag + " außerhalb des zulässigen Zeitraums " + FRUEHESTES_DATUM + " bis " + spaetestens
                    + " (nicht vor 2000, höchstens " + JAHRE_VORAUS + " Jahre voraus)");
        }
    }

    private static void pruefeListe(Feld feld, String name, Object wert, LocalDate heute) {
        if (!(wert instanceof Collection<?> eintraege)) {
            throw fehler(feld, name, "Liste erwartet");
        }
        int i = 0;
        for (Object eintrag : eintraege) {
            if (!(eintrag instanceof Map<?, ?> map)) {
                throw fehler(feld, name, "Eintrag " + (i + 1) + " ist kein Objekt");
            }
            feld.liste().pruefen(map::get, name + "[" + (i + 1) + "].", heute);
            i++;
        }
    }

    private static Eingabefehler fehler(Feld feld, String name, String regel) {
        return new Eingabefehler(name, (feld.label().isBlank() ? "" : "(" + feld.label() + ") ") + regel);
    }

    /** A form number: Tasklist sends JSON numbers (Integer, Long or Double), a client may send a numeric string. */
    public static BigDecimal zahl(Object wert) {
        if (wert instanceof BigDecimal b) {
            return b;
        }
        if (wert instanceof Number n) {
            return new BigDecimal(n.toString());
        }
        if (wert instanceof String s) {
            try {
                return new BigDecimal(s.trim());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    /** A form-js date-time: with offset (utc_offset, utc_normalized) or without (local time at the authority's seat). */
    public static OffsetDateTime datumZeit(String text) {
        try {
            return OffsetDateTime.parse(text);
        } catch (DateTimeParseException e) {
            return LocalDateTime.parse(text).atZone(java.time.ZoneId.of("Europe/Berlin")).toOffsetDateTime();
        }
    }
}
