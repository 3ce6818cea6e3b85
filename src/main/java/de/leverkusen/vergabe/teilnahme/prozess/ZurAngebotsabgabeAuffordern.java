package de.leverkusen.vergabe.teilnahme.prozess;

import static de.leverkusen.vergabe.modelle.GemeinsameVariablen.*;
import static de.leverkusen.vergabe.modelle.TeilnahmewettbewerbProzess.*;

import de.leverkusen.vergabe.prozess.Benutzer;
import de.leverkusen.vergabe.prozess.Prozessbindung;
import de.leverkusen.vergabe.prozess.Werte;
import de.leverkusen.vergabe.schreiben.SchreibenService;
import de.leverkusen.vergabe.verfahren.Teilnahmewettbewerbe;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * The invitation to tender: the domain checks the offer period from today and creates the invited candidates' offers;
 * the letters go into this instance's outbox.
 */
@Component("zurAngebotsabgabeAuffordern")
public class ZurAngebotsabgabeAuffordern implements TaskListener {

    private final Prozessbindung bindung;
    private final Teilnahmewettbewerbe teilnahme;
    private final SchreibenService schreiben;

    public ZurAngebotsabgabeAuffordern(Prozessbindung bindung, Teilnahmewettbewerbe teilnahme, SchreibenService schreiben) {
        this.bindung = bindung;
        this.teilnahme = teilnahme;
        this.schreiben = schreiben;
    }

    @Override
    public void notify(DelegateTask task) {
        Long vergabeId = bindung.vergabeId(task);
        teilnahme.auffordern(vergabeId, Benutzer.bearbeiter(task), Werte.datumZeit(task, ANGEBOTSFRIST),
                Werte.datum(task, PRAESENTATION_VON), Werte.datum(task, PRAESENTATION_BIS));
        schreiben.aufforderung(vergabeId, task.getProcessInstanceId());
    }
}
