package de.leverkusen.vergabe.pruefung.prozess;

import static de.leverkusen.vergabe.modelle.DmsVergabeProzess.*;

import de.leverkusen.vergabe.prozess.Benutzer;
import de.leverkusen.vergabe.prozess.Prozessbindung;
import de.leverkusen.vergabe.prozess.Werte;
import de.leverkusen.vergabe.verfahren.Angebot;
import de.leverkusen.vergabe.verfahren.Eingabefehler;
import de.leverkusen.vergabe.verfahren.VergabeService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** The answer to the clarification and the decision on the price: accepted with reasons or excluded (§ 60 Abs. 3 VgV). */
@Component("niedrigpreisEntscheiden")
public class NiedrigpreisEntscheiden implements TaskListener {

    private final Prozessbindung bindung;
    private final VergabeService vergaben;

    public NiedrigpreisEntscheiden(Prozessbindung bindung, VergabeService vergaben) {
        this.bindung = bindung;
        this.vergaben = vergaben;
    }

    @Override
    public void notify(DelegateTask task) {
        String entscheidung = Werte.pflichttext(task, NIEDRIGPREIS_ENTSCHEIDUNG);
        Angebot.Niedrigpreisentscheidung wahl;
        try {
            wahl = Angebot.Niedrigpreisentscheidung.valueOf(entscheidung);
        } catch (IllegalArgumentException e) {
            throw new Eingabefehler(NIEDRIGPREIS_ENTSCHEIDUNG, "erlaubt: ANGENOMMEN, AUSGESCHLOSSEN");
        }
        vergaben.niedrigpreisEntscheiden(bindung.angebotId(task), Benutzer.bearbeiter(task), Werte.pflichttext(task, AUFKLAERUNG_ANTWORT),
                wahl, Werte.pflichttext(task, NIEDRIGPREIS_BEGRUENDUNG));
    }
}
