package de.leverkusen.vergabe.nachpruefung.prozess;

import static de.leverkusen.vergabe.modelle.DmsVergabeProzess.*;

import de.leverkusen.vergabe.nachpruefung.Wartefrist;
import de.leverkusen.vergabe.prozess.Prozessbindung;
import de.leverkusen.vergabe.prozess.Werte;
import de.leverkusen.vergabe.schreiben.SchreibenService;
import de.leverkusen.vergabe.verfahren.Vergabe;
import de.leverkusen.vergabe.verfahren.VergabeService;
import java.time.Clock;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * In the transaction of the release in "Bieter nach § 134 GWB informieren": the letters approved there are written,
 * e-mails into this instance's outbox, letters by post for the Vergabestelle. Sending is the next, asynchronous step.
 */
@Component("bieterinformationErstellen")
public class BieterinformationErstellen implements JavaDelegate {

    private final Prozessbindung bindung;
    private final VergabeService vergaben;
    private final SchreibenService schreiben;
    private final Clock clock;

    public BieterinformationErstellen(Prozessbindung bindung, VergabeService vergaben, SchreibenService schreiben, Clock clock) {
        this.bindung = bindung;
        this.vergaben = vergaben;
        this.schreiben = schreiben;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Long vergabeId = bindung.vergabeId(execution);
        Vergabe vergabe = vergaben.vergabe(vergabeId);
        // the stage first: letters only for a procedure the council has approved, to the recorded winner
        vergabe.erwarten("Bieter nach § 134 GWB informieren", Vergabe.Status.RAT_ZUGESTIMMT);
        Wartefrist.Versandart versandart = Werte.wahl(execution, VERSANDART, Wartefrist.Versandart.class);
        // the letter names the earliest date for a dispatch today; a later dispatch moves the recorded date, not the text
        LocalDate fruehester = Wartefrist.ab(LocalDate.now(clock), versandart).fruehesterZuschlag();
        schreiben.information134(vergabeId, vergabe.getBestbieterAngebotId(), fruehester, versandart == Wartefrist.Versandart.POST,
                execution.getProcessInstanceId());
    }
}
