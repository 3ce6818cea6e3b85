package de.leverkusen.vergabe.aktenabgabe;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * The engine's user operation log of a procedure (every process instance with its business key): who claimed,
 * completed, changed or intervened, when. Read for the procedure, not with the caller's rights, like the
 * {@code AktenLeser}: who may have the file is decided before.
 */
@Component
public class Bedienprotokoll {

    public record Eintrag(OffsetDateTime zeitpunkt, String benutzer, String vorgang, String objekt, String eigenschaft, String alt,
                          String neu, String bemerkung) {
    }

    private final HistoryService history;
    private final IdentityService identity;
    private final Clock clock;

    public Bedienprotokoll(HistoryService history, IdentityService identity, Clock clock) {
        this.history = history;
        this.identity = identity;
        this.clock = clock;
    }

    public List<Eintrag> lesen(String businessKey) {
        Authentication angemeldet = identity.getCurrentAuthentication();
        identity.clearAuthentication();
        try {
            List<Eintrag> eintraege = new ArrayList<>();
            for (HistoricProcessInstance pi : history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(businessKey).list()) {
                for (UserOperationLogEntry e : history.createUserOperationLogQuery().processInstanceId(pi.getId()).list()) {
                    eintraege.add(new Eintrag(OffsetDateTime.ofInstant(e.getTimestamp().toInstant(), clock.getZone()), e.getUserId(),
                            e.getOperationType(), e.getEntityType(), e.getProperty(), e.getOrgValue(), e.getNewValue(), e.getAnnotation()));
                }
            }
            eintraege.sort(Comparator.comparing(Eintrag::zeitpunkt));
            return eintraege;
        } finally {
            if (angemeldet != null) {
                identity.setAuthentication(angemeldet);
            }
        }
    }
}
