package de.leverkusen.vergabe.teilnahme.prozess;

import static de.leverkusen.vergabe.modelle.GemeinsameVariablen.*;
import static de.leverkusen.vergabe.modelle.TeilnahmewettbewerbProzess.*;

import de.leverkusen.vergabe.prozess.Benutzer;
import de.leverkusen.vergabe.prozess.Prozessbindung;
import de.leverkusen.vergabe.prozess.Werte;
import de.leverkusen.vergabe.verfahren.Markdowntabelle;
import de.leverkusen.vergabe.verfahren.Teilnahmeantrag;
import de.leverkusen.vergabe.verfahren.Teilnahmewettbewerbe;
import de.leverkusen.vergabe.verfahren.VergabeService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Second opener of the participation requests, as for offers ({@link OeffnungGegenzeichnen}): withdrawn from the first
 * opener on creation, showing the recorded candidates task-local; the domain refuses the first opener on completion.
 */
@Component("teilnahmeOeffnungGegenzeichnen")
public class TeilnahmeOeffnungGegenzeichnen implements TaskListener {


    private final Prozessbindung bindung;
    private final VergabeService vergaben;
    private final Teilnahmewettbewerbe teilnahme;

    public TeilnahmeOeffnungGegenzeichnen(Prozessbindung bindung, VergabeService vergaben, Teilnahmewettbewerbe teilnahme) {
        this.bindung = bindung;
        this.vergaben = vergaben;
        this.teilnahme = teilnahme;
    }

    @Override
    public void notify(DelegateTask task) {
        Long vergabeId = bindung.vergabeId(task);
        if (TaskListener.EVENTNAME_CREATE.equals(task.getEventName())) {
            Benutzer.ausschliessen(task, vergaben.vergabe(vergabeId).getTeilnahmeErstOeffner());
            Markdowntabelle t = new Markdowntabelle("Bewerber", "E-Mail-Adresse");
            for (Teilnahmeantrag a : teilnahme.antraege(vergabeId)) {
                t.zeile(a.getBewerberName(), a.getBewerberEmail());
            }
            task.setVariableLocal(OEFFNUNG_BEWERBER, t.text());
            return;
        }
        String benutzer = Benutzer.bearbeiter(task, GEGENZEICHNUNG_VERMERK);
        teilnahme.gegenzeichnen(vergabeId, benutzer, Benutzer.vergabestelle(task.getProcessEngineServices(), benutzer),
                Werte.pflichttext(task, GEGENZEICHNUNG_VERMERK));
    }
}
