package de.leverkusen.vergabe.prozess;

import static de.leverkusen.vergabe.prozess.Variablen.*;

import de.leverkusen.vergabe.dokumente.DokumentService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The asynchronous document tasks (asyncBefore, retry cycle {@code postausgangWiederholungen}): store the documents
 * that the previous step made final (Ratsbeschlussvorlage after the council, Vergabevermerk at the end).
 */
@Component("dokumenteAblegen")
public class DokumenteAblegen implements JavaDelegate {

    private final DokumentService dokumente;

    public DokumenteAblegen(DokumentService dokumente) {
        this.dokumente = dokumente;
    }

    @Override
    public void execute(DelegateExecution execution) {
        dokumente.endfassungenAblegen(Werte.id(execution, VERGABE_ID));
    }
}
