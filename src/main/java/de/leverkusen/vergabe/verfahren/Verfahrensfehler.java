package de.leverkusen.vergabe.verfahren;

/**
 * A step that the procedure's stage does not allow (out of order, too early, by the wrong person, after the end).
 * The message says in German which step, why and what the procedure is waiting for; nothing is stored.
 */
public class Verfahrensfehler extends RuntimeException {

    public Verfahrensfehler(String meldung) {
        super(meldung);
    }
}
