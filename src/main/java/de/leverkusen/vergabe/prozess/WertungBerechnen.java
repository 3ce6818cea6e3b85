package de.leverkusen.vergabe.prozess;

import static de.leverkusen.vergabe.prozess.Variablen.*;

import de.leverkusen.vergabe.wertung.BewertungService;
import de.leverkusen.vergabe.wertung.Wertungsrechner;
import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Computes the ranking from the submitted sheets. Only the winner's name and a summary for the Vergabestelle's
 * forms become variables; the summary names no evaluator.
 */
@Component("wertungBerechnen")
public class WertungBerechnen implements JavaDelegate {

    private final BewertungService bewertung;

    public WertungBerechnen(BewertungService bewertung) {
        this.bewertung = bewertung;
    }

    @Override
    public void execute(DelegateExecution execution) {
        List<Wertungsrechner.Rang> rangfolge = bewertung.rangfolge(Werte.id(execution, VERGABE_ID));
        Wertungsrechner.Rang erster = rangfolge.get(0);
        execution.setVariable(BESTBIETER, erster.bieter());
        execution.setVariable(BESTBIETER_ANGEBOT_ID, erster.angebotId());
        execution.setVariable(WERTUNG_ERGEBNIS, rangfolge.stream()
                .map(r -> r.rang() + ". " + r.bieter() + ": L = " + r.leistung().toPlainString() + ", P = "
                        + r.preis().toPlainString() + " EUR, Z = L/P = " + r.kennzahl().toPlainString()
                        + (r.losentscheid() ? " (Gleichstand: Losentscheid erforderlich)" : ""))
                .collect(Collectors.joining("\n")));
    }
}
