package de.leverkusen.vergabe.konfiguration;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
public class Zeitkonfiguration {

    /** Deadlines are counted at the authority's seat (Leverkusen, North Rhine-Westphalia). */
    public static final ZoneId SITZ_DER_BEHOERDE = ZoneId.of("Europe/Berlin");

    @Bean
    public Clock clock() {
        return Clock.system(SITZ_DER_BEHOERDE);
    }
}
