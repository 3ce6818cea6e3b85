package de.leverkusen.vergabe.wertung;

import java.util.List;

/**
 * The published scoring sheet ("festgelegter Bewertungsbogen") of the DMS tender: weighted criteria on a
 * 0-10 point scale. The form {@code forms/bewertungsbogen.form} shows the same criteria.
 */
public record Kriterienkatalog(List<Kriterium> kriterien, int punkteMin, int punkteMax) {

    public static final Kriterienkatalog DMS = new Kriterienkatalog(List.of(
            new Kriterium("K1", "Schriftgutverwaltung und E-Akte", 25),
            new Kriterium("K2", "Workflow und Vorgangsbearbeitung", 20),
            new Kriterium("K3", "Scannen, Posteingang und Suche", 15),
            new Kriterium("K4", "Schnittstellen, Betrieb bei der ivl, Datenschutz", 20),
            new Kriterium("K5", "Präsentation und Live-Demo", 20)), 0, 10);

    /** Shortest justification accepted for a score: "at least a sentence". */
    public static final int MINDESTLAENGE_BEGRUENDUNG = 20;

    public Punkteskala skala() {
        return new Punkteskala(punkteMin, punkteMax);
    }
}
