package de.leverkusen.vergabe.lizenz.ivl;

import static de.leverkusen.vergabe.modelle.DmsVergabeProzess.*;

import java.util.function.Consumer;
import org.camunda.bpm.client.ExternalTaskClient;
import org.camunda.bpm.client.interceptor.auth.BasicAuthProvider;
import org.camunda.bpm.client.task.ExternalTask;

/**
 * The worker of the topic ivl-lizenzbestellung, built on the official external task client: fetches through the
 * engine REST API as the technical user (HTTP Basic, external tasks only) and hands each order to
 * {@link LizenzbestellungHandler}. Runs inside the application ({@link IvlWorkerStarter}) or on its own
 * ({@link IvlWorkerAnwendung}).
 */
public final class IvlWorker implements AutoCloseable {

    private final ExternalTaskClient client;

    private IvlWorker(ExternalTaskClient client) {
        this.client = client;
    }

    public static IvlWorker starten(String engineRestUrl, IvlEigenschaften eigenschaften) {
        return starten(engineRestUrl, eigenschaften, task -> { });
    }

    static IvlWorker starten(String engineRestUrl, IvlEigenschaften e, Consumer<ExternalTask> nachDemSenden) {
        e.pruefen();
        IvlEigenschaften.Worker w = e.worker();
        ExternalTaskClient client = ExternalTaskClient.create()
                .baseUrl(engineRestUrl)
                .workerId(w.benutzer() + "@" + rechnername())
                .addInterceptor(new BasicAuthProvider(w.benutzer(), w.passwort()))
                .maxTasks(1)
                .asyncResponseTimeout(w.abfragedauer().toMillis())
                .lockDuration(w.sperrdauer().toMillis())
                .disableBackoffStrategy()
                .build();
        LizenzbestellungHandler handler = new LizenzbestellungHandler(
                new IvlClient(e.url(), e.username(), e.password(), e.timeout()), w.wiederholungen(), nachDemSenden);
        client.subscribe(TOPIC_IVL_LIZENZBESTELLUNG)
                .lockDuration(w.sperrdauer().toMillis())
                .variables(BESTELLNUMMER, LIZENZBESTELLUNG)
                .handler(handler)
                .open();
        return new IvlWorker(client);
    }

    @Override
    public void close() {
        client.stop();
    }

    private static String rechnername() {
        try {
            return java.net.InetAddress.getLocalHost().getHostName();
        } catch (java.net.UnknownHostException e) {
            return "unbekannt";
        }
    }
}
