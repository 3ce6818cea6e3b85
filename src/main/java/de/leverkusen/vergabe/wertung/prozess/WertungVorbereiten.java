package de.leverkusen.vergabe.wertung.prozess;

import static de.leverkusen.vergabe.modelle.DmsVergabeProzess.*;

import de.leverkusen.vergabe.prozess.Prozessbindung;
import de.leverkusen.vergabe.verfahren.Angebot;
import de.leverkusen.vergabe.verfahren.VergabeService;
import de.leverkusen.vergabe.wertung.BewertungService;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** After opening, checks and declarations: plans the presentations and opens one sheet per evaluator and offer. */
@Component("wertungVorbereiten")
public class WertungVorbereiten implements JavaDelegate {

    private final Prozessbindung bindung;
    private final VergabeService vergaben;
    private final BewertungService bewertung;

    public WertungVorbereiten(Prozessbindung bindung, VergabeService vergaben, BewertungService bewertung) {
        this.bindung = bindung;
        this.vergaben = vergaben;
        this.bewertung = bewertung;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Long vergabeId = bindung.vergabeId(execution);
        int bewerter = vergaben.unbefangeneBewerter(vergabeId).size();
        List<Angebot> zugelassen = bewerter == 0 ? List.of() : vergaben.praesentationenPlanen(vergabeId);
        bewertung.boegenAnlegen(vergabeId);
        execution.setVariable(ANZAHL_ZUGELASSENE_ANGEBOTE, zugelassen.size());
        execution.setVariable(ANZAHL_BEWERTER, bewerter);
    }
}
