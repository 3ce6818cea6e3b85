package de.leverkusen.vergabe.nachpruefung.prozess;

import static de.leverkusen.vergabe.modelle.DmsVergabeProzess.*;

import de.leverkusen.vergabe.nachpruefung.Wartefrist;
import de.leverkusen.vergabe.prozess.Benutzer;
import de.leverkusen.vergabe.prozess.Prozessbindung;
import de.leverkusen.vergabe.schreiben.SchreibenService;
import de.leverkusen.vergabe.verfahren.Schreibweise;
import de.leverkusen.vergabe.verfahren.VergabeService;
import java.time.Clock;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * § 134 Abs. 2 GWB: once every letter of the information is dispatched (e-mail accepted by the mail server, post
 * recorded by the Vergabestelle), the standstill runs from the day after the last dispatch; the domain refuses it before.
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
        Long vergabeId = bindung.vergabeId(execution);
        Wartefrist frist = schreiben.wartefrist134(vergabeId);
        vergaben.bieterInformiert(vergabeId, frist.fruehesterZuschlag());
        execution.setVariable(WARTEFRIST_LETZTER_TAG, frist.letzterTag().toString());
        execution.setVariable(FRUEHESTER_ZUSCHLAG, Date.from(frist.fruehesterZuschlag().atStartOfDay(clock.getZone()).toInstant()));
        execution.setVariable(FRUEHESTER_ZUSCHLAG_TEXT, Schreibweise.datum(frist.fruehesterZuschlag()));
        vergaben.vermerk(vergabeId, Benutzer.aktuell(execution.getProcessEngineServices()), "Information § 134 GWB",
                "Bieter informiert, letzter Versand am " + Schreibweise.datum(frist.beginn().minusDays(1)) + "; Wartefrist " + frist.tage()
                        + " Tage bis " + Schreibweise.datum(frist.letzterTag()) + ", Zuschlag frühestens am " + Schreibweise.datum(frist.fruehesterZuschlag()));
    }
}
