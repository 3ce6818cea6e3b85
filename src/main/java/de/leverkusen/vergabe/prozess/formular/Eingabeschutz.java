package de.leverkusen.vergabe.prozess.formular;

import de.leverkusen.vergabe.prozess.Werte;
import de.leverkusen.vergabe.verfahren.Rollen;
import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.form.CamundaFormRef;
import org.camunda.bpm.engine.form.StartFormData;
import org.camunda.bpm.engine.impl.ProcessInstantiationBuilderImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.AbstractPatchVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractVariableCmd;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitStartFormCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.cmd.batch.variables.SetVariablesToProcessInstancesBatchCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.value.TypedValue;

/**
 * What a caller may write into a procedure, checked before the engine executes the command:
 * <ul>
 *   <li>completing a task (submit-form, complete, resolve) or starting a process with a start form takes only the
 *       fields that its Camunda Form lets a person enter; a field the form does not declare is refused with 400, a
 *       read-only or disabled one unless its value is the one the form showed (form-js sends read-only fields
 *       back unchanged, disabled ones not at all);</li>
 *   <li>variables are written through no other door (the task, execution and process-instance variable endpoints,
 *       local or not, and their batch) by anybody but the operations admin: 403.</li>
 * </ul>
 * Ids of procedures, offers and sheets, dates and decisions thus cannot be slipped in with a completion. Only the
 * commands a caller issues are checked; what delegates and listeners do inside a command is the procedure's own work.
 */
final class Eingabeschutz extends CommandInterceptor {

    private final Formularkatalog katalog;
    private final ProcessEngineConfigurationImpl konfiguration;

    Eingabeschutz(Formularkatalog katalog, ProcessEngineConfigurationImpl konfiguration) {
        this.katalog = katalog;
        this.konfiguration = konfiguration;
    }

    @Override
    public <T> T execute(Command<T> command) {
        if (Context.getCommandContext() == null) {
            pruefen(command);
        }
        return next.execute(command);
    }

    private void pruefen(Command<?> command) {
        if (command instanceof SubmitTaskFormCmd || command instanceof CompleteTaskCmd) {
            Map<String, Object> variablen = feld(command, command instanceof SubmitTaskFormCmd ? "properties" : "variables");
            if (variablen != null && !variablen.isEmpty()) {
                aufgabePruefen(feld(command, "taskId"), variablen);
            }
        } else if (command instanceof SubmitStartFormCmd) {
            Map<String, Object> variablen = feld(command, "variables");
            if (variablen != null && !variablen.isEmpty()) {
                startPruefen(feld(command, "processDefinitionId"), variablen);
            }
        } else if (command instanceof StartProcessInstanceCmd) {
            // POST .../start: for a process with a start form only the operations admin; everybody else starts it
            // through its form (submit-form), whose fields are checked above
            ProcessInstantiationBuilderImpl start = feld(command, "instantiationBuilder");
            String angemeldet = nichtBetrieb();
            if (angemeldet != null && hatStartformular(start.getProcessDefinitionId(), start.getProcessDefinitionKey())) {
                throw new AuthorizationException("Ein Vergabeverfahren wird mit seinem Startformular begonnen (submit-form); "
                        + angemeldet + " darf es nicht ohne das Formular starten");
            }
        } else if (command instanceof AbstractVariableCmd || command instanceof AbstractPatchVariablesCmd
                || command instanceof SetVariablesToProcessInstancesBatchCmd) {
            String angemeldet = nichtBetrieb();
            if (angemeldet != null) {
                throw new AuthorizationException("Variablen eines Vergabeverfahrens werden nur über die Formulare seiner Aufgaben "
                        + "gesetzt; " + angemeldet + " darf sie nicht direkt setzen oder löschen");
            }
        }
    }

    /** The user who issues the command, unless nobody is logged in (the engine itself, the Java API) or it is the operations admin. */
    private String nichtBetrieb() {
        Authentication angemeldet = konfiguration.getIdentityService().getCurrentAuthentication();
        if (angemeldet == null || angemeldet.getGroupIds() != null && angemeldet.getGroupIds().contains(Rollen.ADMIN.gruppe())) {
            return null;
        }
        return angemeldet.getUserId();
    }

    private boolean hatStartformular(String definitionId, String definitionKey) {
        return Boolean.TRUE.equals(konfiguration.getCommandExecutorTxRequired().execute(ctx -> ctx.runWithoutAuthorization(() ->
                startformular(definitionId(definitionId, definitionKey)) != null)));
    }

    private String definitionId(String definitionId, String definitionKey) {
        return definitionId != null ? definitionId : konfiguration.getRepositoryService().createProcessDefinitionQuery()
                .processDefinitionKey(definitionKey).latestVersion().singleResult().getId();
    }

