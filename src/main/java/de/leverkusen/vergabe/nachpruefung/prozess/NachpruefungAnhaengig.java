package de.leverkusen.vergabe.nachpruefung.prozess;


import de.leverkusen.vergabe.prozess.Benutzer;
import de.leverkusen.vergabe.prozess.Prozessbindung;
import de.leverkusen.vergabe.verfahren.VergabeService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * The Vergabekammer's task exists: a review application was served. The Vergabeakte records it as pending (once,
 * also when the message reached the procedure by another way than the procedure API), so the award is barred there.
 */
@Component("nachpruefungAnhaengig")
public class NachpruefungAnhaengig implements TaskListener {

    private final Prozessbindung bindung;
    private final VergabeService vergaben;

    public NachpruefungAnhaengig(Prozessbindung bindung, VergabeService vergaben) {
        this.bindung = bindung;
        this.vergaben = vergaben;
    }

    @Override
    public void notify(DelegateTask task) {
        vergaben.nachpruefungAnhaengig(bindung.vergabeId(task), Benutzer.aktuell(task.getProcessEngineServices()));
    }
}
