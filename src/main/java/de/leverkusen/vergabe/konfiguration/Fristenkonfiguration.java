package de.leverkusen.vergabe.konfiguration;

import de.leverkusen.vergabe.fristen.Feiertagskalender;
import de.leverkusen.vergabe.fristen.Fristenrechner;
import de.leverkusen.vergabe.fristen.Fristeneinstellungen;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
public class Fristenkonfiguration {

    /** Public holidays of the state of the authority's seat move VgV deadlines (Leverkusen: North Rhine-Westphalia). */
    @Bean
    public Fristenrechner fristenrechner(Fristeneinstellungen einstellungen) {
        return new Fristenrechner(Feiertagskalender.fuer(einstellungen.bundesland()));
    }
}
