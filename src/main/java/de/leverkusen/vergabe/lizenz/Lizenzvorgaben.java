package de.leverkusen.vergabe.lizenz;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Defaults of a new licence order ({@code vergabe.lizenz.*}, see docs/schnittstellen.md).
 *
 * @param loiReferenz     the letter of intent the order refers to
 * @param anzahl          the licence quantity, also its upper bound (the city's 1,900 screen workplaces)
 * @param kostenstelle    the cost centre
 * @param lieferfristTage days from the award to the requested delivery
 */
@ConfigurationProperties("vergabe.lizenz")
public record Lizenzvorgaben(@DefaultValue("LoI DMS Stadt Leverkusen / ivl") String loiReferenz, @DefaultValue("1900") int anzahl,
                             @DefaultValue("040100") String kostenstelle, @DefaultValue("30") int lieferfristTage) {

    public Lizenzvorgaben {
        if (anzahl < 1) {
            throw new IllegalArgumentException("vergabe.lizenz.anzahl muss mindestens 1 sein: " + anzahl);
        }
    }
}
