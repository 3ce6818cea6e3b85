package de.leverkusen.vergabe.konfiguration;

import de.leverkusen.vergabe.modelle.BewertungsbogenProzess;
import de.leverkusen.vergabe.modelle.DmsVergabeProzess;
import de.leverkusen.vergabe.verfahren.Rollen;
import java.util.Map;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Creates, once and idempotently, the groups of the roles and a Tasklist filter per role, so that every user
 * finds their tasks at once after logging in, grouped by procedure.
 */
@Component
public class Einrichtung {

    private final IdentityService identity;
    private final FilterService filter;
    private final TaskService tasks;

    public Einrichtung(IdentityService identity, FilterService filter, TaskService tasks) {
        this.identity = identity;
        this.filter = filter;
        this.tasks = tasks;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(1)
    public void einrichten() {
        for (Rollen rolle : Rollen.alle()) {
            if (identity.createGroupQuery().groupId(rolle.gruppe()).count() == 0) {
                Group g = identity.newGroup(rolle.gruppe());
                g.setName(rolle.anzeigename());
                g.setType(rolle.typ());
                identity.saveGroup(g);
            }
        }
        filterAnlegen("Meine Aufgaben", -10, "Aufgaben, die mir zugewiesen sind",
                tasks.createTaskQuery().taskAssigneeExpression("${currentUser()}"));
        filterAnlegen("Vergabestelle", 10, "Aufgaben der Vergabestelle",
                tasks.createTaskQuery().taskCandidateGroup(Rollen.VERGABESTELLE.gruppe()).includeAssignedTasks());
        filterAnlegen("Bewertungskommission", 20, "Erklärungen und Bewertungsbögen der angemeldeten Bewerterin oder des Bewerters",
                tasks.createTaskQuery().taskAssigneeExpression("${currentUser()}").processDefinitionKeyIn(DmsVergabeProzess.SCHLUESSEL, BewertungsbogenProzess.SCHLUESSEL));
        filterAnlegen("Projektleitung", 30, "Freigaben und Eskalationen der Projektleitung",
                tasks.createTaskQuery().taskCandidateGroup(Rollen.PROJEKTLEITUNG.gruppe()).includeAssignedTasks());
        filterAnlegen("Ratsbüro", 40, "Ratsbefassung",
                tasks.createTaskQuery().taskCandidateGroup(Rollen.RATSBUERO.gruppe()).includeAssignedTasks());
    }

    /**
     * Each filter lists its tasks by name, and so by procedure (every task's name begins with its file number, see
     * prozess.Aufgabenname), and within a name by due date. A filter of an earlier start without any order gets it too.
     */
    private void filterAnlegen(String name, int prioritaet, String beschreibung, TaskQuery query) {
        query.orderByTaskName().asc().orderByDueDate().asc();
        Filter vorhanden = filter.createFilterQuery().filterName(name).singleResult();
        if (vorhanden != null) {
            // only a filter without any order (one of an earlier start); an order operations chose stays
            if (((TaskQueryImpl) vorhanden.getQuery()).getOrderingProperties().isEmpty()) {
                vorhanden.setQuery(query);
                filter.saveFilter(vorhanden);
            }
            return;
        }
        Filter f = filter.newTaskFilter(name);
        f.setQuery(query);
        f.setProperties(Map.of("priority", prioritaet, "description", beschreibung, "refresh", true));
        filter.saveFilter(f);
    }
}
