package de.leverkusen.vergabe.prozess;

import static de.leverkusen.vergabe.prozess.Variablen.*;

import de.leverkusen.vergabe.verfahren.VergabeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Records an evaluator's declaration under § 6 VgV. */
@Component("erklaerungDokumentieren")
public class ErklaerungDokumentieren implements JavaDelegate {

    private final VergabeService vergaben;

    public ErklaerungDokumentieren(VergabeService vergaben) {
        this.vergaben = vergaben;
    }

    @Override
    public void execute(DelegateExecution execution) {
        vergaben.erklaerungAbgeben(Werte.id(execution, VERGABE_ID), Werte.pflichttext(execution, BEWERTER),
                "JA".equals(Werte.pflichttext(execution, INTERESSENKONFLIKT)), Werte.text(execution, INTERESSENKONFLIKT_BESCHREIBUNG));
    }
}
