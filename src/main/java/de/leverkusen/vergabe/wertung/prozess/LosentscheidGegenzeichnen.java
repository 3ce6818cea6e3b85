package de.leverkusen.vergabe.wertung.prozess;

import static de.leverkusen.vergabe.modelle.DmsVergabeProzess.*;

import de.leverkusen.vergabe.prozess.Benutzer;
import de.leverkusen.vergabe.prozess.Prozessbindung;
import de.leverkusen.vergabe.prozess.Werte;
import de.leverkusen.vergabe.verfahren.Vergabe;
import de.leverkusen.vergabe.verfahren.VergabeService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * A second, different member of the Vergabestelle countersigns the lot draw (four eyes); the drawn offer is the
 * winner recorded in the Vergabeakte, and the variables show it to the award proposal.
 */
@Component("losentscheidGegenzeichnen")
public class LosentscheidGegenzeichnen implements TaskListener {

    private final Prozessbindung bindung;
    private final VergabeService vergaben;

    public LosentscheidGegenzeichnen(Prozessbindung bindung, VergabeService vergaben) {
        this.bindung = bindung;
        this.vergaben = vergaben;
    }

    @Override
    public void notify(DelegateTask task) {
        Long vergabeId = bindung.vergabeId(task);
        String benutzer = Benutzer.bearbeiter(task, LOS_GEGENZEICHNUNG_VERMERK);
        vergaben.losGegengezeichnet(vergabeId, benutzer, Benutzer.vergabestelle(task.getProcessEngineServices(), benutzer),
                Werte.pflichttext(task, LOS_GEGENZEICHNUNG_VERMERK));
        Vergabe vergabe = vergaben.vergabe(vergabeId);
        task.setVariable(BESTBIETER_ANGEBOT_ID, vergabe.getBestbieterAngebotId());
        task.setVariable(BESTBIETER, vergaben.angebot(vergabe.getBestbieterAngebotId()).getBieterName());
        task.setVariable(LOSENTSCHEID_ERFORDERLICH, false);
    }
}
