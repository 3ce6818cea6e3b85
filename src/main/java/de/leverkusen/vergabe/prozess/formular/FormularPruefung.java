package de.leverkusen.vergabe.prozess.formular;

import de.leverkusen.vergabe.prozess.Werte;
import java.time.LocalDate;
import java.time.ZoneId;
import de.leverkusen.vergabe.verfahren.Eingabefehler;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * Checks the variables of a completed user task (or a submitted start form) against the rules of its
 * Camunda Form. A violation aborts the command: the task stays open, nothing is stored, and the
 * REST API answers 400 with the message (it maps {@link FormFieldValidationException} to Bad Request).
 */
public class FormularPruefung implements TaskListener, ExecutionListener {

    private final Formularkatalog katalog;
    private final String formId;

    public FormularPruefung(Formularkatalog katalog, String formId) {
        this.katalog = katalog;
        this.formId = formId;
    }

    @Override
    public void notify(DelegateTask task) {
        pruefeBearbeiter(task);
        try {
            katalog.regeln(task.getProcessEngineServices().getRepositoryService(), task.getProcessDefinitionId(), formId)
                    .pruefen(name -> Werte.normalisiert(task.getVariable(name)), heute());
        } catch (Eingabefehler e) {
            throw new FormFieldValidationException(e.feld(), e.getMessage());
        }
    }

    /** A task claimed by one person cannot be completed by another (the engine itself only checks the task right). */
    private static void pruefeBearbeiter(DelegateTask task) {
        Authentication angemeldet = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        if (angemeldet != null && task.getAssignee() != null && !task.getAssignee().equals(angemeldet.getUserId())) {
            throw new AuthorizationException("Die Aufgabe '" + task.getName() + "' ist " + task.getAssignee()
                    + " zugewiesen; " + angemeldet.getUserId() + " kann sie nicht abschließen");
        }
    }

    /** today at the authority's seat by the engine's clock (which the tests move) */
    private static LocalDate heute() {
        return ClockUtil.getCurrentTime().toInstant().atZone(ZoneId.of("Europe/Berlin")).toLocalDate();
    }

    @Override
    public void notify(DelegateExecution execution) {
        try {
            katalog.regeln(execution.getProcessEngineServices().getRepositoryService(), execution.getProcessDefinitionId(), formId)
                    .pruefen(name -> Werte.normalisiert(execution.getVariable(name)), heute());
        } catch (Eingabefehler e) {
            throw new FormFieldValidationException(e.feld(), e.getMessage());
        }
    }
}
