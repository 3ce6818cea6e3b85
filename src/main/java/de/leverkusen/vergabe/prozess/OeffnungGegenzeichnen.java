package de.leverkusen.vergabe.prozess;

import static de.leverkusen.vergabe.prozess.Variablen.*;

import de.leverkusen.vergabe.verfahren.VergabeService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Second opener; the domain refuses the person who opened (four eyes). */
@Component("oeffnungGegenzeichnen")
public class OeffnungGegenzeichnen implements TaskListener {

    private final Prozessbindung bindung;
    private final VergabeService vergaben;

    public OeffnungGegenzeichnen(Prozessbindung bindung, VergabeService vergaben) {
        this.bindung = bindung;
        this.vergaben = vergaben;
    }

    @Override
    public void notify(DelegateTask task) {
        String benutzer = AngeboteOeffnen.bearbeiter(task, GEGENZEICHNUNG_VERMERK);
        vergaben.gegenzeichnen(bindung.vergabeId(task), benutzer, Benutzer.vergabestelle(task.getProcessEngineServices(), benutzer),
                Werte.pflichttext(task, GEGENZEICHNUNG_VERMERK));
    }
}
