package de.leverkusen.vergabe.lizenz.prozess;

import static de.leverkusen.vergabe.modelle.DmsVergabeProzess.*;

import de.leverkusen.vergabe.lizenz.LizenzbestellungService;
import de.leverkusen.vergabe.prozess.Benutzer;
import de.leverkusen.vergabe.prozess.Werte;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Completion of "Lizenzbereitstellung erfassen": delivery and activation of the licences. */
@Component("lizenzbereitstellungErfasst")
public class LizenzbereitstellungErfasst implements TaskListener {

    private final LizenzbestellungService lizenzen;

    public LizenzbereitstellungErfasst(LizenzbestellungService lizenzen) {
        this.lizenzen = lizenzen;
    }

    @Override
    public void notify(DelegateTask task) {
        lizenzen.bereitgestellt(Werte.pflichttext(task, BESTELLNUMMER), Benutzer.bearbeiter(task), Werte.datum(task, BEREITGESTELLT_AM),
                Werte.ganzzahl(BEREITGESTELLTE_LIZENZEN, task.getVariable(BEREITGESTELLTE_LIZENZEN)),
                Werte.pflichttext(task, BEREITSTELLUNG_VERMERK));
    }
}
