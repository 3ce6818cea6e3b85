package de.leverkusen.vergabe.verhandlung.prozess;

import de.leverkusen.vergabe.prozess.Prozessbindung;
import de.leverkusen.vergabe.wertung.BewertungService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The final offers are evaluated as the initial ones were: new sheets on the same frozen evaluation basis. */
@Component("endgueltigeWertungVorbereiten")
public class EndgueltigeWertungVorbereiten implements JavaDelegate {

    private final Prozessbindung bindung;
    private final BewertungService bewertung;

    public EndgueltigeWertungVorbereiten(Prozessbindung bindung, BewertungService bewertung) {
        this.bindung = bindung;
        this.bewertung = bewertung;
    }

    @Override
    public void execute(DelegateExecution execution) {
        bewertung.neuBewerten(bindung.vergabeId(execution));
    }
}
