package de.leverkusen.vergabe.verhandlung.prozess;

import static de.leverkusen.vergabe.modelle.VerhandlungProzess.*;

import de.leverkusen.vergabe.prozess.Benutzer;
import de.leverkusen.vergabe.prozess.Prozessbindung;
import de.leverkusen.vergabe.prozess.Werte;
import de.leverkusen.vergabe.verfahren.VerhandlungService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Records one bidder's negotiation meeting of the current round; the bidder is the offer the task is bound to. */
@Component("verhandlungsgespraechProtokollieren")
public class VerhandlungsgespraechProtokollieren implements TaskListener {

    private final Prozessbindung bindung;
    private final VerhandlungService verhandlungen;

    public VerhandlungsgespraechProtokollieren(Prozessbindung bindung, VerhandlungService verhandlungen) {
        this.bindung = bindung;
        this.verhandlungen = verhandlungen;
    }

    @Override
    public void notify(DelegateTask task) {
        verhandlungen.gespraechProtokollieren(bindung.angebotId(task), Benutzer.bearbeiter(task), Werte.datum(task, VERHANDLUNGSTERMIN),
                Werte.pflichttext(task, VERHANDLUNG_ANWESENDE), Werte.pflichttext(task, VERHANDLUNGSPROTOKOLL));
    }
}
