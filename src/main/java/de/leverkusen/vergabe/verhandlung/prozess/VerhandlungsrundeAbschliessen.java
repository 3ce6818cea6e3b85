package de.leverkusen.vergabe.verhandlung.prozess;

import static de.leverkusen.vergabe.modelle.VerhandlungProzess.*;

import de.leverkusen.vergabe.prozess.Benutzer;
import de.leverkusen.vergabe.prozess.Prozessbindung;
import de.leverkusen.vergabe.prozess.Werte;
import de.leverkusen.vergabe.schreiben.SchreibenService;
import de.leverkusen.vergabe.verfahren.VerhandlungService;
import de.leverkusen.vergabe.verfahren.Verhandlungsschritt;
import java.util.LinkedHashSet;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Closes a round: information to every remaining bidder, an optional reduction, then the next round or the call for
 * final offers; the letters go into this instance's outbox for the send task that follows.
 */
@Component("verhandlungsrundeAbschliessen")
public class VerhandlungsrundeAbschliessen implements TaskListener {

    private final Prozessbindung bindung;
    private final VerhandlungService verhandlungen;
    private final SchreibenService schreiben;

    public VerhandlungsrundeAbschliessen(Prozessbindung bindung, VerhandlungService verhandlungen, SchreibenService schreiben) {
        this.bindung = bindung;
        this.verhandlungen = verhandlungen;
        this.schreiben = schreiben;
    }

    @Override
    public void notify(DelegateTask task) {
        Long vergabeId = bindung.vergabeId(task);
        boolean endgueltig = Werte.wahl(task, NAECHSTER_SCHRITT, Verhandlungsschritt.class) == Verhandlungsschritt.ENDGUELTIGE_ANGEBOTE;
        String ausscheidend = Werte.text(task, AUSSCHEIDENDE_BIETER);
        Set<String> ausscheidende = new LinkedHashSet<>(ausscheidend == null ? java.util.List.of()
                : ausscheidend.lines().map(String::strip).filter(s -> !s.isEmpty()).toList());
        String frist = Werte.text(task, FRIST_ENDGUELTIGE_ANGEBOTE);
        VerhandlungService.Rundenabschluss abschluss = verhandlungen.rundeAbschliessen(vergabeId, Benutzer.bearbeiter(task),
                Werte.text(task, INFORMATION_ANLASS), Werte.text(task, INFORMATION_INHALT), ausscheidende, Werte.text(task, REDUZIERUNG_BEGRUENDUNG),
                endgueltig, endgueltig && frist != null && !frist.isEmpty() ? Werte.datumZeit(task, FRIST_ENDGUELTIGE_ANGEBOTE) : null);
        schreiben.verhandlungsrunde(vergabeId, abschluss, task.getProcessInstanceId());
    }
}
