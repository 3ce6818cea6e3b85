package de.leverkusen.vergabe.lizenz;

/**
 * Defaults of a new order (configurable, see docs/schnittstellen.md): the letter of intent it refers to, the licence quantity, which
 * is also the upper bound (the city's 1,900 screen workplaces), the cost centre and the days from the award to the
 * requested delivery.
 */
public record Lizenzvorgaben(String loiReferenz, int obergrenze, String kostenstelle, int lieferfristTage) {

    public Lizenzvorgaben {
        if (obergrenze < 1) {
            throw new IllegalArgumentException("Obergrenze der Lizenzen muss mindestens 1 sein: " + obergrenze);
        }
    }
}
