package de.leverkusen.vergabe.lizenz.ivl;

import static de.leverkusen.vergabe.modelle.DmsVergabeProzess.*;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.camunda.bpm.client.task.ExternalTask;
import org.camunda.bpm.client.task.ExternalTaskHandler;
import org.camunda.bpm.client.task.ExternalTaskService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Handles one licence order (topic ivl-lizenzbestellung): sends the JSON prepared by the process with the order
 * number as idempotency key, then
 * <ul>
 *   <li>accepted (2xx) or received before (409): complete;</li>
 *   <li>refused for its content (4xx): BPMN error IVL_BESTELLUNG_ABGELEHNT with ivl's message (variable ivlAblehnung),
 *       the order goes back to the Vergabestelle;</li>
 *   <li>timeout, unreachable, 5xx: handleFailure with the next retry after the configured wait; after the last retry
 *       the engine raises an incident with the reason; setting retries (Cockpit) sends again with the same key.</li>
 * </ul>
 * A crash between sending and completing leaves the task locked; when the lock expires another fetch sends again
 * with the same key and ivl answers 409 (or 200), which completes the task: one order per order number.
 */
public class LizenzbestellungHandler implements ExternalTaskHandler {

    private static final Logger LOG = LoggerFactory.getLogger(LizenzbestellungHandler.class);

    private final IvlClient ivl;
    private final List<Duration> wiederholungen;
    private final Consumer<ExternalTask> nachDemSenden;

    public LizenzbestellungHandler(IvlClient ivl, List<Duration> wiederholungen) {
        this(ivl, wiederholungen, task -> { });
    }

    /** With a hook between sending and reporting the result (tests simulate a crash there). */
    LizenzbestellungHandler(IvlClient ivl, List<Duration> wiederholungen, Consumer<ExternalTask> nachDemSenden) {
        this.ivl = ivl;
        this.wiederholungen = List.copyOf(wiederholungen);
        this.nachDemSenden = nachDemSenden;
    }

    @Override
    public void execute(ExternalTask task, ExternalTaskService service) {
        String bestellnummer = task.getVariable(BESTELLNUMMER);
        String auftrag = task.getVariable(LIZENZBESTELLUNG);
        IvlClient.Antwort antwort = ivl.senden(bestellnummer, auftrag);
        nachDemSenden.accept(task);
        switch (antwort.art()) {
            case ANGENOMMEN, BEREITS_EINGEGANGEN -> {
                LOG.info("Lizenzbestellung {} von der ivl angenommen (HTTP {})", bestellnummer, antwort.status());
                service.complete(task);
            }
            case ABGELEHNT -> {
                LOG.info("Lizenzbestellung {} von der ivl abgelehnt (HTTP {}): {}", bestellnummer, antwort.status(), antwort.meldung());
                service.handleBpmnError(task, ERROR_IVL_BESTELLUNG_ABGELEHNT, antwort.meldung(), Map.of(IVL_ABLEHNUNG, antwort.meldung()));
            }
            case VORUEBERGEHEND -> fehlgeschlagen(task, service, bestellnummer, antwort.meldung());
        }
    }

    private void fehlgeschlagen(ExternalTask task, ExternalTaskService service, String bestellnummer, String grund) {
        int verbleibend = verbleibend(task.getRetries());
        long warten = verbleibend == 0 ? 0 : wiederholungen.get(wiederholungen.size() - verbleibend).toMillis();
        LOG.warn("Lizenzbestellung {} nicht übermittelt ({}), noch {} Versuche", bestellnummer, grund, verbleibend);
        service.handleFailure(task, "Lizenzbestellung " + bestellnummer + " nicht übermittelt: " + grund,
                "Idempotency-Key " + bestellnummer + "; noch " + verbleibend + " automatische Wiederholungen", verbleibend, warten);
    }

    /** Retries left after this failure: the configured number on the first failure, then one less each time. */
    int verbleibend(Integer bisher) {
        int rest = bisher == null ? wiederholungen.size() : bisher - 1;
        return Math.max(0, Math.min(rest, wiederholungen.size()));
    }
}
