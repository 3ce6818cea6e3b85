package de.leverkusen.vergabe.prozess;

import static de.leverkusen.vergabe.prozess.Variablen.*;

import de.leverkusen.vergabe.wertung.BewertungService;
import de.leverkusen.vergabe.wertung.Kriterium;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Moves an evaluator's sheet from the form variables of its own process instance into the procedure's tables. */
@Component("bewertungsbogenSpeichern")
public class BewertungsbogenSpeichern implements JavaDelegate {

    private final BewertungService bewertung;

    public BewertungsbogenSpeichern(BewertungService bewertung) {
        this.bewertung = bewertung;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Long bogenId = Werte.id(execution, BEWERTUNGSBOGEN_ID);
        Map<String, Integer> punkte = new HashMap<>();
        Map<String, String> begruendungen = new HashMap<>();
        for (Kriterium k : bewertung.katalog(Werte.id(execution, VERGABE_ID)).kriterien()) {
            Object wert = execution.getVariable("punkte" + k.id());
            if (wert != null) {
                punkte.put(k.id(), Werte.zahl("punkte" + k.id(), wert).intValueExact());
            }
            begruendungen.put(k.id(), Werte.text(execution, "begruendung" + k.id()));
        }
        bewertung.abgeben(bogenId, punkte, begruendungen);
    }
}
