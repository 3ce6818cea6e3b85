package de.leverkusen.vergabe.web;

import de.leverkusen.vergabe.prozess.Variablen;
import de.leverkusen.vergabe.verfahren.Vergabe;
import de.leverkusen.vergabe.verfahren.VergabeRepository;
import de.leverkusen.vergabe.verfahren.VergabeService;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The Vergabestelle records that a review application (Nachprüfungsantrag) was served. This is the one thing it
 * may do to a running procedure besides its tasks, so it is an action of its own instead of a general right to
 * change process instances (which would also allow skipping the standstill by a modification).
 */
@RestController
public class NachpruefungController {

    private final IdentityService identity;
    private final RuntimeService runtime;
    private final VergabeRepository vergaben;
    private final VergabeService vergabeService;

    public NachpruefungController(IdentityService identity, RuntimeService runtime, VergabeRepository vergaben, VergabeService vergabeService) {
        this.identity = identity;
        this.runtime = runtime;
        this.vergaben = vergaben;
        this.vergabeService = vergabeService;
    }

    @PostMapping("/api/vergaben/{businessKey}/nachpruefungsantrag")
    public ResponseEntity<Map<String, String>> antragZugestellt(@PathVariable String businessKey) {
        Authentication angemeldet = identity.getCurrentAuthentication();
        if (angemeldet == null || !(angemeldet.getGroupIds().contains("vergabestelle") || angemeldet.getGroupIds().contains("camunda-admin"))) {
            return ResponseEntity.status(HttpStatus.FORBIDDEN).body(Map.of("fehler", "nur die Vergabestelle erfasst Nachprüfungsanträge"));
        }
        Vergabe vergabe = vergaben.findByBusinessKey(businessKey).orElse(null);
        if (vergabe == null) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("fehler", "kein Vergabeverfahren " + businessKey));
        }
        // correlated by the procedure, not with the user's rights on process instances (which it does not have)
        identity.clearAuthentication();
        try {
            runtime.createMessageCorrelation(Variablen.MESSAGE_NACHPRUEFUNGSANTRAG).processInstanceBusinessKey(businessKey).correlateWithResult();
        } catch (MismatchingMessageCorrelationException e) {
            return ResponseEntity.status(HttpStatus.CONFLICT)
                    .body(Map.of("fehler", "Verfahren " + businessKey + " ist nicht in der Wartefrist nach § 134 GWB"));
        } finally {
            identity.setAuthentication(angemeldet);
        }
        vergabeService.vermerk(vergabe.getId(), angemeldet.getUserId(), "Nachprüfung",
                "Nachprüfungsantrag zugestellt; Zuschlag bis zur Entscheidung der Vergabekammer untersagt (§ 169 Abs. 1 GWB)");
        return ResponseEntity.noContent().build();
    }
}
