package de.leverkusen.vergabe.prozess;

import static de.leverkusen.vergabe.prozess.Variablen.*;

import de.leverkusen.vergabe.verfahren.VergabeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Ends the procedure without award (Aufhebung) and records why. */
@Component("verfahrenAufheben")
public class VerfahrenAufheben implements JavaDelegate {

    private final Prozessbindung bindung;
    private final VergabeService vergaben;

    public VerfahrenAufheben(Prozessbindung bindung, VergabeService vergaben) {
        this.bindung = bindung;
        this.vergaben = vergaben;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String grund;
        if ("ANTRAG_STATTGEGEBEN_AUFHEBUNG".equals(execution.getVariable(KAMMER_ENTSCHEIDUNG))) {
            grund = "Die Vergabekammer hat die Aufhebung des Verfahrens angeordnet";
        } else if ("ABGELEHNT".equals(execution.getVariable(RATSBESCHLUSS))) {
            grund = "Der Rat hat die Beschlussvorlage abgelehnt";
        } else if (execution.hasVariable(BESTBIETER) && execution.getVariable(BESTBIETER) == null) {
            grund = "Nach der Wertung ist kein Angebot zuschlagsfähig: alle Angebote sind ausgeschlossen "
                    + "(A-Kriterium nicht erfüllt oder Mindestpunktzahl nicht erreicht, § 63 Abs. 1 VgV)";
        } else {
            grund = "Kein wertbares Angebot oder keine unbefangene Bewertungskommission (§ 63 Abs. 1 VgV)";
        }
        vergaben.aufheben(bindung.vergabeId(execution), grund);
    }
}
