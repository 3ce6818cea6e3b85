package de.leverkusen.vergabe.prozess;

import static de.leverkusen.vergabe.prozess.Variablen.*;

import de.leverkusen.vergabe.verfahren.Angebot;
import de.leverkusen.vergabe.verfahren.Markdowntabelle;
import de.leverkusen.vergabe.verfahren.VergabeService;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Second opener (four eyes). On creation the task is withdrawn from the first opener (a revoke of every right on this
 * task for that user, which outweighs the Vergabestelle's group right: Tasklist does not offer it to them) and shows
 * the opened offers with their prices, task-local, so that the second person countersigns what the first recorded.
 * On completion the domain refuses the person who opened.
 */
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
        Long vergabeId = bindung.vergabeId(task);
        if (TaskListener.EVENTNAME_CREATE.equals(task.getEventName())) {
            erstoeffnerAusschliessen(task, vergaben.vergabe(vergabeId).getErstOeffner());
            task.setVariableLocal(OEFFNUNG_PREISE, preistabelle(vergabeId));
            return;
        }
        String benutzer = AngeboteOeffnen.bearbeiter(task, GEGENZEICHNUNG_VERMERK);
        vergaben.gegenzeichnen(vergabeId, benutzer, Benutzer.vergabestelle(task.getProcessEngineServices(), benutzer),
                Werte.pflichttext(task, GEGENZEICHNUNG_VERMERK));
    }

    static void erstoeffnerAusschliessen(DelegateTask task, String erstoeffner) {
        if (erstoeffner == null) {
            return;
        }
        AuthorizationService rechte = task.getProcessEngineServices().getAuthorizationService();
        Authorization entzug = rechte.createNewAuthorization(Authorization.AUTH_TYPE_REVOKE);
        entzug.setUserId(erstoeffner);
        entzug.setResource(Resources.TASK);
        entzug.setResourceId(task.getId());
        entzug.removePermission(Permissions.ALL);
        // deleted with the task by the engine, as every authorization of a task
        rechte.saveAuthorization(entzug);
    }

    private String preistabelle(Long vergabeId) {
        Markdowntabelle t = new Markdowntabelle("Bieter", "Angebotspreis (netto)");
        for (Angebot a : vergaben.angebote(vergabeId)) {
            t.zeile(a.getBieterName(), Markdowntabelle.euro(a.getPreis()));
        }
        return t.text();
    }
}
