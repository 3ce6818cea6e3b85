package de.leverkusen.vergabe.rat.prozess;

import static de.leverkusen.vergabe.modelle.RatsbefassungProzess.*;

import de.leverkusen.vergabe.prozess.Benutzer;
import de.leverkusen.vergabe.prozess.Prozessbindung;
import de.leverkusen.vergabe.prozess.Werte;
import de.leverkusen.vergabe.verfahren.Ratsbeschluss;
import de.leverkusen.vergabe.verfahren.VergabeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

@Component("ratsbeschlussDokumentieren")
public class RatsbeschlussDokumentieren implements JavaDelegate {

    private final Prozessbindung bindung;
    private final VergabeService vergaben;

    public RatsbeschlussDokumentieren(Prozessbindung bindung, VergabeService vergaben) {
        this.bindung = bindung;
        this.vergaben = vergaben;
    }

    @Override
    public void execute(DelegateExecution execution) {
        vergaben.ratsbeschluss(bindung.vergabeId(execution), Benutzer.aktuell(execution.getProcessEngineServices()),
                Werte.wahl(execution, RATSBESCHLUSS, Ratsbeschluss.class), Werte.datum(execution, SITZUNGSDATUM), Werte.text(execution, BESCHLUSS_VERMERK));
    }
}
