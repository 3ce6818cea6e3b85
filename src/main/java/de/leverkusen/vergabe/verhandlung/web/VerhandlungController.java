package de.leverkusen.vergabe.verhandlung.web;

import de.leverkusen.vergabe.modelle.VerhandlungProzess;
import de.leverkusen.vergabe.schreiben.SchreibenService;
import de.leverkusen.vergabe.verfahren.Angebot;
import de.leverkusen.vergabe.verfahren.Eingabefehler;
import de.leverkusen.vergabe.verfahren.Rollen;
import de.leverkusen.vergabe.verfahren.Verfahrensfehler;
import de.leverkusen.vergabe.verfahren.Vergabe;
import de.leverkusen.vergabe.verfahren.VergabeRepository;
import de.leverkusen.vergabe.verfahren.VerhandlungService;
import de.leverkusen.vergabe.web.Abweisung;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * § 17 Abs. 13 VgV between the meetings of a round: a bidder's question is answered, and the answer goes to every
 * bidder still in the procedure. Recorded with its recipients; the letters go into the negotiation's outbox and leave by
 * its asynchronous send task ("Information an die Bieter versenden", retries, then an incident) once this is committed. After the call for final offers the domain refuses it (§ 17 Abs. 14 VgV: 400).
 */
@RestController
public class VerhandlungController {

    private final IdentityService identity;
    private final RuntimeService runtime;
    private final VergabeRepository vergaben;
    private final VerhandlungService verhandlungen;
    private final SchreibenService schreiben;
    private final TransactionTemplate transaktion;

    public VerhandlungController(IdentityService identity, RuntimeService runtime, VergabeRepository vergaben, VerhandlungService verhandlungen,
                                 SchreibenService schreiben, PlatformTransactionManager transaktionen) {
        this.identity = identity;
        this.runtime = runtime;
        this.vergaben = vergaben;
        this.verhandlungen = verhandlungen;
        this.schreiben = schreiben;
        this.transaktion = new TransactionTemplate(transaktionen);
    }

    public record Information(String anlass, String inhalt) {
    }

    @PostMapping("/api/vergaben/{businessKey}/verhandlung/informationen")
    public ResponseEntity<Map<String, Object>> informieren(@PathVariable String businessKey, @RequestBody Information information) {
        Authentication angemeldet = identity.getCurrentAuthentication();
        if (angemeldet == null || !angemeldet.getGroupIds().contains(Rollen.VERGABESTELLE.gruppe())) {
            throw new Abweisung(HttpStatus.FORBIDDEN, "nur die Vergabestelle informiert die Bieter");
        }
        Vergabe vergabe = vergaben.findByBusinessKey(businessKey)
                .orElseThrow(() -> new Abweisung(HttpStatus.NOT_FOUND, "kein Vergabeverfahren " + businessKey));
        if (information == null || information.inhalt() == null || information.inhalt().length() > 20000
                || information.inhalt().matches("(?s).*(<[A-Za-z/!?]|[$#]\\{).*")
                || information.anlass() != null && (information.anlass().length() > 500 || information.anlass().matches("(?s).*(<[A-Za-z/!?]|[$#]\\{).*"))) {
            throw new Eingabefehler("informationInhalt", "Pflichtangabe, bis 20000 Zeichen Text ohne "
                    + "Auszeichnungen oder Ausdrücke (Anlass bis 500 Zeichen)");
        }
        // the engine is asked as itself: the Vergabestelle has no right to read process instances, only its tasks
        identity.clearAuthentication();
        try {
            return transaktion.execute(status -> {
                ProcessInstance instanz = runtime.createProcessInstanceQuery().processInstanceBusinessKey(businessKey)
                        .processDefinitionKey(VerhandlungProzess.SCHLUESSEL).active().singleResult();
                if (instanz == null) {
                    throw new Verfahrensfehler("Für " + businessKey + " läuft keine Verhandlung (§ 17 VgV)");
                }
                List<Angebot> an = verhandlungen.informieren(vergabe.getId(), angemeldet.getUserId(), information.anlass(), information.inhalt());
                schreiben.verhandlungsinformation(vergabe.getId(), verhandlungen.runden(vergabe.getId()).size(), an,
                        information.anlass() == null || information.anlass().isBlank() ? "Information an alle Bieter" : information.anlass().strip(),
                        information.inhalt().strip(), instanz.getId());
                // the letters leave by the negotiation's own asynchronous send task, after this transaction's commit
                runtime.createMessageCorrelation(VerhandlungProzess.MESSAGE_INFORMATION_ERFASST).processInstanceId(instanz.getId()).correlate();
                return ResponseEntity.ok(Map.<String, Object>of("empfaenger", an.stream().map(Angebot::getBieterName).toList()));
            });
        } finally {
            identity.setAuthentication(angemeldet);
        }
    }
}
