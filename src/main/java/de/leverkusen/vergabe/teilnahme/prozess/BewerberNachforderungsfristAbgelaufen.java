package de.leverkusen.vergabe.teilnahme.prozess;

import de.leverkusen.vergabe.prozess.Prozessbindung;
import de.leverkusen.vergabe.verfahren.Teilnahmewettbewerbe;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The request's deadline ended without the documents: the domain records the candidate as not suitable, with that reason. */
@Component("bewerberNachforderungsfristAbgelaufen")
public class BewerberNachforderungsfristAbgelaufen implements JavaDelegate {

    private final Prozessbindung bindung;
    private final Teilnahmewettbewerbe teilnahme;

    public BewerberNachforderungsfristAbgelaufen(Prozessbindung bindung, Teilnahmewettbewerbe teilnahme) {
        this.bindung = bindung;
        this.teilnahme = teilnahme;
    }

    @Override
    public void execute(DelegateExecution execution) {
        teilnahme.nachforderungsfristAbgelaufen(bindung.teilnahmeantragId(execution));
    }
}
