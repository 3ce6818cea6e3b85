package de.leverkusen.vergabe.konfiguration;

import de.leverkusen.vergabe.fristen.Feiertagskalender;
import de.leverkusen.vergabe.fristen.Fristenrechner;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
public class Fristenkonfiguration {

    /** Public holidays of the state of the authority's seat move VgV deadlines (Leverkusen: North Rhine-Westphalia). */
    @Bean
    public Fristenrechner fristenrechner(@Value("${vergabe.fristen.bundesland:nw}") String bundesland) {
        return new Fristenrechner(Feiertagskalender.fuer(bundesland));
    }
}
