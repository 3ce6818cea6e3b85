package de.leverkusen.vergabe.prozess;

import static de.leverkusen.vergabe.prozess.Variablen.*;

import de.leverkusen.vergabe.schreiben.SchreibenService;
import de.leverkusen.vergabe.verfahren.VergabeService;
import de.leverkusen.vergabe.verfahren.Wartefrist;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Sends the § 134 GWB information approved in the task to every unsuccessful bidder; the standstill starts the day
 * after the dispatch.
 */
@Component("wartefristBerechnen")
public class WartefristBerechnen implements JavaDelegate {

    private final Prozessbindung bindung;
    private final VergabeService vergaben;
    private final SchreibenService schreiben;
    private final Clock clock;

    public WartefristBerechnen(Prozessbindung bindung, VergabeService vergaben, SchreibenService schreiben, Clock clock) {
        this.bindung = bindung;
        this.vergaben = vergaben;
        this.schreiben = schreiben;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Wartefrist frist = Wartefrist.ab(LocalDate.now(clock), Wartefrist.Versandart.valueOf(Werte.pflichttext(execution, VERSANDART)));
        Long vergabeId = bindung.vergabeId(execution);
        // the stage first: letters go out only for a procedure the council has approved, to the recorded winner
        vergaben.bieterInformiert(vergabeId, frist.fruehesterZuschlag());
        schreiben.information134(vergabeId, vergaben.vergabe(vergabeId).getBestbieterAngebotId(), frist.fruehesterZuschlag());
        execution.setVariable(WARTEFRIST_LETZTER_TAG, frist.letzterTag().toString());
        execution.setVariable(FRUEHESTER_ZUSCHLAG, Date.from(frist.fruehesterZuschlag().atStartOfDay(clock.getZone()).toInstant()));
        execution.setVariable(FRUEHESTER_ZUSCHLAG_TEXT, frist.fruehesterZuschlag().format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy")));
        vergaben.vermerk(bindung.vergabeId(execution), Benutzer.aktuell(execution.getProcessEngineServices()), "Information § 134 GWB",
                "Bieter informiert (" + Werte.text(execution, VERSANDART) + "); Wartefrist " + frist.tage() + " Tage bis "
                        + frist.letzterTag() + ", Zuschlag frühestens am " + frist.fruehesterZuschlag());
    }
}
