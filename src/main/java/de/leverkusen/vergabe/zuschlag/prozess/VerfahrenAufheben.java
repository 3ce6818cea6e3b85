package de.leverkusen.vergabe.zuschlag.prozess;

import static de.leverkusen.vergabe.modelle.DmsVergabeProzess.*;

import de.leverkusen.vergabe.prozess.Benutzer;
import de.leverkusen.vergabe.prozess.Prozessbindung;
import de.leverkusen.vergabe.prozess.Werte;
import de.leverkusen.vergabe.schreiben.SchreibenService;
import de.leverkusen.vergabe.verfahren.Aufhebungsgrund;
import de.leverkusen.vergabe.verfahren.VergabeService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Ends the procedure without award on the ground of § 63 Abs. 1 VgV the Vergabestelle chose, with its reasons and the
 * occasion shown in the form, and tells every bidder in text form (§ 63 Abs. 2 VgV).
 */
@Component("verfahrenAufheben")
public class VerfahrenAufheben implements TaskListener {

    private final Prozessbindung bindung;
    private final VergabeService vergaben;
    private final SchreibenService schreiben;

    public VerfahrenAufheben(Prozessbindung bindung, VergabeService vergaben, SchreibenService schreiben) {
        this.bindung = bindung;
        this.vergaben = vergaben;
        this.schreiben = schreiben;
    }

    @Override
    public void notify(DelegateTask task) {
        Aufhebungsgrund grund = Werte.wahl(task, AUFHEBUNGSGRUND, Aufhebungsgrund.class);
        String begruendung = Werte.pflichttext(task, AUFHEBUNGSBEGRUENDUNG);
        Long vergabeId = bindung.vergabeId(task);
        vergaben.aufheben(vergabeId, Benutzer.bearbeiter(task), grund, Werte.pflichttext(task, AUFHEBUNGSANLASS), begruendung);
        schreiben.aufhebung63(vergabeId, grund, begruendung, task.getProcessInstanceId());
    }
}
