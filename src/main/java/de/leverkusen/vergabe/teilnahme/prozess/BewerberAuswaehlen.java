package de.leverkusen.vergabe.teilnahme.prozess;

import static de.leverkusen.vergabe.modelle.GemeinsameVariablen.*;
import static de.leverkusen.vergabe.modelle.TeilnahmewettbewerbProzess.*;

import de.leverkusen.vergabe.prozess.Benutzer;
import de.leverkusen.vergabe.prozess.Prozessbindung;
import de.leverkusen.vergabe.prozess.Werte;
import de.leverkusen.vergabe.schreiben.SchreibenService;
import de.leverkusen.vergabe.verfahren.Teilnahmewettbewerbe;
import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * The selection (§ 51 VgV), checked by the domain; in the same transaction the letters to the candidates not invited
 * go into this instance's outbox (sent by the next, asynchronous task).
 */
@Component("bewerberAuswaehlen")
public class BewerberAuswaehlen implements TaskListener {

    private final Prozessbindung bindung;
    private final Teilnahmewettbewerbe teilnahme;
    private final SchreibenService schreiben;

    public BewerberAuswaehlen(Prozessbindung bindung, Teilnahmewettbewerbe teilnahme, SchreibenService schreiben) {
        this.bindung = bindung;
        this.teilnahme = teilnahme;
        this.schreiben = schreiben;
    }

    @Override
    public void notify(DelegateTask task) {
        Long vergabeId = bindung.vergabeId(task);
        List<String> namen = Arrays.stream(Werte.pflichttext(task, AUSWAHL).split("\\R")).map(String::strip).filter(n -> !n.isEmpty()).toList();
        teilnahme.auswaehlen(vergabeId, Benutzer.bearbeiter(task), namen, Werte.text(task, AUSWAHL_BEGRUENDUNG));
        schreiben.nichtAufgefordert(vergabeId, task.getProcessInstanceId());
    }
}
