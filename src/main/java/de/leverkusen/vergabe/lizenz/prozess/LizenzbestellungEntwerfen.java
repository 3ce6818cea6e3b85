package de.leverkusen.vergabe.lizenz.prozess;

import static de.leverkusen.vergabe.modelle.DmsVergabeProzess.*;

import de.leverkusen.vergabe.lizenz.Lizenzbestellung;
import de.leverkusen.vergabe.lizenz.LizenzbestellungService;
import de.leverkusen.vergabe.prozess.Prozessbindung;
import de.leverkusen.vergabe.prozess.Werte;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Drafts the licence order from the award under its order number, opens that order (and nothing else of the
 * procedure) to the ivl worker, and fills the review form with its editable values.
 */
@Component("lizenzbestellungEntwerfen")
public class LizenzbestellungEntwerfen implements JavaDelegate {

    private final Prozessbindung bindung;
    private final LizenzbestellungService lizenzen;
    private final IvlZugriff ivl;

    public LizenzbestellungEntwerfen(Prozessbindung bindung, LizenzbestellungService lizenzen, IvlZugriff ivl) {
        this.bindung = bindung;
        this.lizenzen = lizenzen;
        this.ivl = ivl;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String bestellnummer = LizenzbestellungService.bestellnummer(execution.getProcessBusinessKey());
        execution.setVariable(BESTELLNUMMER, bestellnummer);
        Lizenzbestellung b = lizenzen.entwerfen(bindung.vergabeId(execution), bestellnummer);
        // the worker reads and completes this order's external tasks, nothing else of the procedure
        ivl.freigeben(execution.getProcessInstanceId());
        execution.setVariable(LOI_REFERENZ, b.getLoiReferenz());
        execution.setVariable(LIZENZANZAHL, (long) b.getAnzahlLizenzen());
        execution.setVariable(KOSTENSTELLE, b.getKostenstelle());
        execution.setVariable(LIEFERTERMIN, b.getLiefertermin().toString());
    }
}
