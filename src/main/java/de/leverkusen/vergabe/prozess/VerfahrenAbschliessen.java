package de.leverkusen.vergabe.prozess;

import static de.leverkusen.vergabe.prozess.Variablen.*;

import de.leverkusen.vergabe.verfahren.VergabeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

@Component("verfahrenAbschliessen")
public class VerfahrenAbschliessen implements JavaDelegate {

    private final VergabeService vergaben;

    public VerfahrenAbschliessen(VergabeService vergaben) {
        this.vergaben = vergaben;
    }

    @Override
    public void execute(DelegateExecution execution) {
        vergaben.abschliessen(Werte.id(execution, VERGABE_ID), Benutzer.aktuell(execution.getProcessEngineServices()),
                Werte.pflichttext(execution, VERGABEVERMERK_ZUSAMMENFASSUNG));
    }
}
