package de.leverkusen.vergabe.verfahren;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The prices of the opened offers as the first opener types them in the opening form: one line per bidder,
 * {@code Bieter: 389.500,00}. The form prints the bidders' names; the opener adds each price in German notation
 * (thousands dot optional, decimal comma). A text instead of a form-js dynamic list, because Tasklist 7.24 keeps
 * "Complete" disabled after typing into a dynamic-list row, and because a form-js number field reads "389.500,00"
 * as 389.5 without a word.
 */
public final class Angebotspreise {

    public static final String FELD = "angebotspreise";

    private Angebotspreise() {
    }

    /** The form's pre-filled text: each bidder's name followed by a colon. */
    public static String vordruck(List<String> bieter) {
        return bieter.stream().map(b -> b + ": ").collect(Collectors.joining("\n"));
    }

    /** Reads one price per expected bidder; unknown, repeated, missing or malformed lines are refused. */
    public static Map<String, BigDecimal> lesen(String text, List<String> bieter) {
        Zeilen zeilen = Zeilen.lesen(FELD, text, ':', "„Bieter: Preis“");
        Map<String, BigDecimal> preise = new LinkedHashMap<>();
        for (Zeilen.Zeile zeile : zeilen.zeilen()) {
            String name = zeile.links();
            if (!bieter.contains(name)) {
                throw zeilen.fehler(zeile, "unbekannter Bieter '" + name + "', erwartet: " + String.join(", ", bieter));
            }
            if (preise.containsKey(name)) {
                throw zeilen.fehler(zeile, "für " + name + " steht schon ein Preis in einer früheren Zeile");
            }
            if (zeile.rechts().isEmpty()) {
                throw zeilen.fehler(zeile, "Angebotspreis von " + name + " fehlt");
            }
            BigDecimal preis = betrag(zeile.rechts());
            if (preis == null) {
                throw zeilen.fehler(zeile, "'" + zeile.rechts() + "' ist kein Betrag in Euro (Beispiel: 389.500,00 oder 389500,00)");
            }
            if (preis.signum() <= 0) {
                throw zeilen.fehler(zeile, "Angebotspreis von " + name + " muss größer als 0 sein");
            }
            preise.put(name, preis);
        }
        List<String> ohnePreis = bieter.stream().filter(b -> !preise.containsKey(b)).toList();
        if (!ohnePreis.isEmpty()) {
            throw new Eingabefehler(FELD, "Angebotspreis fehlt für: " + String.join(", ", ohnePreis));
        }
        return preise;
    }

    /** A euro amount in German notation, or null. */
    static BigDecimal betrag(String text) {
        return Betrag.deutsch(text);
    }
}
