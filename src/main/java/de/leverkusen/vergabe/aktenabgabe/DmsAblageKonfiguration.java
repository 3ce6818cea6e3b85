package de.leverkusen.vergabe.aktenabgabe;

import java.nio.file.Path;
import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Delivery of the Vergabeakte to the DMS drop folder, when {@code vergabe.dms.ablage.aktiv=true}: a scheduled worker
 ({@link DmsAblage#zustellen}, every {@code vergabe.dms.ablage.intervall}; not in a user's request) delivers every hand-over recorded by the end of a procedure.
 */
@Configuration
@EnableScheduling
@ConditionalOnProperty(name = "vergabe.dms.ablage.aktiv", havingValue = "true")
public class DmsAblageKonfiguration {

    @Bean
    public DmsAblage dmsAblage(AktenabgabeRepository abgaben, AktenabgabeService service, PlatformTransactionManager transaktionen,
                               Clock clock, DmsEinstellungen einstellungen) {
        DmsEinstellungen.Ablage ablage = einstellungen.ablage();
        if (ablage.verzeichnis().isBlank()) {
            throw new IllegalStateException("vergabe.dms.ablage.aktiv=true verlangt vergabe.dms.ablage.verzeichnis (Ablageverzeichnis des DMS)");
        }
        return new DmsAblage(abgaben, service, transaktionen, clock, Path.of(ablage.verzeichnis()), ablage.sperrdauer(), ablage.wartezeit());
    }
}
