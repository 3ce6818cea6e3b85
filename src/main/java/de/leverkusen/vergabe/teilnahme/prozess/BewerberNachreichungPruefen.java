package de.leverkusen.vergabe.teilnahme.prozess;

import static de.leverkusen.vergabe.modelle.TeilnahmewettbewerbProzess.*;

import de.leverkusen.vergabe.prozess.Benutzer;
import de.leverkusen.vergabe.prozess.Prozessbindung;
import de.leverkusen.vergabe.prozess.Werte;
import de.leverkusen.vergabe.verfahren.JaNein;
import de.leverkusen.vergabe.verfahren.Teilnahmeantrag;
import de.leverkusen.vergabe.verfahren.Teilnahmewettbewerbe;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * "Nachgereichte Unterlagen prüfen" of a candidate: shows what was requested until when (task-local, from the request's
 * record) and records the outcome; the gateway after the task reads it back from the domain.
 */
@Component("bewerberNachreichungPruefen")
public class BewerberNachreichungPruefen implements TaskListener {

    private final Prozessbindung bindung;
    private final Teilnahmewettbewerbe teilnahme;

    public BewerberNachreichungPruefen(Prozessbindung bindung, Teilnahmewettbewerbe teilnahme) {
        this.bindung = bindung;
        this.teilnahme = teilnahme;
    }

    @Override
    public void notify(DelegateTask task) {
        Long antragId = bindung.teilnahmeantragId(task.getExecution());
        if (TaskListener.EVENTNAME_CREATE.equals(task.getEventName())) {
            Teilnahmeantrag antrag = teilnahme.antrag(antragId);
            task.setVariableLocal(BEWERBER_NAME, antrag.getBewerberName());
            task.setVariableLocal(BEWERBER_NACHGEFORDERTE_UNTERLAGEN, antrag.getNachgeforderteUnterlagen());
            task.setVariableLocal(BEWERBER_NACHFORDERUNGSFRIST, antrag.getNachforderungsfrist().toString());
            return;
        }
        boolean vollstaendig = Werte.wahl(task, BEWERBER_UNTERLAGEN_NACHGEREICHT, JaNein.class) == JaNein.JA;
        teilnahme.nachreichungPruefen(antragId, Benutzer.bearbeiter(task), vollstaendig,
                vollstaendig ? Werte.datum(task, BEWERBER_UNTERLAGEN_EINGEGANGEN_AM) : null, Werte.text(task, BEWERBER_NACHREICHUNG_VERMERK));
    }
}
