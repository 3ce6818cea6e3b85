package de.leverkusen.vergabe.verfahren;

import java.util.ArrayList;
import java.util.List;

/** A text area read as lines "left<separator>right"; blank lines are skipped, errors name field and line. */
record Zeilen(String feld, List<Zeile> zeilen) {

    record Zeile(int nummer, String text, String links, String rechts) {
    }

    static Zeilen lesen(String feld, String text, char trenner, String format) {
        List<Zeile> zeilen = new ArrayList<>();
        String[] roh = text == null ? new String[0] : text.split("\\R");
        for (int i = 0; i < roh.length; i++) {
            String zeile = roh[i].strip();
            if (zeile.isEmpty()) {
                continue;
            }
            // the last separator: names may contain it, e-mail addresses and amounts do not
            int stelle = zeile.lastIndexOf(trenner);
            if (stelle < 0) {
                throw new Eingabefehler(feld, "Zeile " + (i + 1) + " („" + zeile + "“): " + format + " erwartet");
            }
            zeilen.add(new Zeile(i + 1, zeile, zeile.substring(0, stelle).strip(), zeile.substring(stelle + 1).strip()));
        }
        return new Zeilen(feld, zeilen);
    }

    Eingabefehler fehler(Zeile zeile, String regel) {
        return new Eingabefehler(feld, "Zeile " + zeile.nummer() + " („" + zeile.text() + "“): " + regel);
    }
}
