package de.leverkusen.vergabe.prozess;

import de.leverkusen.vergabe.modelle.BewertungsbogenProzess;
import java.util.ArrayList;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;
import org.springframework.stereotype.Component;

/**
 * The engine's history without the variable details (ACT_HI_DETAIL) of the scoring sheets' process instances. A
 * sheet's instance receives its form fields once, with the evaluator's submission, and ends with it; with history
 * level full each of its 32 fields was written three times: as a runtime variable, as a historic variable instance
 * and as a detail with the same value and time. What stays: every value as a historic variable instance of the
 * sheet's process instance, who submitted it when in the task's history and the user operation log, and the sheet
 * itself in our tables (bewertungsbogen, bewertungspunkt, vermerk). No read of ours uses a sheet's details (the Akte
 * reads details of the review chamber's variables in the main process only). A quarter fewer rows in the sheet's
 * click (issue 21, docs/leistung.md); every other process keeps its details.
 */
@Component
public class BewertungsbogenVerlaufPlugin extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        // the engine's own database handler, as the default composite would add it first
        configuration.setEnableDefaultDbHistoryEventHandler(false);
        if (configuration.getCustomHistoryEventHandlers() == null) {
            configuration.setCustomHistoryEventHandlers(new ArrayList<>());
        }
        configuration.getCustomHistoryEventHandlers().add(0, new DbHistoryEventHandler() {
            @Override
            protected boolean shouldWriteHistoricDetail(HistoricVariableUpdateEventEntity event) {
                return !BewertungsbogenProzess.SCHLUESSEL.equals(event.getProcessDefinitionKey()) && super.shouldWriteHistoricDetail(event);
            }
        });
    }
}
