package de.leverkusen.vergabe.dokumente.prozess;


import de.leverkusen.vergabe.dokumente.DokumentService;
import de.leverkusen.vergabe.prozess.Prozessbindung;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The asynchronous document tasks (asyncBefore, retry cycle {@code postausgangWiederholungen}): store the documents
 * that the previous step made final (Ratsbeschlussvorlage after the council, Vergabevermerk at the end).
 */
@Component("dokumenteAblegen")
public class DokumenteAblegen implements JavaDelegate {

    private final Prozessbindung bindung;
    private final DokumentService dokumente;

    public DokumenteAblegen(Prozessbindung bindung, DokumentService dokumente) {
        this.bindung = bindung;
        this.dokumente = dokumente;
    }

    @Override
    public void execute(DelegateExecution execution) {
        dokumente.endfassungenAblegen(bindung.vergabeId(execution));
    }
}
