package de.leverkusen.vergabe.nachpruefung.web;

import de.leverkusen.vergabe.modelle.DmsVergabeProzess;
import de.leverkusen.vergabe.nachpruefung.Ruegepruefung;
import de.leverkusen.vergabe.verfahren.Eingabefehler;
import de.leverkusen.vergabe.verfahren.Rollen;
import de.leverkusen.vergabe.verfahren.Vergabe;
import de.leverkusen.vergabe.verfahren.VergabeRepository;
import de.leverkusen.vergabe.verfahren.VergabeService;
import de.leverkusen.vergabe.web.Abweisung;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The Vergabestelle records what reaches it from outside the procedure: a review application (Nachprüfungsantrag)
 * served, an immediate appeal lodged, a complaint (Rüge). These are the things it may do to a running procedure
 * besides its tasks, so they are actions of their own instead of a general right to
 * change process instances (which would also allow skipping the standstill by a modification).
 */
@RestController
public class NachpruefungController {

    private final IdentityService identity;
    private final RuntimeService runtime;
    private final VergabeRepository vergaben;
    private final VergabeService vergabeService;
    private final TransactionTemplate transaktion;
    private final Clock clock;

    public NachpruefungController(IdentityService identity, RuntimeService runtime, VergabeRepository vergaben, VergabeService vergabeService,
                                  PlatformTransactionManager transaktionen, Clock clock) {
        this.clock = clock;
        this.identity = identity;
        this.runtime = runtime;
        this.vergaben = vergaben;
        this.vergabeService = vergabeService;
        this.transaktion = new TransactionTemplate(transaktionen);
    }

    /**
     * A complaint: the bidder, its text, the day the bidder learned of the breach, the day the complaint arrived
     * (default today) and whether the breach was recognisable from the notice or the procurement documents.
     */
    public record Ruege(String bieter, String inhalt, LocalDate kenntnisAm, LocalDate eingegangenAm, Boolean ausUnterlagenErkennbar) {
    }

    /** The day the application was served (default today). */
    public record Zustellung(LocalDate zugestelltAm) {
    }

    /** The day the immediate appeal was lodged with the court. */
    public record Beschwerde(LocalDate eingelegtAm) {
    }

    /**
     * A bidder's complaint (Rüge, § 160 Abs. 3 GWB), in any stage of the running procedure: its timeliness computed
     * and recorded in the running record, answered by the Vergabestelle in a task. It does not stop the award.
     */
    @PostMapping("/api/vergaben/{businessKey}/ruege")
    public Map<String, String> ruege(@PathVariable String businessKey, @RequestBody Ruege ruege) {
        Authentication angemeldet = identity.getCurrentAuthentication();
        Vergabe vergabe = zugelassen(angemeldet, businessKey, "Rügen");
        if (ruege == null || ruege.bieter() == null || vergabeService.angebote(vergabe.getId()).stream()
                .noneMatch(a -> a.getBieterName().equals(ruege.bieter()))) {
            throw new Eingabefehler("bieter", "kein Bieter dieses Verfahrens");
        }
        if (ruege.inhalt() == null || ruege.inhalt().strip().length() < 10 || ruege.inhalt().length() > 8000
                || ruege.inhalt().matches("(?s).*(<[A-Za-z/!?]|[$#]\\{).*")) {
            throw new Eingabefehler("inhalt", "10 bis 8000 Zeichen Text ohne Auszeichnungen oder Ausdrücke");
        }
        if (ruege.kenntnisAm() == null) {
            throw new Eingabefehler("kenntnisAm",
                    "Pflichtangabe, der Tag, an dem der Bieter den Verstoß erkannt hat (§ 160 Abs. 3 Satz 1 Nr. 1 GWB)");
        }
        LocalDate eingegangen = ruege.eingegangenAm() != null ? ruege.eingegangenAm() : LocalDate.now(clock);
        // record and correlate in one transaction: without a running procedure nothing is recorded
        return beiDerVergabe(angemeldet, () -> {
            Ruegepruefung pruefung = vergabeService.ruege(vergabe.getId(), angemeldet.getUserId(), ruege.bieter(), ruege.inhalt(),
                    ruege.kenntnisAm(), eingegangen, Boolean.TRUE.equals(ruege.ausUnterlagenErkennbar()));
            runtime.createMessageCorrelation(DmsVergabeProzess.MESSAGE_RUEGE).processInstanceBusinessKey(businessKey).correlateWithResult();
            return Map.of("rechtzeitig", String.valueOf(pruefung.rechtzeitig()), "ruegefristBis",
                    pruefung.letzterTag().toString(), "pruefung", pruefung.text());
        }, "Verfahren " + businessKey + " läuft nicht (mehr)");
    }

