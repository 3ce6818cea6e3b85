package de.leverkusen.vergabe.prozess;

import static de.leverkusen.vergabe.modelle.GemeinsameVariablen.*;

import java.util.ArrayList;
import java.util.Set;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Attaches {@link Prozessbindung}'s listeners while the engine parses a model: to the start of every process and to
 * every multi-instance activity whose element is an offer, a sheet or an evaluator; and {@link Aufgabenname} to the
 * creation of every user task. Being added by the parser, they run
 * for every model version and cannot be left out of a model.
 */
@Component
public class BindungsPlugin extends AbstractProcessEnginePlugin {

    private static final Set<String> GEBUNDENE_ELEMENTE = Set.of(ANGEBOT_ID, BEWERTUNGSBOGEN_ID, BEWERTER, TEILNAHMEANTRAG_ID);

    private final ObjectProvider<Prozessbindung> bindung;
    private final ObjectProvider<Aufgabenname> aufgabenname;

    public BindungsPlugin(ObjectProvider<Prozessbindung> bindung, ObjectProvider<Aufgabenname> aufgabenname) {
        this.bindung = bindung;
        this.aufgabenname = aufgabenname;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getCustomPreBPMNParseListeners() == null) {
            configuration.setCustomPreBPMNParseListeners(new ArrayList<>());
        }
        configuration.getCustomPreBPMNParseListeners().add(new AbstractBpmnParseListener() {
            @Override
            public void parseProcess(Element processElement, ProcessDefinitionEntity processDefinition) {
                processDefinition.addListener(ExecutionListener.EVENTNAME_START,
                        (ExecutionListener) execution -> bindung.getObject().aufgerufenGestartet(execution));
            }

            @Override
            public void parseCallActivity(Element element, ScopeImpl scope, ActivityImpl activity) {
                elementBinden(element, activity);
            }

            @Override
            public void parseSubProcess(Element element, ScopeImpl scope, ActivityImpl activity) {
                elementBinden(element, activity);
            }

            @Override
            public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
                elementBinden(element, activity);
                ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition().addBuiltInTaskListener(
                        TaskListener.EVENTNAME_CREATE, (TaskListener) task -> aufgabenname.getObject().notify(task));
            }
        });
    }

    private void elementBinden(Element element, ActivityImpl activity) {
        Element mehrfach = element.element("multiInstanceLoopCharacteristics");
        String elementVariable = mehrfach == null ? null : mehrfach.attributeNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "elementVariable");
        if (elementVariable != null && GEBUNDENE_ELEMENTE.contains(elementVariable)) {
            activity.addListener(ExecutionListener.EVENTNAME_START,
                    (ExecutionListener) execution -> bindung.getObject().elementGestartet(execution, elementVariable));
        }
    }
}
