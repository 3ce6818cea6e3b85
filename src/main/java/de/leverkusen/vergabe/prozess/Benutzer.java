package de.leverkusen.vergabe.prozess;

import de.leverkusen.vergabe.konfiguration.Rollen;
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

    /**
     * Whether the person is a member of the Vergabestelle: from the login's groups, or else (a step through the Java
     * API, e.g. a test) from the engine's identity service.
     */
    static boolean vergabestelle(ProcessEngineServices services, String benutzer) {
        Authentication auth = services.getIdentityService().getCurrentAuthentication();
        if (auth != null && benutzer.equals(auth.getUserId()) && auth.getGroupIds() != null) {
            return auth.getGroupIds().contains(Rollen.VERGABESTELLE.gruppe());
        }
        return services.getIdentityService().createGroupQuery().groupMember(benutzer).groupId(Rollen.VERGABESTELLE.gruppe()).count() > 0;
    }

    static String bearbeiter(DelegateTask task) {
        String angemeldet = aktuell(task.getProcessEngineServices());
        return angemeldet != null ? angemeldet : task.getAssignee();
    }
}
