package de.leverkusen.vergabe.prozess;

import static de.leverkusen.vergabe.modelle.DmsVergabeProzess.ANZAHL_NIEDRIGPREISE;

import de.leverkusen.vergabe.verfahren.Niedrigpreisschwellen;
import de.leverkusen.vergabe.verfahren.VergabeService;
import java.math.BigDecimal;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** § 60 VgV after the checks of the offers: the domain flags abnormally low prices; the count only routes the model. */
@Component("niedrigpreisePruefen")
public class NiedrigpreisePruefen implements JavaDelegate {

    private final Prozessbindung bindung;
    private final VergabeService vergaben;
    private final Niedrigpreisschwellen schwellen;

    public NiedrigpreisePruefen(Prozessbindung bindung, VergabeService vergaben,
                                @Value("${vergabe.wertung.niedrigpreis.abstand-naechstes}") BigDecimal abstandNaechstes,
                                @Value("${vergabe.wertung.niedrigpreis.abstand-schaetzung}") BigDecimal abstandSchaetzung) {
        this.bindung = bindung;
        this.vergaben = vergaben;
        this.schwellen = new Niedrigpreisschwellen(abstandNaechstes, abstandSchaetzung);
    }

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariable(ANZAHL_NIEDRIGPREISE, vergaben.niedrigpreisePruefen(bindung.vergabeId(execution), schwellen).size());
    }
}
