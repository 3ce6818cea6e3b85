package de.leverkusen.vergabe.konfiguration;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
public class Zeitkonfiguration {

    /** Deadlines are counted at the authority's seat (Leverkusen, North Rhine-Westphalia). */
    public static final ZoneId SITZ_DER_BEHOERDE = ZoneId.of("Europe/Berlin");

    /**
     * The procedure's clock is the engine's clock: timers and the checks of the domain (earliest award date,
     * dispatch times) agree on what "now" is, also when a test moves the engine's time forward.
     */
    @Bean
    public Clock clock() {
        return new EngineUhr(SITZ_DER_BEHOERDE);
    }

    static final class EngineUhr extends Clock {
        private final ZoneId zone;

        EngineUhr(ZoneId zone) {
            this.zone = zone;
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId andere) {
            return new EngineUhr(andere);
        }

        @Override
        public Instant instant() {
            return ClockUtil.now().toInstant();
        }
    }
}
