package de.leverkusen.vergabe.prozess;

import static de.leverkusen.vergabe.prozess.Variablen.*;

import de.leverkusen.vergabe.verfahren.Eingabefehler;
import de.leverkusen.vergabe.verfahren.VergabeService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Records the first opener (§ 55 VgV). The opener is taken from the login or the claim, never from a form value. */
@Component("angeboteOeffnen")
public class AngeboteOeffnen implements TaskListener {

    private final VergabeService vergaben;

    public AngeboteOeffnen(VergabeService vergaben) {
        this.vergaben = vergaben;
    }

    @Override
    public void notify(DelegateTask task) {
        vergaben.oeffnen(Werte.id(task, VERGABE_ID), bearbeiter(task, OEFFNUNGSNIEDERSCHRIFT), Werte.pflichttext(task, OEFFNUNGSNIEDERSCHRIFT));
    }

    static String bearbeiter(DelegateTask task, String feld) {
        String benutzer = Benutzer.bearbeiter(task);
        if (benutzer == null) {
            throw new Eingabefehler(feld, "die Aufgabe muss vor dem Abschluss von einer Person übernommen werden (Vier-Augen-Prinzip)");
        }
        return benutzer;
    }
}
