package de.leverkusen.vergabe.konfiguration;

import de.leverkusen.vergabe.dokumente.EformsSchema;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Work done once per process that would otherwise fall on the first user who needs it: the eForms schema (a few
 * hundred KB of UBL, compiled in about a second) is compiled in the background once the application is up, not in the
 * click "Vergabebekanntmachung veröffentlichen" that validates the first notice. Lazy as before where this has not
 * finished yet; the start-up does not wait for it.
 */
@Component
public class Vorbereitung {

    private static final Logger LOG = LoggerFactory.getLogger(Vorbereitung.class);

    @EventListener(ApplicationReadyEvent.class)
    public void vorbereiten() {
        Thread t = new Thread(() -> {
            try {
                EformsSchema.vorbereiten();
            } catch (RuntimeException e) {
                // the notice's own validation reports it again, to the user who needs it
                LOG.warn("eForms-Schema nicht vorbereitet: {}", e.toString());
            }
        }, "vorbereitung-eforms-schema");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        t.start();
    }
}
