package de.leverkusen.vergabe.wertung.prozess;

import static de.leverkusen.vergabe.modelle.DmsVergabeProzess.*;

import de.leverkusen.vergabe.prozess.Prozessbindung;
import de.leverkusen.vergabe.prozess.Werte;
import de.leverkusen.vergabe.verfahren.JaNein;
import de.leverkusen.vergabe.verfahren.VergabeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Records an evaluator's declaration under § 6 VgV. */
@Component("erklaerungDokumentieren")
public class ErklaerungDokumentieren implements JavaDelegate {

    private final Prozessbindung bindung;
    private final VergabeService vergaben;

    public ErklaerungDokumentieren(Prozessbindung bindung, VergabeService vergaben) {
        this.bindung = bindung;
        this.vergaben = vergaben;
    }

    @Override
    public void execute(DelegateExecution execution) {
        vergaben.erklaerungAbgeben(bindung.vergabeId(execution), bindung.bewerter(execution),
                Werte.wahl(execution, INTERESSENKONFLIKT, JaNein.class) == JaNein.JA, Werte.text(execution, INTERESSENKONFLIKT_BESCHREIBUNG));
    }
}
