package de.leverkusen.vergabe.ivl;

import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Runs the ivl worker inside the application (default; {@code vergabe.ivl.worker.enabled=false} turns it off, e.g.
 * when it runs as a process of its own). Starts once the application is ready, i.e. after the engine user of the
 * worker exists and the REST API listens, and talks to the application's own /engine-rest over HTTP like any
 * external worker.
 */
@Component
@ConditionalOnProperty(name = "vergabe.ivl.worker.enabled", havingValue = "true", matchIfMissing = true)
public class IvlWorkerStarter {

    private static final Logger LOG = LoggerFactory.getLogger(IvlWorkerStarter.class);

    private final IvlEigenschaften eigenschaften;
    private final Environment umgebung;
    private IvlWorker worker;

    public IvlWorkerStarter(IvlEigenschaften eigenschaften, Environment umgebung) {
        this.eigenschaften = eigenschaften;
        this.umgebung = umgebung;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(20)
    public synchronized void starten() {
        String engineRest = eigenschaften.worker().engineRestUrl();
        if (engineRest == null || engineRest.isBlank()) {
            String port = umgebung.getProperty("local.server.port", umgebung.getProperty("server.port", "8080"));
            engineRest = "http://localhost:" + port + "/engine-rest";
        }
        worker = IvlWorker.starten(engineRest, eigenschaften);
        LOG.info("ivl-Worker gestartet: {} -> {}", engineRest, eigenschaften.url());
    }

    @PreDestroy
    public synchronized void anhalten() {
        if (worker != null) {
            worker.close();
            worker = null;
        }
    }
}
