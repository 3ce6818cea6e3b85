package de.leverkusen.vergabe.teilnahme.prozess;

import static de.leverkusen.vergabe.modelle.GemeinsameVariablen.*;
import static de.leverkusen.vergabe.modelle.TeilnahmewettbewerbProzess.*;

import de.leverkusen.vergabe.prozess.Benutzer;
import de.leverkusen.vergabe.prozess.Prozessbindung;
import de.leverkusen.vergabe.prozess.Werte;
import de.leverkusen.vergabe.verfahren.Bieterliste;
import de.leverkusen.vergabe.verfahren.Teilnahmewettbewerbe;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * First opener of the participation requests (§ 55 Abs. 1 VgV): the domain refuses before the participation period
 * has ended and anyone outside the Vergabestelle; the candidates are recorded only now.
 */
@Component("teilnahmeantraegeOeffnen")
public class TeilnahmeantraegeOeffnen implements TaskListener {

    private final Prozessbindung bindung;
    private final Teilnahmewettbewerbe teilnahme;

    public TeilnahmeantraegeOeffnen(Prozessbindung bindung, Teilnahmewettbewerbe teilnahme) {
        this.bindung = bindung;
        this.teilnahme = teilnahme;
    }

    @Override
    public void notify(DelegateTask task) {
        String benutzer = Benutzer.bearbeiter(task, OEFFNUNGSNIEDERSCHRIFT);
        teilnahme.oeffnen(bindung.vergabeId(task), benutzer, Benutzer.vergabestelle(task.getProcessEngineServices(), benutzer),
                Werte.pflichttext(task, OEFFNUNGSNIEDERSCHRIFT), Bieterliste.lesen(BEWERBER, Werte.pflichttext(task, BEWERBER), "Bewerber"));
    }
}
