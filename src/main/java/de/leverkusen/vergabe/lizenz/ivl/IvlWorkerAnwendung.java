package de.leverkusen.vergabe.lizenz.ivl;

import java.util.concurrent.CountDownLatch;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.StandardEnvironment;

/**
 * The ivl worker as a process of its own, without engine or web server: the same properties as in the application,
 * from environment variables or system properties ({@code VERGABE_IVL_URL}, {@code VERGABE_IVL_USERNAME},
 * {@code VERGABE_IVL_PASSWORD}, {@code VERGABE_IVL_WORKER_PASSWORT}, {@code VERGABE_IVL_WORKER_ENGINE_REST_URL}, ...).
 * Runs until it is stopped (SIGTERM); see docs/schnittstellen.md, "Schnittstelle zur ivl".
 */
public final class IvlWorkerAnwendung {

    private IvlWorkerAnwendung() {
    }

    public static void main(String[] args) throws InterruptedException {
        IvlEigenschaften eigenschaften = Binder.get(new StandardEnvironment())
                .bindOrCreate("vergabe.ivl", Bindable.of(IvlEigenschaften.class));
        String engineRest = eigenschaften.worker().engineRestUrl();
        if (engineRest == null || engineRest.isBlank()) {
            throw new IllegalStateException("ivl-Worker: vergabe.ivl.worker.engine-rest-url ist nicht gesetzt "
                    + "(z. B. VERGABE_IVL_WORKER_ENGINE_REST_URL=https://vergabe.example/engine-rest)");
        }
        CountDownLatch ende = new CountDownLatch(1);
        IvlWorker worker = IvlWorker.starten(engineRest, eigenschaften);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            worker.close();
            ende.countDown();
        }, "ivl-worker-ende"));
        System.out.println("ivl-Worker läuft: " + engineRest + " -> " + eigenschaften.url());
        ende.await();
    }
}
