package de.leverkusen.vergabe.prozess;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.stereotype.Component;

/**
 * ivl may fetch the licence order (external task) and confirm it (message) of exactly the procedures whose order
 * was placed: READ and UPDATE on that process instance, granted when the award is recorded. Called from a delegate,
 * which acts for the procedure (see FormularPruefungPlugin), not with the rights of the user who completed the award.
 */
@Component
public class IvlZugriff {

    static final String GRUPPE_IVL = "ivl";

    private final AuthorizationService authorizations;

    public IvlZugriff(AuthorizationService authorizations) {
        this.authorizations = authorizations;
    }

    public void freigeben(String processInstanceId) {
        Authorization a = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        a.setGroupId(GRUPPE_IVL);
        a.setResource(Resources.PROCESS_INSTANCE);
        a.setResourceId(processInstanceId);
        a.addPermission(Permissions.READ);
        a.addPermission(Permissions.UPDATE);
        authorizations.saveAuthorization(a);
    }
}
