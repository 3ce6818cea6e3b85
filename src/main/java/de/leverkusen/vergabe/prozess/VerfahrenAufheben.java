package de.leverkusen.vergabe.prozess;

import static de.leverkusen.vergabe.modelle.DmsVergabeProzess.*;

import de.leverkusen.vergabe.schreiben.SchreibenService;
import de.leverkusen.vergabe.verfahren.Aufhebungsgrund;
import de.leverkusen.vergabe.verfahren.Eingabefehler;
import de.leverkusen.vergabe.verfahren.VergabeService;
import java.util.Arrays;
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
        Aufhebungsgrund grund;
        try {
            grund = Aufhebungsgrund.valueOf(Werte.pflichttext(task, AUFHEBUNGSGRUND));
        } catch (IllegalArgumentException e) {
            throw new Eingabefehler(AUFHEBUNGSGRUND, "erlaubt: " + Arrays.toString(Aufhebungsgrund.values()));
        }
        String begruendung = Werte.pflichttext(task, AUFHEBUNGSBEGRUENDUNG);
        Long vergabeId = bindung.vergabeId(task);
        vergaben.aufheben(vergabeId, Benutzer.bearbeiter(task), grund, Werte.pflichttext(task, AUFHEBUNGSANLASS), begruendung);
        schreiben.aufhebung63(vergabeId, grund, begruendung, task.getProcessInstanceId());
    }
}
