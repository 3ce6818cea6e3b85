package de.leverkusen.vergabe.lizenz.web;

import de.leverkusen.vergabe.lizenz.Lizenzbestellauftrag;
import de.leverkusen.vergabe.lizenz.Lizenzbestellung;
import de.leverkusen.vergabe.lizenz.LizenzbestellungService;
import de.leverkusen.vergabe.modelle.DmsVergabeProzess;
import de.leverkusen.vergabe.verfahren.Eingabefehler;
import de.leverkusen.vergabe.verfahren.Rollen;
import de.leverkusen.vergabe.web.Abweisung;
import java.util.EnumSet;
import java.util.NoSuchElementException;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * What ivl may do, and nothing else: read the licence order it was sent and confirm it with its reference. ivl's users
 * (group ivl) hold no right on any process instance; the confirmation is correlated here, for the procedure, so that
 * ivl needs neither UPDATE on the instance (which would also let it set variables, move jobs or suspend the procedure)
 * nor sight of its variables.
 */
@RestController
public class IvlBestellungController {

    /** orders ivl has been sent (or is about to be sent: released by the review) */
    private static final Set<Lizenzbestellung.Status> GESENDET = EnumSet.of(Lizenzbestellung.Status.GEPRUEFT,
            Lizenzbestellung.Status.UEBERMITTELT, Lizenzbestellung.Status.BESTAETIGT, Lizenzbestellung.Status.BEREITGESTELLT);

    private final IdentityService identity;
    private final RuntimeService runtime;
    private final LizenzbestellungService lizenzen;

    public IvlBestellungController(IdentityService identity, RuntimeService runtime, LizenzbestellungService lizenzen) {
        this.identity = identity;
        this.runtime = runtime;
        this.lizenzen = lizenzen;
    }

    public record Bestaetigung(String ivlReferenz) {
    }

    /** The order as ivl received it (the same JSON the worker sent). */
    @GetMapping("/api/ivl/bestellungen/{bestellnummer}")
    public ResponseEntity<?> bestellung(@PathVariable String bestellnummer) {
        if (!ivl(identity.getCurrentAuthentication())) {
            throw new Abweisung(HttpStatus.FORBIDDEN, "nur die ivl liest ihre Lizenzbestellungen");
        }
        if (gesendet(bestellnummer) == null) {
            throw new Abweisung(HttpStatus.NOT_FOUND, "keine an die ivl gesendete Lizenzbestellung " + bestellnummer);
        }
        Lizenzbestellauftrag auftrag = lizenzen.auftrag(bestellnummer);
        return ResponseEntity.ok(auftrag);
    }

    /** ivl confirms the order: 204; 400 without a usable reference; 404 for an order it was not sent; 409 if not awaited. */
    @PostMapping("/api/ivl/bestellungen/{bestellnummer}/bestaetigung")
    public ResponseEntity<Void> bestaetigen(@PathVariable String bestellnummer, @RequestBody(required = false) Bestaetigung bestaetigung) {
        Authentication angemeldet = identity.getCurrentAuthentication();
        if (!ivl(angemeldet)) {
            throw new Abweisung(HttpStatus.FORBIDDEN, "nur die ivl bestätigt Lizenzbestellungen");
        }
        String referenz = LizenzbestellungService.referenz(bestaetigung == null ? null : bestaetigung.ivlReferenz());
        Lizenzbestellung b = gesendet(bestellnummer);
        if (b == null) {
            throw new Abweisung(HttpStatus.NOT_FOUND, "keine an die ivl gesendete Lizenzbestellung " + bestellnummer);
        }
        // correlated by the procedure, not with ivl's rights on process instances (it has none)
        identity.clearAuthentication();
        try {
            runtime.createMessageCorrelation(DmsVergabeProzess.MESSAGE_IVL_BESTAETIGUNG)
                    .processInstanceVariableEquals(DmsVergabeProzess.BESTELLNUMMER, bestellnummer)
                    .setVariable(DmsVergabeProzess.IVL_REFERENZ, referenz)
                    .correlateWithResult();
        } catch (MismatchingMessageCorrelationException e) {
            throw new Abweisung(HttpStatus.CONFLICT,
                    "Lizenzbestellung " + bestellnummer + " wartet nicht auf eine Bestätigung (Status " + b.getStatus() + ")");
        } finally {
            identity.setAuthentication(angemeldet);
        }
        return ResponseEntity.noContent().build();
    }

    private Lizenzbestellung gesendet(String bestellnummer) {
        try {
            Lizenzbestellung b = lizenzen.bestellung(bestellnummer);
            return GESENDET.contains(b.getStatus()) ? b : null;
        } catch (NoSuchElementException e) {
            return null;
        }
    }

    private static boolean ivl(Authentication angemeldet) {
        return angemeldet != null && (angemeldet.getGroupIds().contains(Rollen.IVL.gruppe()) || angemeldet.getGroupIds().contains(Rollen.ADMIN.gruppe()));
    }
}
