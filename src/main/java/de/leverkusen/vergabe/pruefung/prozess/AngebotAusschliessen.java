package de.leverkusen.vergabe.pruefung.prozess;

import static de.leverkusen.vergabe.modelle.AngebotspruefungProzess.*;

import de.leverkusen.vergabe.prozess.Prozessbindung;
import de.leverkusen.vergabe.prozess.Werte;
import de.leverkusen.vergabe.verfahren.Pruefstand;
import de.leverkusen.vergabe.verfahren.VergabeService;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Excludes an offer (§ 57 VgV) with the reason that follows from what the checks recorded. */
@Component("angebotAusschliessen")
public class AngebotAusschliessen implements JavaDelegate {

    private final Prozessbindung bindung;
    private final VergabeService vergaben;

    public AngebotAusschliessen(Prozessbindung bindung, VergabeService vergaben) {
        this.bindung = bindung;
        this.vergaben = vergaben;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Map<?, ?> eignung = (Map<?, ?>) execution.getVariable(EIGNUNGSERGEBNIS);
        Pruefstand stand = new Pruefstand(
                Werte.text(execution, FORMALE_PRUEFUNG),
                Werte.text(execution, FORMALE_PRUEFUNG_VERMERK),
                Werte.text(execution, UNTERLAGEN_NACHGEREICHT),
                Werte.text(execution, NACHGEFORDERTE_UNTERLAGEN),
                Werte.text(execution, AUSSCHLUSSGRUND),
                Werte.text(execution, AUSSCHLUSSGRUENDE_VERMERK),
                eignung == null ? null : (Boolean) eignung.get(EIGNUNGSERGEBNIS_GEEIGNET),
                eignung == null ? null : (String) eignung.get(EIGNUNGSERGEBNIS_GRUND));
        vergaben.ausschliessen(bindung.angebotId(execution), stand.ausschlussgrundText());
    }
}
