package de.leverkusen.vergabe.verfahren;

/**
 * Input that breaks a rule of the procedure. Names the field (the form's key) and the rule, in German,
 * because the message reaches the user who typed the value.
 */
public class Eingabefehler extends RuntimeException {

    private final String feld;

    public Eingabefehler(String feld, String regel) {
        super("Feld '" + feld + "': " + regel);
        this.feld = feld;
    }

    public String feld() {
        return feld;
    }
}