    /**
     * A review application was served (§ 169 Abs. 1 GWB), in whatever stage before the award: the Vergabeakte records
     * it as pending (the award checks it there) and the procedure gets the chamber's task: in the standstill or at
     * the award it interrupts them, before the § 134 information the running stages go on beside it.
     */
    @PostMapping("/api/vergaben/{businessKey}/nachpruefungsantrag")
    public ResponseEntity<Void> antragZugestellt(@PathVariable String businessKey, @RequestBody(required = false) Zustellung zustellung) {
        Authentication angemeldet = identity.getCurrentAuthentication();
        Vergabe vergabe = zugelassen(angemeldet, businessKey, "Nachprüfungsanträge");
        return beiDerVergabe(angemeldet, () -> {
            if (!vergabeService.nachpruefungsantrag(vergabe.getId(), angemeldet.getUserId(), zustellung == null ? null : zustellung.zugestelltAm())) {
                return ResponseEntity.noContent().build(); // the chamber's task for the pending one exists
            }
            // in the standstill or at the award the application interrupts them (and a decision may send the procedure
            // back to the scoring); anywhere else (also in an earlier review's appeal period) it runs beside the stages
            boolean unterbricht = runtime.createExecutionQuery().processInstanceBusinessKey(businessKey)
                    .messageEventSubscriptionName(DmsVergabeProzess.MESSAGE_NACHPRUEFUNGSANTRAG).count() > 0;
            runtime.createMessageCorrelation(unterbricht ? DmsVergabeProzess.MESSAGE_NACHPRUEFUNGSANTRAG
                    : DmsVergabeProzess.MESSAGE_NACHPRUEFUNGSANTRAG_IM_VERFAHREN).processInstanceBusinessKey(businessKey).correlateWithResult();
            return ResponseEntity.<Void>noContent().build();
        }, "Verfahren " + businessKey + " läuft nicht (mehr)");
    }

    /** An immediate appeal (§ 171 GWB) against the chamber's rejecting decision, within its two weeks (§ 172 Abs. 1 GWB). */
    @PostMapping("/api/vergaben/{businessKey}/sofortige-beschwerde")
    public ResponseEntity<Void> sofortigeBeschwerde(@PathVariable String businessKey, @RequestBody Beschwerde beschwerde) {
        Authentication angemeldet = identity.getCurrentAuthentication();
        Vergabe vergabe = zugelassen(angemeldet, businessKey, "sofortige Beschwerden");
        if (beschwerde == null || beschwerde.eingelegtAm() == null) {
            throw new Eingabefehler("eingelegtAm", "Pflichtangabe, der Tag der Einlegung beim Beschwerdegericht");
        }
        return beiDerVergabe(angemeldet, () -> {
            vergabeService.sofortigeBeschwerde(vergabe.getId(), angemeldet.getUserId(), beschwerde.eingelegtAm());
            runtime.createMessageCorrelation(DmsVergabeProzess.MESSAGE_SOFORTIGE_BESCHWERDE).processInstanceBusinessKey(businessKey).correlateWithResult();
            return ResponseEntity.<Void>noContent().build();
        }, "Verfahren " + businessKey + " läuft nicht (mehr)");
    }

    /**
     * Records in the Vergabeakte and tells the procedure in one transaction, correlated by the procedure, not with the
     * user's rights on process instances (which it does not have). A domain refusal rolls back what was recorded and
     * is answered by {@link Fehlerantworten}: 400 (input) or 409 (stage).
     */
    private <T> T beiDerVergabe(Authentication angemeldet, Supplier<T> schritt, String ohneProzess) {
        return transaktion.execute(status -> {
            identity.clearAuthentication();
            try {
                return schritt.get();
            } catch (MismatchingMessageCorrelationException e) {
                throw new Abweisung(HttpStatus.CONFLICT, ohneProzess);
            } finally {
                identity.setAuthentication(angemeldet);
            }
        });
    }

    /** The procedure; 403 unless the Vergabestelle (or operations) asks, 404 for an unknown procedure. */
    private Vergabe zugelassen(Authentication angemeldet, String businessKey, String was) {
        if (!vergabestelle(angemeldet)) {
            throw new Abweisung(HttpStatus.FORBIDDEN, "nur die Vergabestelle erfasst " + was);
        }
        return vergaben.findByBusinessKey(businessKey)
                .orElseThrow(() -> new Abweisung(HttpStatus.NOT_FOUND, "kein Vergabeverfahren " + businessKey));
    }

    /** Review applications and complaints are recorded by the Vergabestelle (or operations). */
    private static boolean vergabestelle(Authentication angemeldet) {
        return angemeldet != null
                && (angemeldet.getGroupIds().contains(Rollen.VERGABESTELLE.gruppe()) || angemeldet.getGroupIds().contains(Rollen.ADMIN.gruppe()));
    }
}
