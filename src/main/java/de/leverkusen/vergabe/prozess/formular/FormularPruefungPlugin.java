package de.leverkusen.vergabe.prozess.formular;

import de.leverkusen.vergabe.verfahren.Eingabefehler;
import de.leverkusen.vergabe.verfahren.Verfahrensfehler;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.delegate.DefaultDelegateInterceptor;
import org.camunda.bpm.engine.impl.delegate.DelegateInvocation;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;

import java.util.ArrayList;

/**
 * Server-side validation for every form of every model, without touching the models:
 * <ul>
 *   <li>each user task with a {@code camunda:formRef} gets a complete listener that checks its form's rules, as a
 *       built-in listener so that it runs before the model's own listeners (which read and may remove the values);</li>
 *   <li>each start event with a start form gets the same check when the process starts;</li>
 *   <li>a domain {@link Eingabefehler} thrown by a delegate or listener (a rule across fields, e.g. the four-eyes
 *       principle) becomes a {@link FormFieldValidationException}, which the REST API answers with 400;</li>
 *   <li>that exception leaves the engine unwrapped, whatever listener threw it;</li>
 *   <li>a completion or start takes only the fields of its form, variables are written through no other door
 *       ({@link Eingabeschutz}).</li>
 * </ul>
 */
@Component
public class FormularPruefungPlugin extends AbstractProcessEnginePlugin {

    /** The "field" a refused step names: the procedure's stage, no input of the form. */
    static final String VERFAHRENSSTUFE = "verfahrensstufe";

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
        // The engine wraps exceptions of task listeners (ENGINE-03051); unwrap ours so that callers, and the REST API's
        // mapping of FormFieldValidationException to 400 and AuthorizationException to 403, see the error itself. Runs outside the transaction,
        // which has been rolled back by then.
        if (configuration.getCustomPreCommandInterceptorsTxRequired() == null) {
            configuration.setCustomPreCommandInterceptorsTxRequired(new ArrayList<>());
        }
        configuration.getCustomPreCommandInterceptorsTxRequired().add(new CommandInterceptor() {
            @Override
            public <T> T execute(Command<T> command) {
                try {
                    return next.execute(command);
                } catch (ProcessEngineException e) {
                    for (Throwable ursache = e; ursache != null; ursache = ursache.getCause()) {
                        if (ursache instanceof FormFieldValidationException validierung) {
                            throw validierung;
                        }
                        if (ursache instanceof AuthorizationException verweigert) {
                            throw verweigert;
                        }
                    }
                    throw e;
                }
            }
        });
        // only what the forms let a person enter, and no variables through any other door (see Eingabeschutz)
        configuration.getCustomPreCommandInterceptorsTxRequired().add(new Eingabeschutz(katalog, configuration));
        // Delegates and listeners act for the procedure, not for the user who completed the task: the engine calls
        // they make (reading the forms of the deployment, the committee's group, granting ivl its order) are not
        // subject to that user's authorizations. Who did a step is still known from the authentication.
        configuration.setDelegateInterceptor(new DefaultDelegateInterceptor() {
            @Override
            public void handleInvocation(DelegateInvocation invocation) throws Exception {
                try {
                    Context.getCommandContext().runWithoutAuthorization(() -> {
                        super.handleInvocation(invocation);
                        return null;
                    });
                } catch (Eingabefehler e) {
                    throw new FormFieldValidationException(e.feld(), e.getMessage());
                } catch (Verfahrensfehler e) {
                    // a step the procedure's stage does not allow: 400 through REST (task and start form endpoints map
                    // only this exception to Bad Request), the task stays open
                    throw new FormFieldValidationException(VERFAHRENSSTUFE, e.getMessage());
                }
            }
        });
    }
}
