package de.leverkusen.vergabe.verfahren.web;

import de.leverkusen.vergabe.dokumente.DokumentRepository;
import de.leverkusen.vergabe.dokumente.DokumentService;
import de.leverkusen.vergabe.dokumente.Dokumentart;
import de.leverkusen.vergabe.modelle.DmsVergabeProzess;
import de.leverkusen.vergabe.verfahren.Aufgabentitel;
import de.leverkusen.vergabe.verfahren.Meilensteine;
import de.leverkusen.vergabe.verfahren.Rollen;
import de.leverkusen.vergabe.verfahren.Vergabe;
import de.leverkusen.vergabe.verfahren.VergabeRepository;
import de.leverkusen.vergabe.web.Abweisung;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The state of every running procedure at a glance, for the Cockpit plugin of the Projektleitung
 * ({@code app/cockpit/scripts/vergabe-uebersicht.js}): milestones, who holds the open steps, the next legal date,
 * complaints and review applications, links to the documents. Read by the Vergabestelle, the Projektleitung and
 * operations (HTTP Basic or the webapps' session, see {@code SitzungOderBasicAuthentifizierung}); evaluators, the
 * council office and ivl get 403. Like the document API it shows no prices and no scoring sheet: it carries no
 * amount and no points at all, only stages, dates, task names and the document list the caller may read.
 */
@RestController
public class VerfahrensuebersichtController {

    static final Set<String> GRUPPEN = Set.of(Rollen.VERGABESTELLE.gruppe(), Rollen.PROJEKTLEITUNG.gruppe(), Rollen.ADMIN.gruppe());

    public record Schritt(String aufgabe, String bei, String bearbeiter, List<String> gruppen, LocalDate faellig, boolean ueberfaellig) {
    }

    public record Dokumentlink(String name, String status, String url) {
    }

    public record Verfahren(String aktenzeichen, String titel, String prozessInstanz, String status, String stand,
                            List<Meilensteine.Stand> meilensteine, Meilensteine.Frist naechsteFrist, List<Schritt> offeneSchritte,
                            int offeneRuegen, boolean nachpruefungAnhaengig, String dokumentliste, List<Dokumentlink> dokumente) {
    }

    private final IdentityService identity;
    private final TaskService tasks;
    private final HistoryService historie;
    private final VergabeRepository vergaben;
    private final DokumentRepository gespeichert;
    private final DokumentService dokumente;
    private final Clock clock;

    public VerfahrensuebersichtController(IdentityService identity, TaskService tasks, HistoryService historie, VergabeRepository vergaben,
                                          DokumentRepository gespeichert, DokumentService dokumente, Clock clock) {
        this.identity = identity;
        this.tasks = tasks;
        this.historie = historie;
        this.vergaben = vergaben;
        this.gespeichert = gespeichert;
        this.dokumente = dokumente;
        this.clock = clock;
    }

    /** Every running procedure, or the one named (running or not). */
    @GetMapping(value = "/api/vergaben/uebersicht", produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<?> uebersicht(@RequestParam(name = "aktenzeichen", required = false) String aktenzeichen) {
        Authentication angemeldet = identity.getCurrentAuthentication();
        Set<String> gruppen = angemeldet == null || angemeldet.getGroupIds() == null ? Set.of() : new HashSet<>(angemeldet.getGroupIds());
        if (gruppen.stream().noneMatch(GRUPPEN::contains)) {
            throw new Abweisung(HttpStatus.FORBIDDEN, "Verfahrensübersicht: nur für Vergabestelle, Projektleitung und Betrieb");
        }
        List<Vergabe> liste = aktenzeichen == null
                ? vergaben.findByStatusNotInOrderByBusinessKey(List.of(Vergabe.Status.AUFGEHOBEN, Vergabe.Status.ABGESCHLOSSEN))
                : vergaben.findByBusinessKey(aktenzeichen).map(List::of).orElse(List.of());
        ZonedDateTime jetzt = ZonedDateTime.now(clock);
        List<Verfahren> verfahren = new ArrayList<>();
        // tasks of evaluators and other groups: the overview decides who reads it (above), not the caller's task rights
        identity.clearAuthentication();
        try {
            for (Vergabe v : liste) {
                verfahren.add(verfahren(v, gruppen, jetzt));
            }
        } finally {
            identity.setAuthentication(angemeldet);
        }
        Map<String, Object> antwort = new LinkedHashMap<>();
        antwort.put("stand", jetzt.toOffsetDateTime());
        antwort.put("verfahren", verfahren);
        return ResponseEntity.ok(antwort);
    }

    private Verfahren verfahren(Vergabe v, Set<String> gruppen, ZonedDateTime jetzt) {
        String key = v.getBusinessKey();
        boolean bekanntgemacht = gespeichert.existsByVergabeIdAndName(v.getId(), Dokumentart.VERGABEBEKANNTMACHUNG.dateiname());
        List<Task> offen = tasks.createTaskQuery().processInstanceBusinessKey(key).orderByTaskCreateTime().asc().list();
        List<Schritt> schritte = new ArrayList<>();
        for (Task t : offen) {
            schritte.add(schritt(t, key, jetzt));
        }
        schritte.sort(Comparator.comparing(Schritt::faellig, Comparator.nullsLast(Comparator.naturalOrder())));
        int ruegen = (int) offen.stream().filter(t -> DmsVergabeProzess.ELEMENT_RUEGE_BEANTWORTEN.equals(t.getTaskDefinitionKey())).count();
        String instanz = Optional.ofNullable(historie.createHistoricProcessInstanceQuery().processInstanceBusinessKey(key)
                .processDefinitionKey(DmsVergabeProzess.SCHLUESSEL).singleResult()).map(HistoricProcessInstance::getId).orElse(null);
        String basis = "/api/vergaben/" + key + "/dokumente";
        List<Dokumentlink> links = dokumente.liste(v, gruppen).stream()
                .map(e -> new Dokumentlink(e.name(), e.status(), basis + "/" + e.name())).toList();
        return new Verfahren(key, v.getTitel(), instanz, v.getStatus().name(), v.getStatus().text(),
                Meilensteine.linie(v, bekanntgemacht, jetzt.toLocalDate()), Meilensteine.naechsteFrist(v, bekanntgemacht, jetzt),
                schritte, ruegen, v.isNachpruefungAnhaengig(), basis, links);
    }

    /** Who holds an open step: its assignee (by name), else the groups it is offered to. */
    private Schritt schritt(Task t, String aktenzeichen, ZonedDateTime jetzt) {
        List<String> gruppen = tasks.getIdentityLinksForTask(t.getId()).stream()
                .filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType()) && l.getGroupId() != null)
                .map(IdentityLink::getGroupId).map(VerfahrensuebersichtController::gruppenname).toList();
        String bei;
        if (t.getAssignee() != null) {
            User u = identity.createUserQuery().userId(t.getAssignee()).singleResult();
            bei = u == null ? t.getAssignee() : (u.getFirstName() + " " + u.getLastName()).strip();
        } else {
            bei = gruppen.isEmpty() ? "niemand zugewiesen" : String.join(", ", gruppen);
        }
        LocalDate faellig = null;
        if (t.getDueDate() != null) {
            // a due date at 00:00 is the end of the day before (the models set deadlines so): show that day
            ZonedDateTime f = t.getDueDate().toInstant().atZone(jetzt.getZone());
            faellig = f.toLocalTime().equals(java.time.LocalTime.MIDNIGHT) ? f.toLocalDate().minusDays(1) : f.toLocalDate();
        }
        boolean ueberfaellig = t.getDueDate() != null && t.getDueDate().toInstant().isBefore(jetzt.toInstant());
        // the row names the procedure already; its tasks' names begin with it (prozess.Aufgabenname)
        return new Schritt(Aufgabentitel.ohne(aktenzeichen, t.getName()), bei, t.getAssignee(), gruppen, faellig, ueberfaellig);
    }

    private static String gruppenname(String gruppe) {
        return Rollen.alle().stream().filter(r -> r.gruppe().equals(gruppe)).map(Rollen::anzeigename).findFirst().orElse(gruppe);
    }
}
