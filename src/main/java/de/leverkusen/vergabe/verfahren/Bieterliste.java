package de.leverkusen.vergabe.verfahren;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The bidders of the start form as text, one line per bidder: {@code Name; E-Mail-Adresse}. A text area instead of
 * a form-js dynamic list, because Tasklist 7.24 keeps "Start" disabled after typing into a dynamic-list row.
 */
public final class Bieterliste {

    public static final String FELD = "bieter";
    private static final Pattern EMAIL = Pattern.compile("[^@\\s;]+@[^@\\s;]+\\.[^@\\s;]+");

    private Bieterliste() {
    }

    /** Reads the lines; blank lines are skipped, every other line must be a bidder. */
    public static List<Vergabeantrag.Bieter> lesen(String text) {
        return lesen(FELD, text, "Bieter");
    }

    /** The same list under another field, e.g. the candidates of a participation competition ("Bewerber"). */
    public static List<Vergabeantrag.Bieter> lesen(String feld, String text, String wer) {
        Zeilen zeilen = Zeilen.lesen(feld, text, ';', "„Name; E-Mail-Adresse“");
        List<Vergabeantrag.Bieter> bieter = new ArrayList<>();
        Set<String> namen = new HashSet<>();
        for (Zeilen.Zeile zeile : zeilen.zeilen()) {
            String name = zeile.links();
            String email = zeile.rechts();
            if (name.length() < 2 || name.length() > 200) {
                throw zeilen.fehler(zeile, "der Name muss 2 bis 200 Zeichen haben");
            }
            if (!EMAIL.matcher(email).matches() || email.length() > 200) {
                throw zeilen.fehler(zeile, "'" + email + "' ist keine E-Mail-Adresse");
            }
            if (!namen.add(name)) {
                throw zeilen.fehler(zeile, "der " + wer + " " + name + " steht schon in einer früheren Zeile");
            }
            bieter.add(new Vergabeantrag.Bieter(name, email));
        }
        if (bieter.isEmpty()) {
            throw new Eingabefehler(feld, "mindestens ein " + wer + " erforderlich (je Zeile: Name; E-Mail-Adresse)");
        }
        return bieter;
    }

    /** The text the start form expects, e.g. for the demo procedure. */
    public static String text(List<Vergabeantrag.Bieter> bieter) {
        return bieter.stream().map(b -> b.name() + "; " + b.email()).collect(Collectors.joining("\n"));
    }
}
