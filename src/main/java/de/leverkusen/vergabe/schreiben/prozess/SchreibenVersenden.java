package de.leverkusen.vergabe.schreiben.prozess;

import de.leverkusen.vergabe.schreiben.PostausgangService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The asynchronous send tasks (asyncBefore, retry cycle {@code postausgangWiederholungen}): sends the outbox rows
 * this process instance wrote. A refusal of the mail server fails the job: retries, then an incident naming the
 * recipient and the error; a retry after the cause is fixed sends what is still pending.
 */
@Component("schreibenVersenden")
public class SchreibenVersenden implements JavaDelegate {

    private final PostausgangService postausgang;

    public SchreibenVersenden(PostausgangService postausgang) {
        this.postausgang = postausgang;
    }

    @Override
    public void execute(DelegateExecution execution) {
        postausgang.versenden(execution.getProcessInstanceId());
    }
}
