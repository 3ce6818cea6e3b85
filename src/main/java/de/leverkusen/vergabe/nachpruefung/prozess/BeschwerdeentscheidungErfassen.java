package de.leverkusen.vergabe.nachpruefung.prozess;

import static de.leverkusen.vergabe.modelle.DmsVergabeProzess.*;

import de.leverkusen.vergabe.prozess.Benutzer;
import de.leverkusen.vergabe.prozess.Prozessbindung;
import de.leverkusen.vergabe.prozess.Werte;
import de.leverkusen.vergabe.verfahren.Eingabefehler;
import de.leverkusen.vergabe.verfahren.VergabeService.Beschwerdeentscheidung;
import de.leverkusen.vergabe.verfahren.VergabeService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Records what the court ordered on the immediate appeal: an extended suspensive effect or its decision. */
@Component("beschwerdeentscheidungErfassen")
public class BeschwerdeentscheidungErfassen implements TaskListener {

    private final Prozessbindung bindung;
    private final VergabeService vergaben;

    public BeschwerdeentscheidungErfassen(Prozessbindung bindung, VergabeService vergaben) {
        this.bindung = bindung;
        this.vergaben = vergaben;
    }

    @Override
    public void notify(DelegateTask task) {
        Beschwerdeentscheidung entscheidung = Werte.wahl(task, BESCHWERDE_ENTSCHEIDUNG, Beschwerdeentscheidung.class);
        vergaben.beschwerdegericht(bindung.vergabeId(task), Benutzer.bearbeiter(task), Werte.pflichttext(task, BESCHWERDE_AKTENZEICHEN),
                entscheidung, task.getVariable(AUFSCHIEBENDE_WIRKUNG_BIS) == null || Werte.text(task, AUFSCHIEBENDE_WIRKUNG_BIS).isEmpty()
                        ? null : Werte.datum(task, AUFSCHIEBENDE_WIRKUNG_BIS),
                Werte.text(task, BESCHWERDE_VERMERK));
    }
}
