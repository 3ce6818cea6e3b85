package de.leverkusen.vergabe.lizenz.prozess;

import static de.leverkusen.vergabe.modelle.DmsVergabeProzess.BESTELLNUMMER;

import de.leverkusen.vergabe.lizenz.LizenzbestellungService;
import de.leverkusen.vergabe.prozess.Werte;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** Taken when the worker completed the external task: ivl accepted the order. */
@Component("lizenzbestellungUebermittelt")
public class LizenzbestellungUebermittelt implements ExecutionListener {

    private final LizenzbestellungService lizenzen;

    public LizenzbestellungUebermittelt(LizenzbestellungService lizenzen) {
        this.lizenzen = lizenzen;
    }

    @Override
    public void notify(DelegateExecution execution) {
        lizenzen.uebermittelt(Werte.pflichttext(execution, BESTELLNUMMER));
    }
}
