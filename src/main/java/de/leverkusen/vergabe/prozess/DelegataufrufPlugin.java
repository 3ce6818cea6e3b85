package de.leverkusen.vergabe.prozess;

import de.leverkusen.vergabe.verfahren.Eingabefehler;
import de.leverkusen.vergabe.verfahren.Verfahrensfehler;
import java.util.ArrayList;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.delegate.DefaultDelegateInterceptor;
import org.camunda.bpm.engine.impl.delegate.DelegateInvocation;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * How the engine calls our delegates and listeners:
 * <ul>
 *   <li>they act for the procedure, not with the rights of the user whose step triggered them;</li>
 *   <li>a refusal of the domain ({@link Eingabefehler}: a rule across fields, e.g. the four-eyes principle;
 *       {@link Verfahrensfehler}: a step the stage does not allow) becomes a {@link FormFieldValidationException},
 *       which the REST API answers with 400 and the task stays open;</li>
 *   <li>that exception, and an {@link AuthorizationException}, leave the engine unwrapped, whatever listener threw it.</li>
 * </ul>
 * Ordered before {@link de.leverkusen.vergabe.prozess.formular.FormularPruefungPlugin}, so that the unwrapping is the
 * outermost of the command interceptors.
 */
@Component
@Order(1)
public class DelegataufrufPlugin extends AbstractProcessEnginePlugin {

    /** The "field" a refused step names: the procedure's stage, no input of the form. */
    static final String VERFAHRENSSTUFE = "verfahrensstufe";

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
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
