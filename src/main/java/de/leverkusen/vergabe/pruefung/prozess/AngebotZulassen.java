package de.leverkusen.vergabe.pruefung.prozess;

import static de.leverkusen.vergabe.modelle.AngebotspruefungProzess.*;

import de.leverkusen.vergabe.prozess.Prozessbindung;
import de.leverkusen.vergabe.verfahren.VergabeService;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

@Component("angebotZulassen")
public class AngebotZulassen implements JavaDelegate {

    private final Prozessbindung bindung;
    private final VergabeService vergaben;

    public AngebotZulassen(Prozessbindung bindung, VergabeService vergaben) {
        this.bindung = bindung;
        this.vergaben = vergaben;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Map<?, ?> eignung = (Map<?, ?>) execution.getVariable(EIGNUNGSERGEBNIS);
        vergaben.zulassen(bindung.angebotId(execution), String.valueOf(eignung.get(EIGNUNGSERGEBNIS_GRUND)));
    }
}
