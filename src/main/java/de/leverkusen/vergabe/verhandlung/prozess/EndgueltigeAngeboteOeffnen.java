package de.leverkusen.vergabe.verhandlung.prozess;

import static de.leverkusen.vergabe.modelle.DmsVergabeProzess.*;
import static de.leverkusen.vergabe.modelle.GemeinsameVariablen.*;

import de.leverkusen.vergabe.prozess.Benutzer;
import de.leverkusen.vergabe.prozess.Prozessbindung;
import de.leverkusen.vergabe.prozess.Werte;
import de.leverkusen.vergabe.verfahren.VerhandlungService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** First opener of the final offers (§ 55 VgV); the lines may name any bidder of the negotiations, the domain refuses those reduced out. */
@Component("endgueltigeAngeboteOeffnen")
public class EndgueltigeAngeboteOeffnen implements TaskListener {

    private final Prozessbindung bindung;
    private final VerhandlungService verhandlungen;

    public EndgueltigeAngeboteOeffnen(Prozessbindung bindung, VerhandlungService verhandlungen) {
        this.bindung = bindung;
        this.verhandlungen = verhandlungen;
    }

    @Override
    public void notify(DelegateTask task) {
        Long vergabeId = bindung.vergabeId(task);
        String benutzer = Benutzer.bearbeiter(task, OEFFNUNGSNIEDERSCHRIFT);
        verhandlungen.endgueltigeOeffnen(vergabeId, benutzer, Benutzer.vergabestelle(task.getProcessEngineServices(), benutzer),
                Werte.pflichttext(task, OEFFNUNGSNIEDERSCHRIFT), Werte.pflichttext(task, ANGEBOTSPREISE));
    }
}
