package de.leverkusen.vergabe.prozess;

import static de.leverkusen.vergabe.prozess.Variablen.*;

import de.leverkusen.vergabe.verfahren.VergabeService;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

@Component("angebotZulassen")
public class AngebotZulassen implements JavaDelegate {

    private final VergabeService vergaben;

    public AngebotZulassen(VergabeService vergaben) {
        this.vergaben = vergaben;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Map<?, ?> eignung = (Map<?, ?>) execution.getVariable(EIGNUNGSERGEBNIS);
        vergaben.zulassen(Werte.id(execution, ANGEBOT_ID), String.valueOf(eignung.get("eignungsgrund")));
    }
}
