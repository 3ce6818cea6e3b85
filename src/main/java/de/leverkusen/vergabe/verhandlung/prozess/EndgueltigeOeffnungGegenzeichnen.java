package de.leverkusen.vergabe.verhandlung.prozess;

import static de.leverkusen.vergabe.modelle.DmsVergabeProzess.*;
import static de.leverkusen.vergabe.modelle.GemeinsameVariablen.*;

import de.leverkusen.vergabe.prozess.Benutzer;
import de.leverkusen.vergabe.prozess.Prozessbindung;
import de.leverkusen.vergabe.prozess.Werte;
import de.leverkusen.vergabe.verfahren.Angebot;
import de.leverkusen.vergabe.verfahren.Markdowntabelle;
import de.leverkusen.vergabe.verfahren.VergabeService;
import de.leverkusen.vergabe.verfahren.Verhandlung;
import de.leverkusen.vergabe.verfahren.VerhandlungService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Second opener of the final offers: as for the initial offers, withdrawn from the first opener, who is refused on completion. */
@Component("endgueltigeOeffnungGegenzeichnen")
public class EndgueltigeOeffnungGegenzeichnen implements TaskListener {

    private final Prozessbindung bindung;
    private final VerhandlungService verhandlungen;
    private final VergabeService vergaben;

    public EndgueltigeOeffnungGegenzeichnen(Prozessbindung bindung, VerhandlungService verhandlungen, VergabeService vergaben) {
        this.bindung = bindung;
        this.verhandlungen = verhandlungen;
        this.vergaben = vergaben;
    }

    @Override
    public void notify(DelegateTask task) {
        Long vergabeId = bindung.vergabeId(task);
        if (TaskListener.EVENTNAME_CREATE.equals(task.getEventName())) {
            Verhandlung v = verhandlungen.verhandlung(vergabeId).orElseThrow();
            Benutzer.ausschliessen(task, v.getErstOeffner());
            task.setVariableLocal(OEFFNUNGSNIEDERSCHRIFT, v.getOeffnungsniederschrift());
            task.setVariableLocal(OEFFNUNG_PREISE, preistabelle(vergabeId));
            return;
        }
        String benutzer = Benutzer.bearbeiter(task, GEGENZEICHNUNG_VERMERK);
        verhandlungen.endgueltigeGegenzeichnen(vergabeId, benutzer, Benutzer.vergabestelle(task.getProcessEngineServices(), benutzer),
                Werte.pflichttext(task, GEGENZEICHNUNG_VERMERK));
    }

    private String preistabelle(Long vergabeId) {
        Markdowntabelle t = new Markdowntabelle("Bieter", "Endgültiges Angebot (netto)", "Erstangebot (netto)");
        for (String name : verhandlungen.verbleibend(vergabeId)) {
            Angebot a = vergaben.angebote(vergabeId).stream().filter(x -> x.getBieterName().equals(name)).findFirst().orElseThrow();
            t.zeile(name, Markdowntabelle.euro(a.getPreis()), Markdowntabelle.euro(a.getErstangebotPreis()));
        }
        return t.text();
    }
}
