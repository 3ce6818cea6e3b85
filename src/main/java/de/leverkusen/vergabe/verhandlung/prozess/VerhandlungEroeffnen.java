package de.leverkusen.vergabe.verhandlung.prozess;

import static de.leverkusen.vergabe.modelle.VerhandlungProzess.*;

import de.leverkusen.vergabe.prozess.Benutzer;
import de.leverkusen.vergabe.prozess.Prozessbindung;
import de.leverkusen.vergabe.prozess.Werte;
import de.leverkusen.vergabe.verfahren.JaNein;
import de.leverkusen.vergabe.verfahren.VerhandlungService;
import de.leverkusen.vergabe.wertung.BewertungService;
import de.leverkusen.vergabe.wertung.Wertungsrechner;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * After the initial offers' evaluation: the Vergabestelle negotiates, or awards on the initial offers where the notice
 * reserved it. The bidders in the negotiations are those the evaluation did not exclude, from the ranking.
 */
@Component("verhandlungEroeffnen")
public class VerhandlungEroeffnen implements TaskListener {

    private final Prozessbindung bindung;
    private final VerhandlungService verhandlungen;
    private final BewertungService bewertung;

    public VerhandlungEroeffnen(Prozessbindung bindung, VerhandlungService verhandlungen, BewertungService bewertung) {
        this.bindung = bindung;
        this.verhandlungen = verhandlungen;
        this.bewertung = bewertung;
    }

    @Override
    public void notify(DelegateTask task) {
        Long vergabeId = bindung.vergabeId(task);
        List<String> bieter = bewertung.rangfolge(vergabeId).stream().filter(r -> !r.ausgeschlossen()).map(Wertungsrechner.Rang::bieter).toList();
        verhandlungen.eroeffnen(vergabeId, bieter, Benutzer.bearbeiter(task), Werte.wahl(task, ZUSCHLAG_AUF_ERSTANGEBOTE, JaNein.class) == JaNein.JA,
                Werte.text(task, ZUSCHLAG_AUF_ERSTANGEBOTE_BEGRUENDUNG));
    }
}
