package de.leverkusen.vergabe.prozess;

import static de.leverkusen.vergabe.prozess.Variablen.*;

import de.leverkusen.vergabe.schreiben.SchreibenService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Sends the request for missing documents (§ 56 VgV) as the Vergabestelle worded it in the task. */
@Component("unterlagenNachfordern")
public class UnterlagenNachfordern implements TaskListener {

    private final SchreibenService schreiben;

    public UnterlagenNachfordern(SchreibenService schreiben) {
        this.schreiben = schreiben;
    }

    @Override
    public void notify(DelegateTask task) {
        schreiben.nachforderung(Werte.id(task, ANGEBOT_ID), Werte.pflichttext(task, NACHGEFORDERTE_UNTERLAGEN), Werte.datum(task, NACHFORDERUNGSFRIST));
    }
}
