package de.leverkusen.vergabe.prozess;

import de.leverkusen.vergabe.verfahren.Aufgabentitel;
import de.leverkusen.vergabe.verfahren.VergabeService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Names every user task after what it belongs to, from the Vergabeakte: the file number first, and the bidder where
 * the task works on one offer and its name does not say so yet ("VG-2021-DMS · Formale Prüfung: Anbieter A"). Tasklist's
 * cards, its sorting by name and Cockpit then tell 15 look-alike tasks of several procedures apart. Attached to every
 * user task of every model by {@link BindungsPlugin}; a task of an unbound instance keeps its model's name.
 */
@Component("aufgabenname")
public class Aufgabenname implements TaskListener {

    private final Prozessbindung bindung;
    private final VergabeService vergaben;

    public Aufgabenname(Prozessbindung bindung, VergabeService vergaben) {
        this.bindung = bindung;
        this.vergaben = vergaben;
    }

    @Override
    public void notify(DelegateTask task) {
        bindung.gebundeneVergabe(task.getExecution()).ifPresent(vergabeId -> {
            String name = task.getName() == null ? "" : task.getName();
            String bieter = bindung.gebundenesAngebot(task.getExecution()).map(a -> vergaben.angebot(a).getBieterName()).orElse(null);
            if (bieter != null && !name.contains(bieter)) {
                name = name + ": " + bieter;
            }
            task.setName(Aufgabentitel.mit(vergaben.vergabe(vergabeId).getBusinessKey(), name));
        });
    }
}
