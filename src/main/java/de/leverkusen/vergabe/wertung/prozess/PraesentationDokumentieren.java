package de.leverkusen.vergabe.wertung.prozess;

import static de.leverkusen.vergabe.modelle.DmsVergabeProzess.*;

import de.leverkusen.vergabe.prozess.Benutzer;
import de.leverkusen.vergabe.prozess.Prozessbindung;
import de.leverkusen.vergabe.prozess.Werte;
import de.leverkusen.vergabe.verfahren.VergabeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

@Component("praesentationDokumentieren")
public class PraesentationDokumentieren implements JavaDelegate {

    private final Prozessbindung bindung;
    private final VergabeService vergaben;

    public PraesentationDokumentieren(Prozessbindung bindung, VergabeService vergaben) {
        this.bindung = bindung;
        this.vergaben = vergaben;
    }

    @Override
    public void execute(DelegateExecution execution) {
        vergaben.praesentationDokumentieren(bindung.angebotId(execution), Benutzer.aktuell(execution.getProcessEngineServices()),
                Werte.pflichttext(execution, ANWESENDE_BEWERTER), Werte.pflichttext(execution, PRAESENTATION_PROTOKOLL));
    }
}
