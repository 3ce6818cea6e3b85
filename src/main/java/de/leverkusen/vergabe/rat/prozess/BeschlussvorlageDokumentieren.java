package de.leverkusen.vergabe.rat.prozess;

import static de.leverkusen.vergabe.modelle.RatsbefassungProzess.*;

import de.leverkusen.vergabe.prozess.Benutzer;
import de.leverkusen.vergabe.prozess.Prozessbindung;
import de.leverkusen.vergabe.prozess.Werte;
import de.leverkusen.vergabe.verfahren.JaNein;
import de.leverkusen.vergabe.verfahren.VergabeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

@Component("beschlussvorlageDokumentieren")
public class BeschlussvorlageDokumentieren implements JavaDelegate {

    private final Prozessbindung bindung;
    private final VergabeService vergaben;

    public BeschlussvorlageDokumentieren(Prozessbindung bindung, VergabeService vergaben) {
        this.bindung = bindung;
        this.vergaben = vergaben;
    }

    @Override
    public void execute(DelegateExecution execution) {
        vergaben.beschlussvorlage(bindung.vergabeId(execution), Benutzer.aktuell(execution.getProcessEngineServices()),
                Werte.pflichttext(execution, VORLAGE_NUMMER), Werte.pflichttext(execution, VORLAGE_BETREFF),
                Werte.wahl(execution, HAUSHALTSMITTEL_VERFUEGBAR, JaNein.class) == JaNein.JA);
    }
}
