package de.leverkusen.vergabe.wertung.prozess;

import static de.leverkusen.vergabe.modelle.DmsVergabeProzess.*;

import de.leverkusen.vergabe.prozess.Prozessbindung;
import de.leverkusen.vergabe.verfahren.VergabeService;
import de.leverkusen.vergabe.wertung.BewertungService;
import de.leverkusen.vergabe.wertung.Wertungsrechner;
import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Computes the ranking from the consolidated values by the procedure's method and keeps the winner; no winner
 * ({@code bestbieter} null) when every offer is excluded. The ranking with its prices is not stored in a variable:
 * the Vergabestelle's forms get it as a task-local input computed from the tables
 * ({@code ${wertung.tabelle(execution)}}), so it exists only while such a task is open.
 */
@Component("wertungBerechnen")
public class WertungBerechnen implements JavaDelegate {

    private final Prozessbindung bindung;
    private final BewertungService bewertung;
    private final VergabeService vergaben;

    public WertungBerechnen(Prozessbindung bindung, BewertungService bewertung, VergabeService vergaben) {
        this.bindung = bindung;
        this.bewertung = bewertung;
        this.vergaben = vergaben;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Long vergabeId = bindung.vergabeId(execution);
        List<Wertungsrechner.Rang> rangfolge = bewertung.rangfolge(vergabeId);
        // a tie at the top that the published tie rule leaves open: the lot decides, never the order of input
        List<Wertungsrechner.Rang> spitze = rangfolge.stream().filter(r -> !r.ausgeschlossen() && Integer.valueOf(1).equals(r.rang())).toList();
        execution.setVariable(LOSENTSCHEID_ERFORDERLICH, spitze.size() > 1);
        if (spitze.size() > 1) {
            vergaben.gleichstandFestgestellt(vergabeId, spitze.stream().map(Wertungsrechner.Rang::angebotId).toList());
            execution.setVariable(LOS_KANDIDATEN, spitze.stream().map(Wertungsrechner.Rang::bieter).collect(Collectors.joining("\n")));
            execution.setVariable(BESTBIETER, null);
            execution.setVariable(BESTBIETER_ANGEBOT_ID, null);
            return;
        }
        // excluded offers come last: the first one is the winner unless it is excluded too
        Wertungsrechner.Rang erster = rangfolge.isEmpty() || rangfolge.get(0).ausgeschlossen() ? null : rangfolge.get(0);
        execution.setVariable(BESTBIETER, erster == null ? null : erster.bieter());
        // the winner is recorded in the Vergabeakte; the variables only show it and route the gateway
        vergaben.wertungFestgestellt(vergabeId, erster == null ? null : erster.angebotId());
        execution.setVariable(BESTBIETER_ANGEBOT_ID, erster == null ? null : erster.angebotId());
    }
}