    private CamundaFormRef startformular(String definitionId) {
        StartFormData start = konfiguration.getFormService().getStartFormData(definitionId);
        return start == null ? null : start.getCamundaFormRef();
    }

    private void aufgabePruefen(String taskId, Map<String, Object> variablen) {
        ausfuehren(() -> {
            Task task = konfiguration.getTaskService().createTaskQuery().taskId(taskId).initializeFormKeys().singleResult();
            if (task == null) {
                return null; // unknown task: the command itself answers 404
            }
            CamundaFormRef formular = task.getCamundaFormRef();
            String formId = formular == null ? null : formular.getKey();
            Formularregeln regeln = formId == null ? null : katalog.regeln(konfiguration.getRepositoryService(),
                    task.getProcessDefinitionId(), formId);
            for (Map.Entry<String, Object> e : variablen.entrySet()) {
                feldPruefen(regeln, formId, e.getKey(), e.getValue(),
                        () -> konfiguration.getTaskService().getVariable(taskId, e.getKey()));
            }
            return null;
        });
    }

    private void startPruefen(String definitionId, Map<String, Object> variablen) {
        ausfuehren(() -> {
            CamundaFormRef formular = startformular(definitionId);
            if (formular == null) {
                return null; // a process without a start form is started by the engine only (call activities)
            }
            Formularregeln regeln = katalog.regeln(konfiguration.getRepositoryService(), definitionId, formular.getKey());
            for (Map.Entry<String, Object> e : variablen.entrySet()) {
                feldPruefen(regeln, formular.getKey(), e.getKey(), e.getValue(), () -> null);
            }
            return null;
        });
    }

    private static void feldPruefen(Formularregeln regeln, String formId, String name, Object wert, Supplier<Object> angezeigt) {
        if (regeln == null) {
            throw new FormFieldValidationException(name, "Feld '" + name + "': diese Aufgabe hat kein Formular und nimmt keine Werte an");
        }
        if (regeln.eingabefelder().contains(name)) {
            return;
        }
        if (regeln.anzeigefelder().contains(name)) {
            if (!gleich(angezeigt.get(), wert)) {
                throw new FormFieldValidationException(name, "Feld '" + name + "': wird im Formular '" + formId
                        + "' nur angezeigt und kann nicht geändert werden");
            }
            return;
        }
        throw new FormFieldValidationException(name, "Feld '" + name + "': ist im Formular '" + formId
                + "' nicht vorgesehen (erlaubt: " + String.join(", ", regeln.eingabefelder()) + ")");
    }

    /** The value the form showed and the one sent back, as form-js sends them (numbers of any width, empty as ""). */
    static boolean gleich(Object angezeigt, Object gesendet) {
        Object a = Werte.normalisiert(angezeigt instanceof TypedValue t ? t.getValue() : angezeigt);
        Object b = Werte.normalisiert(gesendet instanceof TypedValue t ? t.getValue() : gesendet);
        if (leer(a) && leer(b)) {
            return true;
        }
        BigDecimal za = a instanceof Number ? Formularregeln.zahl(a) : null;
        BigDecimal zb = b instanceof Number ? Formularregeln.zahl(b) : null;
        if (za != null && zb != null) {
            return za.compareTo(zb) == 0;
        }
        return Objects.equals(a, b) || a != null && b != null && a.toString().equals(b.toString());
    }

    private static boolean leer(Object wert) {
        return wert == null || wert instanceof String s && s.isEmpty();
    }

    /** The look-ups run as the engine (the caller needs no rights on deployments), in a command of their own. */
    private void ausfuehren(Supplier<Void> pruefung) {
        konfiguration.getCommandExecutorTxRequired().execute(ctx -> ctx.runWithoutAuthorization(pruefung::get));
    }

    private static final Map<String, Field> FELDER = new ConcurrentHashMap<>();

    /** The command's input (the engine's commands keep it in protected fields; the tests break if a name changes). */
    @SuppressWarnings("unchecked")
    private static <T> T feld(Object command, String name) {
        Field f = FELDER.computeIfAbsent(command.getClass().getName() + "#" + name, k -> {
            for (Class<?> c = command.getClass(); c != null; c = c.getSuperclass()) {
                try {
                    Field gefunden = c.getDeclaredField(name);
                    gefunden.setAccessible(true);
                    return gefunden;
                } catch (NoSuchFieldException weiter) {
                    // declared in a superclass
                }
            }
            throw new IllegalStateException("Camunda-Befehl " + command.getClass().getName() + " ohne Feld " + name);
        });
        try {
            return (T) f.get(command);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
