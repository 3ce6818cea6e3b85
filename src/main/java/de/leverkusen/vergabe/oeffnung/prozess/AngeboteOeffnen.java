package de.leverkusen.vergabe.oeffnung.prozess;

import static de.leverkusen.vergabe.modelle.DmsVergabeProzess.*;

import de.leverkusen.vergabe.prozess.Benutzer;
import de.leverkusen.vergabe.prozess.Prozessbindung;
import de.leverkusen.vergabe.prozess.Werte;
import de.leverkusen.vergabe.verfahren.Angebot;
import de.leverkusen.vergabe.verfahren.Angebotspreise;
import de.leverkusen.vergabe.verfahren.Eingabefehler;
import de.leverkusen.vergabe.verfahren.VergabeService;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Records the first opener (§ 55 VgV) and the prices of the opened offers. The opener is taken from the login or
 * the claim, never from a form value. The prices move into the offers table and the variable is removed, so that
 * no later task (an evaluator's declaration runs in this process instance) can read them.
 */
@Component("angeboteOeffnen")
public class AngeboteOeffnen implements TaskListener {

    private final Prozessbindung bindung;
    private final VergabeService vergaben;

    public AngeboteOeffnen(Prozessbindung bindung, VergabeService vergaben) {
        this.bindung = bindung;
        this.vergaben = vergaben;
    }

    @Override
    public void notify(DelegateTask task) {
        Long vergabeId = bindung.vergabeId(task);
        List<String> bieter = vergaben.angebote(vergabeId).stream().map(Angebot::getBieterName).toList();
        Map<String, BigDecimal> preise = Angebotspreise.lesen(Werte.pflichttext(task, ANGEBOTSPREISE), bieter);
        String benutzer = Benutzer.bearbeiter(task, OEFFNUNGSNIEDERSCHRIFT);
        vergaben.oeffnen(vergabeId, benutzer, Benutzer.vergabestelle(task.getProcessEngineServices(), benutzer),
                Werte.pflichttext(task, OEFFNUNGSNIEDERSCHRIFT), preise);
        task.removeVariable(ANGEBOTSPREISE);
    }

}
