package de.leverkusen.vergabe.pruefung.prozess;

import static de.leverkusen.vergabe.modelle.DmsVergabeProzess.*;

import de.leverkusen.vergabe.fristen.Fristeneinstellungen;
import de.leverkusen.vergabe.prozess.Benutzer;
import de.leverkusen.vergabe.prozess.Prozessbindung;
import de.leverkusen.vergabe.prozess.Werte;
import de.leverkusen.vergabe.schreiben.SchreibenService;
import de.leverkusen.vergabe.verfahren.Angebot;
import de.leverkusen.vergabe.verfahren.VergabeService;
import java.time.Clock;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** The request to explain an abnormally low price (§ 60 Abs. 1 VgV): recorded, then sent to the bidder in text form. */
@Component("aufklaerungAnfordern")
public class AufklaerungAnfordern implements TaskListener {

    private final Prozessbindung bindung;
    private final VergabeService vergaben;
    private final SchreibenService schreiben;
    private final Clock clock;
    private final int mindesttage;

    public AufklaerungAnfordern(Prozessbindung bindung, VergabeService vergaben, SchreibenService schreiben, Clock clock,
                                Fristeneinstellungen fristen) {
        this.bindung = bindung;
        this.vergaben = vergaben;
        this.schreiben = schreiben;
        this.clock = clock;
        this.mindesttage = fristen.nachforderungMindesttage();
    }

    @Override
    public void notify(DelegateTask task) {
        String fragen = Werte.pflichttext(task, AUFKLAERUNG_FRAGEN);
        LocalDate frist = Werte.datum(task, AUFKLAERUNG_FRIST);
        Angebot angebot = vergaben.aufklaerungAnfordern(bindung.angebotId(task), Benutzer.bearbeiter(task), fragen, frist,
                LocalDate.now(clock), mindesttage);
        schreiben.aufklaerung60(angebot, fragen, frist, task.getProcessInstanceId());
    }
}
