package de.leverkusen.vergabe.wertung.prozess;

import static de.leverkusen.vergabe.modelle.BewertungsbogenProzess.*;

import de.leverkusen.vergabe.prozess.Benutzer;
import de.leverkusen.vergabe.prozess.Prozessbindung;
import de.leverkusen.vergabe.prozess.Werte;
import de.leverkusen.vergabe.verfahren.Eingabefehler;
import de.leverkusen.vergabe.verfahren.Erfuellung;
import de.leverkusen.vergabe.wertung.BewertungService;
import de.leverkusen.vergabe.wertung.Kriterium;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Moves an evaluator's sheet from the form variables of its own process instance into the procedure's tables.
 * Field names per criterion of the procedure's catalogue: {@code punkte<id>} (B), {@code erfuellt<id>} (A, ERFUELLT or
 * NICHT_ERFUELLT), {@code begruendung<id>}.
 * Which sheet it is comes from the instance's binding ({@link Prozessbindung}), whatever ids a form or a REST call
 * sends; the domain refuses a sheet submitted by anybody but its evaluator.
 */
@Component("bewertungsbogenSpeichern")
public class BewertungsbogenSpeichern implements JavaDelegate {

    private final Prozessbindung bindung;
    private final BewertungService bewertung;

    public BewertungsbogenSpeichern(Prozessbindung bindung, BewertungService bewertung) {
        this.bindung = bindung;
        this.bewertung = bewertung;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Long bogenId = bindung.bewertungsbogenId(execution);
        Map<String, Integer> punkte = new HashMap<>();
        Map<String, Boolean> erfuellt = new HashMap<>();
        Map<String, String> begruendungen = new HashMap<>();
        for (Kriterium k : bewertung.katalog(bewertung.bogen(bogenId).getVergabeId()).kriterien()) {
            if (k.gewertet()) {
                Object wert = execution.getVariable(PUNKTE_PRAEFIX + k.id());
                if (wert != null) {
                    punkte.put(k.id(), Werte.ganzzahl(PUNKTE_PRAEFIX + k.id(), wert));
                }
            } else {
                String wert = Werte.text(execution, ERFUELLT_PRAEFIX + k.id());
                if (wert != null && !wert.isBlank()) {
                    erfuellt.put(k.id(), Werte.wahl(ERFUELLT_PRAEFIX + k.id(), wert, Erfuellung.class) == Erfuellung.ERFUELLT);
                }
            }
            begruendungen.put(k.id(), Werte.text(execution, BEGRUENDUNG_PRAEFIX + k.id()));
        }
        bewertung.abgeben(bogenId, Benutzer.aktuell(execution.getProcessEngineServices()), punkte, erfuellt, begruendungen);
    }
}
