package de.leverkusen.vergabe.zuschlag.prozess;

import static de.leverkusen.vergabe.modelle.DmsVergabeProzess.*;

import de.leverkusen.vergabe.prozess.Benutzer;
import de.leverkusen.vergabe.prozess.Prozessbindung;
import de.leverkusen.vergabe.prozess.Werte;
import de.leverkusen.vergabe.verfahren.VergabeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

@Component("verfahrenAbschliessen")
public class VerfahrenAbschliessen implements JavaDelegate {

    private final Prozessbindung bindung;
    private final VergabeService vergaben;

    public VerfahrenAbschliessen(Prozessbindung bindung, VergabeService vergaben) {
        this.bindung = bindung;
        this.vergaben = vergaben;
    }

    @Override
    public void execute(DelegateExecution execution) {
        vergaben.abschliessen(bindung.vergabeId(execution), Benutzer.aktuell(execution.getProcessEngineServices()),
                Werte.pflichttext(execution, VERGABEVERMERK_ZUSAMMENFASSUNG));
    }
}
