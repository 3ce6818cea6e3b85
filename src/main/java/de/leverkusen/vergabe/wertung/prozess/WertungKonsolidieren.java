package de.leverkusen.vergabe.wertung.prozess;

import static de.leverkusen.vergabe.modelle.DmsVergabeProzess.*;
import static de.leverkusen.vergabe.modelle.GemeinsameVariablen.BIETER_NAME;

import de.leverkusen.vergabe.prozess.Benutzer;
import de.leverkusen.vergabe.prozess.Prozessbindung;
import de.leverkusen.vergabe.prozess.Werte;
import de.leverkusen.vergabe.wertung.BewertungService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Creation of "Bewertungen konsolidieren" for one offer: the overview of the sheets as a task-local variable.
 * Completion of "Bewertungen konsolidieren" for one offer: the deviations typed in the form are checked and stored
 * with the note in the procedure's tables; the ranking is computed from them afterwards, never typed in.
 */
@Component("wertungKonsolidieren")
public class WertungKonsolidieren implements TaskListener {

    private final Prozessbindung bindung;
    private final BewertungService bewertung;

    public WertungKonsolidieren(Prozessbindung bindung, BewertungService bewertung) {
        this.bindung = bindung;
        this.bewertung = bewertung;
    }

    @Override
    public void notify(DelegateTask task) {
        Long angebotId = bindung.angebotId(task);
        if (TaskListener.EVENTNAME_CREATE.equals(task.getEventName())) {
            // task-local, computed from the tables (the multi-instance element variable is not yet set for input mappings)
            task.setVariableLocal(BIETER_NAME, bewertung.bieterName(angebotId));
            task.setVariableLocal(KONSOLIDIERUNG_UEBERSICHT, bewertung.uebersicht(angebotId));
            task.setVariableLocal(KONSOLIDIERUNG_TABELLE, bewertung.uebersichtTabelle(angebotId));
            return;
        }
        bewertung.konsolidieren(bindung.angebotId(task), Werte.text(task, KONSOLIDIERUNG_ABWEICHUNGEN),
                Werte.pflichttext(task, KONSOLIDIERUNGSVERMERK), Benutzer.bearbeiter(task));
    }
}
