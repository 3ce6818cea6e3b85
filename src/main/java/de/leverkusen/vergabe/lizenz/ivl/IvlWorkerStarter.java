package de.leverkusen.vergabe.lizenz.ivl;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Runs the ivl worker inside the application (default; {@code vergabe.ivl.worker.enabled=false} turns it off, e.g.
 * when it runs as a process of its own). Starts once the application is ready, i.e. after the engine user of the
 * worker exists and the REST API listens, and talks to the application's own /engine-rest over HTTP like any
 * external worker.
 * <p>
 * It stops first when the application shuts down (a {@link SmartLifecycle} in the highest phase, before the web
 * server's graceful shutdown and the engine): the worker waits for its current long poll and an order in flight,
 * then the server stops. Stopped later, it kept polling a server that no longer answered and logged errors.
 */
@Component
@ConditionalOnProperty(name = "vergabe.ivl.worker.enabled", havingValue = "true", matchIfMissing = true)
public class IvlWorkerStarter implements SmartLifecycle {

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
    public void beiBereitschaft() {
        start();
    }

    /** Not started with the context's lifecycle but once the application is ready (see above). */
    @Override
    public boolean isAutoStartup() {
        return false;
    }

    @Override
    public synchronized void start() {
        if (worker != null) {
            return;
        }
        String engineRest = eigenschaften.worker().engineRestUrl();
        if (engineRest == null || engineRest.isBlank()) {
            String port = umgebung.getProperty("local.server.port", umgebung.getProperty("server.port", "8080"));
            engineRest = "http://localhost:" + port + "/engine-rest";
        }
        worker = IvlWorker.starten(engineRest, eigenschaften);
        LOG.info("ivl-Worker gestartet: {} -> {}", engineRest, eigenschaften.url());
    }

    @Override
    public synchronized void stop() {
        if (worker != null) {
            worker.close();
            worker = null;
            LOG.info("ivl-Worker angehalten");
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return worker != null;
    }

    /** The highest phase stops first: before the web server (graceful shutdown) and the engine. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE;
    }
}
