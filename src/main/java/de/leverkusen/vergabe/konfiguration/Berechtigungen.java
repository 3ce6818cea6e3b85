package de.leverkusen.vergabe.konfiguration;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import de.leverkusen.vergabe.modelle.AngebotspruefungProzess;
import de.leverkusen.vergabe.modelle.BewertungsbogenProzess;
import de.leverkusen.vergabe.modelle.DmsVergabeProzess;
import de.leverkusen.vergabe.modelle.RatsbefassungProzess;
import de.leverkusen.vergabe.modelle.TeilnahmewettbewerbProzess;
import de.leverkusen.vergabe.verfahren.Rollen;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The authorizations of the roles, created idempotently on start-up: what each role needs and no more.
 * Tasks need no entry here: the engine grants the assignee and the candidate group of a task their rights on
 * that task when it is created, so an evaluator sees exactly the tasks assigned to them.
 * Process instance data (variables, history) of the scoring sheets ({@code bewertungsbogen}) is granted to nobody
 * but the admins: a sheet is read by its evaluator through the task, and by everybody else only as the ranking.
 */
@Component
public class Berechtigungen {

    record Recht(Rollen rolle, Resource ressource, String ressourceId, List<Permission> rechte) {
    }

    private final AuthorizationService authorizations;
    private final FilterService filter;

    public Berechtigungen(AuthorizationService authorizations, FilterService filter) {
        this.authorizations = authorizations;
        this.filter = filter;
    }

    static List<Recht> rechte() {
        List<Recht> r = new ArrayList<>();
        for (Resources ressource : Resources.values()) {
            r.add(new Recht(Rollen.ADMIN, ressource, ANY, List.of(Permissions.ALL)));
        }
        for (Rollen rolle : List.of(Rollen.VERGABESTELLE, Rollen.BEWERTUNGSKOMMISSION, Rollen.PROJEKTLEITUNG, Rollen.RATSBUERO)) {
            r.add(new Recht(rolle, Resources.APPLICATION, "tasklist", List.of(Permissions.ACCESS)));
        }
        // Vergabestelle: starts the procedure, works its tasks, reads its procedures (not the sheets' instances);
        // no right to change instances (a review application is recorded through NachpruefungController)
        r.add(new Recht(Rollen.VERGABESTELLE, Resources.PROCESS_DEFINITION, DmsVergabeProzess.SCHLUESSEL, List.of(
                ProcessDefinitionPermissions.READ, ProcessDefinitionPermissions.CREATE_INSTANCE, ProcessDefinitionPermissions.READ_INSTANCE,
                ProcessDefinitionPermissions.READ_HISTORY)));
        r.add(new Recht(Rollen.VERGABESTELLE, Resources.PROCESS_INSTANCE, ANY, List.of(Permissions.CREATE)));
        for (String key : List.of(AngebotspruefungProzess.SCHLUESSEL, RatsbefassungProzess.SCHLUESSEL, TeilnahmewettbewerbProzess.SCHLUESSEL)) {
            r.add(new Recht(Rollen.VERGABESTELLE, Resources.PROCESS_DEFINITION, key, List.of(
                    ProcessDefinitionPermissions.READ, ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.READ_HISTORY)));
        }
        r.add(new Recht(Rollen.VERGABESTELLE, Resources.PROCESS_DEFINITION, BewertungsbogenProzess.SCHLUESSEL, List.of(ProcessDefinitionPermissions.READ)));
        // Bewertungskommission: the definitions their tasks belong to (name, form), nothing of any instance
        for (String key : List.of(DmsVergabeProzess.SCHLUESSEL, BewertungsbogenProzess.SCHLUESSEL)) {
            r.add(new Recht(Rollen.BEWERTUNGSKOMMISSION, Resources.PROCESS_DEFINITION, key, List.of(ProcessDefinitionPermissions.READ)));
        }
        // Projektleitung: follows every procedure in Cockpit (its user tasks too: READ_TASK, reading only; no
        // UPDATE_TASK, TASK_ASSIGN or instance changes), works its approval tasks
        r.add(new Recht(Rollen.PROJEKTLEITUNG, Resources.APPLICATION, "cockpit", List.of(Permissions.ACCESS)));
        for (String key : List.of(DmsVergabeProzess.SCHLUESSEL, AngebotspruefungProzess.SCHLUESSEL, RatsbefassungProzess.SCHLUESSEL,
                TeilnahmewettbewerbProzess.SCHLUESSEL)) {
            r.add(new Recht(Rollen.PROJEKTLEITUNG, Resources.PROCESS_DEFINITION, key, List.of(
                    ProcessDefinitionPermissions.READ, ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.READ_HISTORY,
                    ProcessDefinitionPermissions.READ_TASK)));
        }
        r.add(new Recht(Rollen.PROJEKTLEITUNG, Resources.PROCESS_DEFINITION, BewertungsbogenProzess.SCHLUESSEL, List.of(ProcessDefinitionPermissions.READ)));
        r.add(new Recht(Rollen.PROJEKTLEITUNG, Resources.DECISION_DEFINITION, ANY, List.of(Permissions.READ)));
        // Ratsbüro: the council tasks
        for (String key : List.of(DmsVergabeProzess.SCHLUESSEL, RatsbefassungProzess.SCHLUESSEL)) {
            r.add(new Recht(Rollen.RATSBUERO, Resources.PROCESS_DEFINITION, key, List.of(ProcessDefinitionPermissions.READ)));
        }
        // ivl: the definition only; the licence order's process instance is granted when the order is placed
        r.add(new Recht(Rollen.IVL, Resources.PROCESS_DEFINITION, DmsVergabeProzess.SCHLUESSEL, List.of(ProcessDefinitionPermissions.READ)));
        return r;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(2)
    public void anlegen() {
        for (Recht recht : rechte()) {
            gewaehren(recht.rolle().gruppe(), recht.ressource(), recht.ressourceId(), recht.rechte());
        }
        // each role reads its own Tasklist filter and "Meine Aufgaben"
        gewaehreFilter("Meine Aufgaben", Rollen.VERGABESTELLE, Rollen.BEWERTUNGSKOMMISSION, Rollen.PROJEKTLEITUNG, Rollen.RATSBUERO);
        gewaehreFilter("Vergabestelle", Rollen.VERGABESTELLE);
        gewaehreFilter("Bewertungskommission", Rollen.BEWERTUNGSKOMMISSION);
        gewaehreFilter("Projektleitung", Rollen.PROJEKTLEITUNG);
        gewaehreFilter("Ratsbüro", Rollen.RATSBUERO);
    }

    private void gewaehreFilter(String name, Rollen... rollen) {
        Filter f = filter.createFilterQuery().filterName(name).singleResult();
        for (Rollen rolle : rollen) {
            gewaehren(rolle.gruppe(), Resources.FILTER, f.getId(), List.of(Permissions.READ));
        }
    }

    private void gewaehren(String gruppe, Resource ressource, String ressourceId, List<Permission> rechte) {
        Authorization a = authorizations.createAuthorizationQuery().groupIdIn(gruppe).resourceType(ressource)
                .resourceId(ressourceId).authorizationType(AUTH_TYPE_GRANT).singleResult();
        if (a == null) {
            a = authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
            a.setGroupId(gruppe);
            a.setResource(ressource);
            a.setResourceId(ressourceId);
        } else if (rechte.stream().allMatch(a::isPermissionGranted)) {
            return;
        }
        rechte.forEach(a::addPermission);
        authorizations.saveAuthorization(a);
    }
}
