package de.leverkusen.vergabe.dokumente.prozess;

import de.leverkusen.vergabe.dokumente.Prozessverlauf;
import de.leverkusen.vergabe.modelle.AngebotspruefungProzess;
import de.leverkusen.vergabe.modelle.BewertungsbogenProzess;
import de.leverkusen.vergabe.modelle.DmsVergabeProzess;
import de.leverkusen.vergabe.modelle.RatsbefassungProzess;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/** The documents' {@link Prozessverlauf} from Camunda's history service, read without the caller's authorizations. */
@Component
public class Engineverlauf implements Prozessverlauf {

    /** Activity types that are steps worth a line in the audit trail (no gateways, no scopes). */
    private static final Set<String> SCHRITTE = Set.of("startEvent", "messageStartEvent", "timerStartEvent", "noneEndEvent",
            "endEvent", "terminateEndEvent", "userTask", "serviceTask", "sendTask", "businessRuleTask", "callActivity",
            "intermediateTimer", "intermediateMessageCatch", "boundaryTimer", "boundaryMessage", "boundaryError",
            "receiveTask", "externalTask");

    private static final Map<String, String> PROZESSE = Map.of(DmsVergabeProzess.SCHLUESSEL, "Vergabe",
            AngebotspruefungProzess.SCHLUESSEL, "Angebotsprüfung", BewertungsbogenProzess.SCHLUESSEL, "Bewertungsbogen",
            RatsbefassungProzess.SCHLUESSEL, "Ratsbefassung");

    private final HistoryService history;
    private final IdentityService identity;
    private final Clock clock;

    public Engineverlauf(HistoryService history, IdentityService identity, Clock clock) {
        this.history = history;
        this.identity = identity;
        this.clock = clock;
    }

    @Override
    public List<Schritt> schritte(String businessKey) {
        return fuerDasVerfahren(() -> {
            List<Schritt> schritte = new ArrayList<>();
            // task names are evaluated (e.g. "Präsentation protokollieren: <bidder>"), activity names are not
            Map<String, HistoricTaskInstance> aufgaben = new HashMap<>();
            history.createHistoricTaskInstanceQuery().processInstanceBusinessKey(businessKey).list().forEach(t -> aufgaben.put(t.getId(), t));
            for (HistoricProcessInstance pi : instanzen(businessKey)) {
                String prozess = PROZESSE.getOrDefault(pi.getProcessDefinitionKey(), pi.getProcessDefinitionKey());
                for (HistoricActivityInstance a : history.createHistoricActivityInstanceQuery().processInstanceId(pi.getId()).list()) {
                    if (!SCHRITTE.contains(a.getActivityType())) {
                        continue;
                    }
                    HistoricTaskInstance aufgabe = a.getTaskId() == null ? null : aufgaben.get(a.getTaskId());
                    String name = aufgabe != null && aufgabe.getName() != null ? aufgabe.getName()
                            : a.getActivityName() != null ? a.getActivityName() : a.getActivityId();
                    String benutzer = aufgabe != null && aufgabe.getAssignee() != null ? aufgabe.getAssignee() : a.getAssignee();
                    schritte.add(new Schritt(zeit(a.getStartTime()), zeit(a.getEndTime()), prozess,
                            a.isCanceled() ? name + " (abgebrochen)" : name, a.getActivityType(), benutzer, a.getActivityId()));
                }
            }
            return schritte;
        });
    }

    @Override
    public Map<String, Object> werte(String businessKey, Set<String> namen) {
        return fuerDasVerfahren(() -> {
            Map<String, Object> werte = new HashMap<>();
            String[] ids = ids(businessKey);
            if (ids.length > 0) {
                for (HistoricVariableInstance v : history.createHistoricVariableInstanceQuery().processInstanceIdIn(ids)
                        .variableNameIn(namen.toArray(String[]::new)).list()) {
                    if (v.getValue() != null) {
                        werte.put(v.getName(), v.getValue());
                    }
                }
            }
            return werte;
        });
    }

    @Override
    public List<Aenderung> aenderungen(String businessKey, String praefix) {
        return fuerDasVerfahren(() -> {
            String[] ids = ids(businessKey);
            if (ids.length == 0) {
                return List.of();
            }
            return history.createHistoricDetailQuery().variableUpdates().processInstanceIdIn(ids).variableNameLike(praefix + "%").list()
                    .stream().map(HistoricVariableUpdate.class::cast)
                    .map(u -> new Aenderung(u.getVariableName(), u.getValue(), zeit(u.getTime()))).toList();
        });
    }

    @Override
    public List<Bedienung> bedienungen(String businessKey) {
        return fuerDasVerfahren(() -> {
            List<Bedienung> eintraege = new ArrayList<>();
            for (HistoricProcessInstance pi : instanzen(businessKey)) {
                for (UserOperationLogEntry e : history.createUserOperationLogQuery().processInstanceId(pi.getId()).list()) {
                    eintraege.add(new Bedienung(zeit(e.getTimestamp()), e.getUserId(), e.getOperationType(), e.getEntityType(),
                            e.getProperty(), e.getOrgValue(), e.getNewValue(), e.getAnnotation()));
                }
            }
            eintraege.sort(Comparator.comparing(Bedienung::zeitpunkt));
            return eintraege;
        });
    }

    private List<HistoricProcessInstance> instanzen(String businessKey) {
        return history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(businessKey).list();
    }

    private String[] ids(String businessKey) {
        return instanzen(businessKey).stream().map(HistoricProcessInstance::getId).toArray(String[]::new);
    }

    /** The procedure's history regardless of the caller's rights (the Ratsbüro may read no history at all). */
    private <T> T fuerDasVerfahren(Supplier<T> lesen) {
        Authentication angemeldet = identity.getCurrentAuthentication();
        identity.clearAuthentication();
        try {
            return lesen.get();
        } finally {
            if (angemeldet != null) {
                identity.setAuthentication(angemeldet);
            }
        }
    }

    private OffsetDateTime zeit(Date datum) {
        return datum == null ? null : OffsetDateTime.ofInstant(datum.toInstant(), clock.getZone());
    }
}
