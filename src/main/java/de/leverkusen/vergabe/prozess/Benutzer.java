package de.leverkusen.vergabe.prozess;

import de.leverkusen.vergabe.verfahren.Eingabefehler;
import de.leverkusen.vergabe.verfahren.Rollen;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ProcessEngineServices;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.identity.Authentication;

/** Who did a step: the logged-in user (Tasklist, authenticated REST) or else the task's assignee. */
public final class Benutzer {

    private Benutzer() {
    }

    public static String aktuell(ProcessEngineServices services) {
        Authentication auth = services.getIdentityService().getCurrentAuthentication();
        return auth == null ? null : auth.getUserId();
    }

    /**
     * Whether the person is a member of the Vergabestelle: from the login's groups, or else (a step through the Java
     * API, e.g. a test) from the engine's identity service.
     */
    public static boolean vergabestelle(ProcessEngineServices services, String benutzer) {
        Authentication auth = services.getIdentityService().getCurrentAuthentication();
        if (auth != null && benutzer.equals(auth.getUserId()) && auth.getGroupIds() != null) {
            return auth.getGroupIds().contains(Rollen.VERGABESTELLE.gruppe());
        }
        return services.getIdentityService().createGroupQuery().groupMember(benutzer).groupId(Rollen.VERGABESTELLE.gruppe()).count() > 0;
    }

    public static String bearbeiter(DelegateTask task) {
        String angemeldet = aktuell(task.getProcessEngineServices());
        return angemeldet != null ? angemeldet : task.getAssignee();
    }

    /** The person completing the task; a task nobody took over cannot be a step of the four-eyes principle. */
    public static String bearbeiter(DelegateTask task, String feld) {
        String benutzer = bearbeiter(task);
        if (benutzer == null) {
            throw new Eingabefehler(feld, "die Aufgabe muss vor dem Abschluss von einer Person übernommen werden (Vier-Augen-Prinzip)");
        }
        return benutzer;
    }

    /**
     * The first of two persons may not do the second step: their rights on the task are revoked (also the
     * candidate group's, which they hold as a member), so Tasklist does not offer it to them.
     */
    public static void ausschliessen(DelegateTask task, String erstoeffner) {
        if (erstoeffner == null) {
            return;
        }
        AuthorizationService rechte = task.getProcessEngineServices().getAuthorizationService();
        Authorization entzug = rechte.createNewAuthorization(Authorization.AUTH_TYPE_REVOKE);
        entzug.setUserId(erstoeffner);
        entzug.setResource(Resources.TASK);
        entzug.setResourceId(task.getId());
        entzug.removePermission(Permissions.ALL);
        // deleted with the task by the engine, as every authorization of a task
        rechte.saveAuthorization(entzug);
    }
}
