package de.leverkusen.vergabe.konfiguration;

import de.leverkusen.vergabe.modelle.DmsVergabeProzess;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * On an empty database, starts the DMS tender of the city's report as the negotiated procedure with a participation
 * competition it was, so Tasklist shows real tasks at once (the participation period of 2021 is over: the requests
 * wait to be opened).
 */
@Component
@ConditionalOnProperty(name = "vergabe.demo.verfahren-starten", havingValue = "true")
public class DemoVerfahren {

    private static final Logger LOG = LoggerFactory.getLogger(DemoVerfahren.class);

    private final RuntimeService runtime;
    private final HistoryService history;

    public DemoVerfahren(RuntimeService runtime, HistoryService history) {
        this.runtime = runtime;
        this.history = history;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(4)
    public void starten() {
        if (history.createHistoricProcessInstanceQuery().processDefinitionKey(DmsVergabeProzess.SCHLUESSEL).count() > 0) {
            return;
        }
        runtime.startProcessInstanceByKey(DmsVergabeProzess.SCHLUESSEL, Demoausschreibung.BUSINESS_KEY, Demoausschreibung.verhandlungsverfahren());
        LOG.info("Demo: Vergabeverfahren {} gestartet (Ausschreibung DMS der Stadt Leverkusen, Verhandlungsverfahren mit Teilnahmewettbewerb)",
                Demoausschreibung.BUSINESS_KEY);
    }
}
