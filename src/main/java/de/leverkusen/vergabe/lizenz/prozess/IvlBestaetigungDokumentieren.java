package de.leverkusen.vergabe.lizenz.prozess;

import static de.leverkusen.vergabe.modelle.DmsVergabeProzess.*;

import de.leverkusen.vergabe.lizenz.LizenzbestellungService;
import de.leverkusen.vergabe.prozess.Werte;
import de.leverkusen.vergabe.verfahren.Eingabefehler;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * ivl confirmed the order (message IvlBestellungBestaetigt with the variable ivlReferenz). Runs inside ivl's
 * correlation call: a confirmation without reference, or of an order that was not sent, is answered with 400 and
 * changes nothing.
 */
@Component("ivlBestaetigungDokumentieren")
public class IvlBestaetigungDokumentieren implements JavaDelegate {

    private final LizenzbestellungService lizenzen;

    public IvlBestaetigungDokumentieren(LizenzbestellungService lizenzen) {
        this.lizenzen = lizenzen;
    }

    @Override
    public void execute(DelegateExecution execution) {
        try {
            lizenzen.bestaetigt(Werte.pflichttext(execution, BESTELLNUMMER), Werte.pflichttext(execution, IVL_REFERENZ));
        } catch (Eingabefehler e) {
            // the REST API answers a message that cannot be correlated with 400 and the reason
            throw new MismatchingMessageCorrelationException("Bestätigung der ivl nicht angenommen: " + e.getMessage());
        }
    }
}
