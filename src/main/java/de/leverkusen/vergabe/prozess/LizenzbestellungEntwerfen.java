package de.leverkusen.vergabe.prozess;

import static de.leverkusen.vergabe.modelle.DmsVergabeProzess.*;

import de.leverkusen.vergabe.lizenz.Lizenzbestellung;
import de.leverkusen.vergabe.lizenz.LizenzbestellungService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Drafts the licence order from the award and fills the review form with its editable values. */
@Component("lizenzbestellungEntwerfen")
public class LizenzbestellungEntwerfen implements JavaDelegate {

    private final Prozessbindung bindung;
    private final LizenzbestellungService lizenzen;

    public LizenzbestellungEntwerfen(Prozessbindung bindung, LizenzbestellungService lizenzen) {
        this.bindung = bindung;
        this.lizenzen = lizenzen;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Lizenzbestellung b = lizenzen.entwerfen(bindung.vergabeId(execution), Werte.pflichttext(execution, BESTELLNUMMER));
        execution.setVariable(LOI_REFERENZ, b.getLoiReferenz());
        execution.setVariable(LIZENZANZAHL, (long) b.getAnzahlLizenzen());
        execution.setVariable(KOSTENSTELLE, b.getKostenstelle());
        execution.setVariable(LIEFERTERMIN, b.getLiefertermin().toString());
    }
}
