package de.leverkusen.vergabe.konfiguration;

import de.leverkusen.vergabe.lizenz.Lizenzvorgaben;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
public class Lizenzkonfiguration {

    /** Defaults of a new licence order; the quantity (1,900 screen workplaces in the city's report) is also its upper bound. */
    @Bean
    public Lizenzvorgaben lizenzvorgaben(@Value("${vergabe.lizenz.loi-referenz:LoI DMS Stadt Leverkusen / ivl}") String loiReferenz,
                                         @Value("${vergabe.lizenz.anzahl:1900}") int anzahl,
                                         @Value("${vergabe.lizenz.kostenstelle:040100}") String kostenstelle,
                                         @Value("${vergabe.lizenz.lieferfrist-tage:30}") int lieferfristTage) {
        return new Lizenzvorgaben(loiReferenz, anzahl, kostenstelle, lieferfristTage);
    }
}
