package de.leverkusen.vergabe.wertung;

import de.leverkusen.vergabe.verfahren.Eingabefehler;

/** The published point scale of the B-criteria (UfAB: 0-10; 0-5 with verbal anchors is common too). */
public record Punkteskala(int min, int max) {

    public static final Punkteskala NULL_BIS_ZEHN = new Punkteskala(0, 10);
    public static final Punkteskala NULL_BIS_FUENF = new Punkteskala(0, 5);

    public Punkteskala {
        if (min < 0 || max <= min) {
            throw new Eingabefehler("skala", "min >= 0 und max > min erforderlich, erhalten: "
                    + min + " bis " + max);
        }
    }

    public boolean enthaelt(Bruch punkte) {
        return punkte.compareTo(Bruch.von(min)) >= 0 && punkte.compareTo(Bruch.von(max)) <= 0;
    }
}
