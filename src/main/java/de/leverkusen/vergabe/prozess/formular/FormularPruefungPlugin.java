package de.leverkusen.vergabe.prozess.formular;

import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.util.ArrayList;

/**
 * Server-side validation for every form of every model, without touching the models:
 * <ul>
 *   <li>each user task with a {@code camunda:formRef} gets a complete listener that checks its form's rules, as a
 *       built-in listener so that it runs before the model's own listeners (which read and may remove the values);</li>
 *   <li>each start event with a start form gets the same check when the process starts;</li>
 *   <li>a completion or start takes only the fields of its form, variables are written through no other door
 *       ({@link Eingabeschutz}).</li>
 * </ul>
 * A domain refusal thrown by a delegate or listener becomes a 400 in {@link de.leverkusen.vergabe.prozess.DelegataufrufPlugin}.
 */
@Component
@Order(2)
public class FormularPruefungPlugin extends AbstractProcessEnginePlugin {

    private final Formularkatalog katalog = new Formularkatalog();

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getCustomPostBPMNParseListeners() == null) {
            configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
        }
        configuration.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {
            @Override
            public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
                String formId = element.attributeNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "formRef");
                if (formId != null) {
                    ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition()
                            .addBuiltInTaskListener(TaskListener.EVENTNAME_COMPLETE, new FormularPruefung(katalog, formId));
                }
            }

            @Override
            public void parseStartEvent(Element element, ScopeImpl scope, ActivityImpl activity) {
                String formId = element.attributeNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "formRef");
                if (formId != null) {
                    activity.addBuiltInListener(ExecutionListener.EVENTNAME_START, new FormularPruefung(katalog, formId));
                }
            }
        });
        if (configuration.getCustomPreCommandInterceptorsTxRequired() == null) {
            configuration.setCustomPreCommandInterceptorsTxRequired(new ArrayList<>());
        }
        // only what the forms let a person enter, and no variables through any other door (see Eingabeschutz)
        configuration.getCustomPreCommandInterceptorsTxRequired().add(new Eingabeschutz(katalog, configuration));
    }
}
