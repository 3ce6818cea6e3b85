package de.leverkusen.vergabe.nachpruefung.prozess;

import static de.leverkusen.vergabe.modelle.DmsVergabeProzess.*;

import de.leverkusen.vergabe.prozess.Benutzer;
import de.leverkusen.vergabe.prozess.Prozessbindung;
import de.leverkusen.vergabe.prozess.Werte;
import de.leverkusen.vergabe.schreiben.SchreibenService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Completion of "Postversand der Bieterinformation erfassen": the recorded day of posting is the letters' dispatch. */
@Component("postversandErfassen")
public class PostversandErfassen implements TaskListener {

    private final Prozessbindung bindung;
    private final SchreibenService schreiben;

    public PostversandErfassen(Prozessbindung bindung, SchreibenService schreiben) {
        this.bindung = bindung;
        this.schreiben = schreiben;
    }

    @Override
    public void notify(DelegateTask task) {
        schreiben.postversandErfassen(bindung.vergabeId(task), Werte.datum(task, POSTVERSAND_AM), Benutzer.bearbeiter(task));
    }
}
