package de.leverkusen.vergabe.lizenz.prozess;

import de.leverkusen.vergabe.lizenz.ivl.IvlEigenschaften;
import de.leverkusen.vergabe.verfahren.Rollen;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The ivl worker's technical user may fetch the licence order (external task) of exactly the procedures whose order was
 * placed: READ and UPDATE on that process instance, granted when the award is recorded. The engine knows no narrower
 * right for external tasks; what else UPDATE would allow (variables, jobs, suspension) the worker's user is refused by
 * the engine plugin (prozess.integritaet.Modellschutz). ivl's own users (group ivl) get no right on any instance: they
 * read and confirm their order through the application's API ({@code /api/ivl/bestellungen/...}).
 * Called from a delegate, which acts for the procedure (see DelegataufrufPlugin), not with the rights of the user
 * who completed the award.
 */
@Component
public class IvlZugriff {


    private final AuthorizationService authorizations;
    private final String workerBenutzer;

    public IvlZugriff(AuthorizationService authorizations, IvlEigenschaften ivl) {
        this.authorizations = authorizations;
        this.workerBenutzer = ivl.worker().benutzer();
    }

    public void freigeben(String processInstanceId) {
        Authorization a = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        a.setUserId(workerBenutzer);
        a.setResource(Resources.PROCESS_INSTANCE);
        a.setResourceId(processInstanceId);
        a.addPermission(Permissions.READ);
        a.addPermission(Permissions.UPDATE);
        authorizations.saveAuthorization(a);
    }

    /**
     * Earlier versions granted READ/UPDATE on the ordered procedures' instances to the whole group ivl: moved to the
     * worker's user on start, so that ivl's people keep no right on any instance.
     */
    @EventListener(ApplicationReadyEvent.class)
    @Order(3)
    public void gruppenrechteUmstellen() {
        List<Authorization> alt = authorizations.createAuthorizationQuery().groupIdIn(Rollen.IVL.gruppe())
                .resourceType(Resources.PROCESS_INSTANCE).authorizationType(Authorization.AUTH_TYPE_GRANT).list();
        for (Authorization a : alt) {
            if (!Authorization.ANY.equals(a.getResourceId())
                    && authorizations.createAuthorizationQuery().userIdIn(workerBenutzer).resourceType(Resources.PROCESS_INSTANCE)
                    .resourceId(a.getResourceId()).count() == 0) {
                freigeben(a.getResourceId());
            }
            authorizations.deleteAuthorization(a.getId());
        }
    }
}
