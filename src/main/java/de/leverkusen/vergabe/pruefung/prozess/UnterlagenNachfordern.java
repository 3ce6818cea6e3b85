package de.leverkusen.vergabe.pruefung.prozess;

import static de.leverkusen.vergabe.modelle.AngebotspruefungProzess.*;

import de.leverkusen.vergabe.fristen.Fristeneinstellungen;
import de.leverkusen.vergabe.prozess.Prozessbindung;
import de.leverkusen.vergabe.prozess.Werte;
import de.leverkusen.vergabe.schreiben.SchreibenService;
import de.leverkusen.vergabe.verfahren.Nachforderungsfrist;
import java.time.Clock;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Writes the request for missing documents (§ 56 VgV) as worded in the task into the outbox; the next task sends it. */
@Component("unterlagenNachfordern")
public class UnterlagenNachfordern implements TaskListener {

    private final Prozessbindung bindung;
    private final SchreibenService schreiben;
    private final Clock clock;
    private final int mindesttage;

    public UnterlagenNachfordern(Prozessbindung bindung, SchreibenService schreiben, Clock clock,
                                 Fristeneinstellungen fristen) {
        this.bindung = bindung;
        this.schreiben = schreiben;
        this.clock = clock;
        this.mindesttage = fristen.nachforderungMindesttage();
    }

    @Override
    public void notify(DelegateTask task) {
        LocalDate frist = Werte.datum(task, NACHFORDERUNGSFRIST);
        Nachforderungsfrist.pruefen(frist, LocalDate.now(clock), mindesttage);
        schreiben.nachforderung(bindung.angebotId(task), Werte.pflichttext(task, NACHGEFORDERTE_UNTERLAGEN), frist,
                task.getProcessInstanceId());
    }
}
