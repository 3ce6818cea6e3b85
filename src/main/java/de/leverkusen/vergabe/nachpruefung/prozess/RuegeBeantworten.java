package de.leverkusen.vergabe.nachpruefung.prozess;

import static de.leverkusen.vergabe.modelle.DmsVergabeProzess.*;

import de.leverkusen.vergabe.prozess.Benutzer;
import de.leverkusen.vergabe.prozess.Prozessbindung;
import de.leverkusen.vergabe.prozess.Werte;
import de.leverkusen.vergabe.verfahren.Ruegeabhilfe;
import de.leverkusen.vergabe.verfahren.VergabeService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Records the Vergabestelle's answer to a complaint in the running record (with the 15 days after a refusal). */
@Component("ruegeBeantworten")
public class RuegeBeantworten implements TaskListener {

    private final Prozessbindung bindung;
    private final VergabeService vergaben;

    public RuegeBeantworten(Prozessbindung bindung, VergabeService vergaben) {
        this.bindung = bindung;
        this.vergaben = vergaben;
    }

    @Override
    public void notify(DelegateTask task) {
        vergaben.ruegeBeantwortet(bindung.vergabeId(task), Benutzer.bearbeiter(task), Werte.wahl(task, RUEGE_ABHILFE, Ruegeabhilfe.class) == Ruegeabhilfe.ABHILFE,
                Werte.pflichttext(task, RUEGE_ANTWORT));
    }
}
