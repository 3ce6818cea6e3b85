package de.leverkusen.vergabe.teilnahme.prozess;

import static de.leverkusen.vergabe.modelle.GemeinsameVariablen.*;
import static de.leverkusen.vergabe.modelle.TeilnahmewettbewerbProzess.*;

import de.leverkusen.vergabe.prozess.Benutzer;
import de.leverkusen.vergabe.verfahren.Ausschlussgrund;
import de.leverkusen.vergabe.verfahren.JaNein;
import de.leverkusen.vergabe.prozess.Prozessbindung;
import de.leverkusen.vergabe.prozess.Werte;
import de.leverkusen.vergabe.verfahren.Teilnahmewettbewerbe;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Shows the candidate this execution is bound to (task-local, on creation) and records its check: exclusion grounds,
 * suitability, points.
 */
@Component("bewerberPruefen")
public class BewerberPruefen implements TaskListener {

    private final Prozessbindung bindung;
    private final Teilnahmewettbewerbe teilnahme;

    public BewerberPruefen(Prozessbindung bindung, Teilnahmewettbewerbe teilnahme) {
        this.bindung = bindung;
        this.teilnahme = teilnahme;
    }

    @Override
    public void notify(DelegateTask task) {
        Long antragId = bindung.teilnahmeantragId(task.getExecution());
        if (TaskListener.EVENTNAME_CREATE.equals(task.getEventName())) {
            task.setVariableLocal(BEWERBER_NAME, teilnahme.antrag(antragId).getBewerberName());
            return;
        }
        Object punkte = task.getVariable(BEWERBER_PUNKTE);
        teilnahme.pruefen(antragId, Benutzer.bearbeiter(task),
                Werte.wahl(task, BEWERBER_AUSSCHLUSSGRUND, Ausschlussgrund.class).name(),
                Werte.wahl(task, BEWERBER_GEEIGNET, JaNein.class) == JaNein.JA,
                punkte == null ? null : Werte.zahl(BEWERBER_PUNKTE, punkte), Werte.pflichttext(task, BEWERBER_PRUEFVERMERK));
    }
}
