package de.leverkusen.vergabe.web;

import de.leverkusen.vergabe.prozess.Variablen;
import de.leverkusen.vergabe.verfahren.Vergabe;
import de.leverkusen.vergabe.verfahren.VergabeRepository;
import de.leverkusen.vergabe.verfahren.VergabeService;
import de.leverkusen.vergabe.verfahren.Verfahrensfehler;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
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
    private final TransactionTemplate transaktion;

    public NachpruefungController(IdentityService identity, RuntimeService runtime, VergabeRepository vergaben, VergabeService vergabeService,
                                  PlatformTransactionManager transaktionen) {
        this.identity = identity;
        this.runtime = runtime;
        this.vergaben = vergaben;
        this.vergabeService = vergabeService;
        this.transaktion = new TransactionTemplate(transaktionen);
    }

    public record Ruege(String bieter, String inhalt) {
    }

    /**
     * A bidder's complaint (Rüge, § 160 Abs. 3 GWB) between the § 134 information and the award: recorded in the
     * running record and answered by the Vergabestelle in a task. It does not stop the award.
     */
    @PostMapping("/api/vergaben/{businessKey}/ruege")
    public ResponseEntity<Map<String, String>> ruege(@PathVariable String businessKey, @RequestBody Ruege ruege) {
        Authentication angemeldet = identity.getCurrentAuthentication();
        if (!vergabestelle(angemeldet)) {
            return ResponseEntity.status(HttpStatus.FORBIDDEN).body(Map.of("fehler", "nur die Vergabestelle erfasst Rügen"));
        }
        Vergabe vergabe = vergaben.findByBusinessKey(businessKey).orElse(null);
        if (vergabe == null) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("fehler", "kein Vergabeverfahren " + businessKey));
        }
        if (ruege == null || ruege.bieter() == null || vergabeService.angebote(vergabe.getId()).stream()
                .noneMatch(a -> a.getBieterName().equals(ruege.bieter()))) {
            return ResponseEntity.badRequest().body(Map.of("fehler", "Feld 'bieter': kein Bieter dieses Verfahrens"));
        }
        if (ruege.inhalt() == null || ruege.inhalt().strip().length() < 10 || ruege.inhalt().length() > 8000
                || ruege.inhalt().matches("(?s).*(<[A-Za-z/!?]|[$#]\\{).*")) {
            return ResponseEntity.badRequest().body(Map.of("fehler", "Feld 'inhalt': 10 bis 8000 Zeichen Text ohne Auszeichnungen oder Ausdrücke"));
        }
        // record and correlate in one transaction: without a waiting procedure nothing is recorded
        return transaktion.execute(status -> {
            vergabeService.vermerk(vergabe.getId(), angemeldet.getUserId(), "Rüge", "Rüge von " + ruege.bieter() + ": " + ruege.inhalt().strip());
            identity.clearAuthentication();
            try {
                runtime.createMessageCorrelation(Variablen.MESSAGE_RUEGE).processInstanceBusinessKey(businessKey).correlateWithResult();
                return ResponseEntity.<Map<String, String>>noContent().build();
            } catch (MismatchingMessageCorrelationException e) {
                status.setRollbackOnly();
                return ResponseEntity.status(HttpStatus.CONFLICT).body(Map.of("fehler",
                        "Verfahren " + businessKey + " ist nicht zwischen der Information nach § 134 GWB und dem Zuschlag"));
            } finally {
                identity.setAuthentication(angemeldet);
            }
        });
    }

    @PostMapping("/api/vergaben/{businessKey}/nachpruefungsantrag")
    public ResponseEntity<Map<String, String>> antragZugestellt(@PathVariable String businessKey) {
        Authentication angemeldet = identity.getCurrentAuthentication();
        if (!vergabestelle(angemeldet)) {
            return ResponseEntity.status(HttpStatus.FORBIDDEN).body(Map.of("fehler", "nur die Vergabestelle erfasst Nachprüfungsanträge"));
        }
        Vergabe vergabe = vergaben.findByBusinessKey(businessKey).orElse(null);
        if (vergabe == null) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("fehler", "kein Vergabeverfahren " + businessKey));
        }
        // the Vergabeakte records the pending review (the award checks it there), and the procedure is told, in one
        // transaction; correlated by the procedure, not with the user's rights on process instances (which it does not have)
        return transaktion.execute(status -> {
            try {
                vergabeService.nachpruefungsantrag(vergabe.getId(), angemeldet.getUserId());
            } catch (Verfahrensfehler e) {
                status.setRollbackOnly();
                return ResponseEntity.status(HttpStatus.CONFLICT).body(Map.of("fehler", e.getMessage()));
            }
            identity.clearAuthentication();
            try {
                runtime.createMessageCorrelation(Variablen.MESSAGE_NACHPRUEFUNGSANTRAG).processInstanceBusinessKey(businessKey).correlateWithResult();
                return ResponseEntity.<Map<String, String>>noContent().build();
            } catch (MismatchingMessageCorrelationException e) {
                status.setRollbackOnly();
                return ResponseEntity.status(HttpStatus.CONFLICT)
                        .body(Map.of("fehler", "Verfahren " + businessKey + " ist nicht in der Wartefrist nach § 134 GWB"));
            } finally {
                identity.setAuthentication(angemeldet);
            }
        });
    }

    /** Review applications and complaints are recorded by the Vergabestelle (or operations). */
    private static boolean vergabestelle(Authentication angemeldet) {
        return angemeldet != null
                && (angemeldet.getGroupIds().contains("vergabestelle") || angemeldet.getGroupIds().contains("camunda-admin"));
    }
}
