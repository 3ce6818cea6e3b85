package de.leverkusen.vergabe.pruefung.prozess;

import static de.leverkusen.vergabe.modelle.DmsVergabeProzess.ANZAHL_NIEDRIGPREISE;

import de.leverkusen.vergabe.prozess.Prozessbindung;
import de.leverkusen.vergabe.verfahren.Niedrigpreisschwellen;
import de.leverkusen.vergabe.verfahren.VergabeService;
import de.leverkusen.vergabe.wertung.Wertungseinstellungen;
import java.math.BigDecimal;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** § 60 VgV after the checks of the offers: the domain flags abnormally low prices; the count only routes the model. */
@Component("niedrigpreisePruefen")
public class NiedrigpreisePruefen implements JavaDelegate {

    private final Prozessbindung bindung;
    private final VergabeService vergaben;
    private final Niedrigpreisschwellen schwellen;

    public NiedrigpreisePruefen(Prozessbindung bindung, VergabeService vergaben,
                                Wertungseinstellungen wertung) {
        this.bindung = bindung;
        this.vergaben = vergaben;
        this.schwellen = new Niedrigpreisschwellen(wertung.niedrigpreis().abstandNaechstes(),
                wertung.niedrigpreis().abstandSchaetzung());
    }

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariable(ANZAHL_NIEDRIGPREISE, vergaben.niedrigpreisePruefen(bindung.vergabeId(execution), schwellen).size());
    }
}
