package de.leverkusen.vergabe.prozess;

import static de.leverkusen.vergabe.prozess.Variablen.*;

import de.leverkusen.vergabe.wertung.BewertungService;
import de.leverkusen.vergabe.wertung.Wertungsrechner;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Computes the ranking from the consolidated values by the procedure's method and keeps the winner; no winner
 * ({@code bestbieter} null) when every offer is excluded. The ranking with its prices is not stored in a variable:
 * the Vergabestelle's forms get it as a task-local input computed from the tables
 * ({@code ${wertung.zusammenfassung(vergabeId)}}), so it exists only while such a task is open.
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
        // excluded offers come last: the first one is the winner unless it is excluded too
        Wertungsrechner.Rang erster = rangfolge.isEmpty() || rangfolge.get(0).ausgeschlossen() ? null : rangfolge.get(0);
        execution.setVariable(BESTBIETER, erster == null ? null : erster.bieter());
        execution.setVariable(BESTBIETER_ANGEBOT_ID, erster == null ? null : erster.angebotId());
    }
}
