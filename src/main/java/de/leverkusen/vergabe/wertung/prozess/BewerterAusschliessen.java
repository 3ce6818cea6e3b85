package de.leverkusen.vergabe.wertung.prozess;


import de.leverkusen.vergabe.prozess.Prozessbindung;
import de.leverkusen.vergabe.verfahren.VergabeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

@Component("bewerterAusschliessen")
public class BewerterAusschliessen implements JavaDelegate {

    private final Prozessbindung bindung;
    private final VergabeService vergaben;

    public BewerterAusschliessen(Prozessbindung bindung, VergabeService vergaben) {
        this.bindung = bindung;
        this.vergaben = vergaben;
    }

    @Override
    public void execute(DelegateExecution execution) {
        vergaben.bewerterAusschliessen(bindung.vergabeId(execution), bindung.bewerter(execution));
    }
}
