package de.leverkusen.vergabe.prozess;

import org.camunda.bpm.engine.ProcessEngineServices;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.identity.Authentication;

/** Who did a step: the logged-in user (Tasklist, authenticated REST) or else the task's assignee. */
final class Benutzer {

    private Benutzer() {
    }

    static String aktuell(ProcessEngineServices services) {
        Authentication auth = services.getIdentityService().getCurrentAuthentication();
        return auth == null ? null : auth.getUserId();
    }

    static String bearbeiter(DelegateTask task) {
        String angemeldet = aktuell(task.getProcessEngineServices());
        return angemeldet != null ? angemeldet : task.getAssignee();
    }
}
