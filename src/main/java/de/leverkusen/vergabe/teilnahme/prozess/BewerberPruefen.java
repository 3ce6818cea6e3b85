package de.leverkusen.vergabe.teilnahme.prozess;

import static de.leverkusen.vergabe.modelle.GemeinsameVariablen.*;
import static de.leverkusen.vergabe.modelle.TeilnahmewettbewerbProzess.*;

import de.leverkusen.vergabe.prozess.Benutzer;
import de.leverkusen.vergabe.schreiben.SchreibenService;
import de.leverkusen.vergabe.verfahren.Ausschlussgrund;
import de.leverkusen.vergabe.verfahren.Bewerberpruefschritt;
import de.leverkusen.vergabe.verfahren.JaNein;
import de.leverkusen.vergabe.prozess.Prozessbindung;
import de.leverkusen.vergabe.prozess.Werte;
import de.leverkusen.vergabe.verfahren.Teilnahmewettbewerbe;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Shows the candidate this execution is bound to (task-local, on creation) and records its check: exclusion grounds,
 * suitability, points; or, instead, the request for missing documents (§ 56 Abs. 2 VgV), whose letter goes into the
 * outbox for the send task that follows.
 */
@Component("bewerberPruefen")
public class BewerberPruefen implements TaskListener {

    private final Prozessbindung bindung;
    private final Teilnahmewettbewerbe teilnahme;
    private final SchreibenService schreiben;

    public BewerberPruefen(Prozessbindung bindung, Teilnahmewettbewerbe teilnahme, SchreibenService schreiben) {
        this.bindung = bindung;
        this.teilnahme = teilnahme;
        this.schreiben = schreiben;
    }

    @Override
    public void notify(DelegateTask task) {
        Long antragId = bindung.teilnahmeantragId(task.getExecution());
        if (TaskListener.EVENTNAME_CREATE.equals(task.getEventName())) {
            task.setVariableLocal(BEWERBER_NAME, teilnahme.antrag(antragId).getBewerberName());
            return;
        }
        Object schritt = task.getVariable(BEWERBER_PRUEFSCHRITT);
        if (schritt != null && Werte.wahl(BEWERBER_PRUEFSCHRITT, schritt.toString(), Bewerberpruefschritt.class)
                == Bewerberpruefschritt.UNTERLAGEN_NACHFORDERN) {
            teilnahme.nachfordern(antragId, Benutzer.bearbeiter(task), Werte.pflichttext(task, BEWERBER_NACHGEFORDERTE_UNTERLAGEN),
                    Werte.datum(task, BEWERBER_NACHFORDERUNGSFRIST));
            schreiben.nachforderungTeilnahmeantrag(antragId, task.getProcessInstanceId());
            return;
        }
        Object punkte = task.getVariable(BEWERBER_PUNKTE);
        teilnahme.pruefen(antragId, Benutzer.bearbeiter(task),
                Werte.wahl(task, BEWERBER_AUSSCHLUSSGRUND, Ausschlussgrund.class).name(),
                Werte.wahl(task, BEWERBER_GEEIGNET, JaNein.class) == JaNein.JA,
                punkte == null ? null : Werte.zahl(BEWERBER_PUNKTE, punkte), Werte.pflichttext(task, BEWERBER_PRUEFVERMERK));
    }
}
