package de.leverkusen.vergabe.lizenz.prozess;

import static de.leverkusen.vergabe.modelle.DmsVergabeProzess.*;

import de.leverkusen.vergabe.lizenz.LizenzbestellungService;
import de.leverkusen.vergabe.prozess.Werte;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** ivl refused the order (BPMN error IVL_BESTELLUNG_ABGELEHNT): records its message; the order goes back to review. */
@Component("ivlAblehnungDokumentieren")
public class IvlAblehnungDokumentieren implements JavaDelegate {

    private final LizenzbestellungService lizenzen;

    public IvlAblehnungDokumentieren(LizenzbestellungService lizenzen) {
        this.lizenzen = lizenzen;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String grund = Werte.text(execution, IVL_ABLEHNUNG);
        lizenzen.abgelehnt(Werte.pflichttext(execution, BESTELLNUMMER), grund == null || grund.isEmpty() ? "ohne Begründung" : grund);
    }
}
