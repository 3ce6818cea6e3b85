package de.leverkusen.vergabe.lizenz.prozess;

import static de.leverkusen.vergabe.modelle.DmsVergabeProzess.*;

import de.leverkusen.vergabe.lizenz.Bestellpruefung;
import de.leverkusen.vergabe.lizenz.LizenzbestellungService;
import de.leverkusen.vergabe.prozess.Benutzer;
import de.leverkusen.vergabe.prozess.Werte;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Completion of "Lizenzbestellung prüfen": stores the reviewed order; a rule across fields refuses it (400). */
@Component("lizenzbestellungGeprueft")
public class LizenzbestellungGeprueft implements TaskListener {

    private final LizenzbestellungService lizenzen;

    public LizenzbestellungGeprueft(LizenzbestellungService lizenzen) {
        this.lizenzen = lizenzen;
    }

    @Override
    public void notify(DelegateTask task) {
        Bestellpruefung pruefung = new Bestellpruefung(Werte.pflichttext(task, LOI_REFERENZ),
                Werte.ganzzahl(LIZENZANZAHL, task.getVariable(LIZENZANZAHL)), Werte.pflichttext(task, KOSTENSTELLE),
                Werte.datum(task, LIEFERTERMIN), Werte.pflichttext(task, LIZENZ_PRUEFVERMERK));
        lizenzen.pruefen(Werte.pflichttext(task, BESTELLNUMMER), Benutzer.bearbeiter(task), pruefung);
        // an earlier refusal by ivl has been dealt with
        task.getExecution().removeVariable(IVL_ABLEHNUNG);
    }
}
