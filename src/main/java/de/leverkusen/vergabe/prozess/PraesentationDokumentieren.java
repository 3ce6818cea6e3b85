package de.leverkusen.vergabe.prozess;

import static de.leverkusen.vergabe.prozess.Variablen.*;

import de.leverkusen.vergabe.verfahren.VergabeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

@Component("praesentationDokumentieren")
public class PraesentationDokumentieren implements JavaDelegate {

    private final VergabeService vergaben;

    public PraesentationDokumentieren(VergabeService vergaben) {
        this.vergaben = vergaben;
    }

    @Override
    public void execute(DelegateExecution execution) {
        vergaben.praesentationDokumentieren(Werte.id(execution, ANGEBOT_ID), Benutzer.aktuell(execution.getProcessEngineServices()),
                Werte.pflichttext(execution, ANWESENDE_BEWERTER), Werte.pflichttext(execution, PRAESENTATION_PROTOKOLL));
    }
}
