package de.leverkusen.vergabe.prozess;

import static de.leverkusen.vergabe.prozess.Variablen.*;

import de.leverkusen.vergabe.verfahren.VergabeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

@Component("ratsbeschlussDokumentieren")
public class RatsbeschlussDokumentieren implements JavaDelegate {

    private final VergabeService vergaben;

    public RatsbeschlussDokumentieren(VergabeService vergaben) {
        this.vergaben = vergaben;
    }

    @Override
    public void execute(DelegateExecution execution) {
        vergaben.ratsbeschluss(Werte.id(execution, VERGABE_ID), Benutzer.aktuell(execution.getProcessEngineServices()),
                Werte.pflichttext(execution, RATSBESCHLUSS), Werte.datum(execution, SITZUNGSDATUM), Werte.text(execution, BESCHLUSS_VERMERK));
    }
}
