package de.leverkusen.vergabe.prozess.integritaet;

import de.leverkusen.vergabe.modelle.DmsVergabeProzess;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.ProcessInstanceModificationBuilderImpl;
import org.camunda.bpm.engine.impl.ProcessInstantiationBuilderImpl;
import org.camunda.bpm.engine.impl.cmd.AbstractModificationCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractRestartProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.ExecuteJobsCmd;
import org.camunda.bpm.engine.impl.cmd.FetchExternalTasksCmd;
import org.camunda.bpm.engine.impl.cmd.HandleExternalTaskBpmnErrorCmd;
import org.camunda.bpm.engine.impl.cmd.ModifyProcessInstanceAsyncCmd;
import org.camunda.bpm.engine.impl.cmd.ModifyProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceAtActivitiesCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.externaltask.TopicFetchInstruction;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.jobexecutor.FailedJobListener;
import org.camunda.bpm.engine.impl.migration.AbstractMigrationCmd;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * No way around the model: the engine's features that move a procedure past its diagram (instance modification,
 * start at a later activity, restart, migration, each also as a batch) are for operations (group camunda-admin) only,
 * whatever rights on process instances a user holds. An admin's use is recorded in the running record of each
 * procedure concerned, with person and time, in the same transaction.
 * <p>
 * Executing a job by hand (a timer before its time, an asynchronous step) is for operations only, too: the engine
 * checks the user's right only inside the job's command, and a refused attempt still counts as a failure of the job
 * and uses up one of its retries, so anybody who knows a job's id could turn a timer (the standstill, a deadline)
 * into an incident. The job executor runs jobs without an authenticated user and is not affected.
 * <p>
 * The technical user of the ivl worker may only fetch and finish its external tasks: it needs UPDATE on the
 * procedure's instance for that (the engine knows no narrower right), and would otherwise be able to set variables,
 * execute timers or suspend the procedure. Within those commands it gets only the two variables of the order
 * ({@code bestellnummer}, {@code lizenzbestellung}) and writes only ivl's refusal ({@code ivlAblehnung}).
 * <p>
 * Only the outermost command of a call is checked: the engine's own nested commands, delegates and the job executor
 * (which runs the batches an admin created, without an authenticated user) are not affected.
 */
class Modellschutz extends CommandInterceptor {

    private static final Logger LOG = LoggerFactory.getLogger(Modellschutz.class);
    private static final ThreadLocal<Boolean> AUSSEN = new ThreadLocal<>();

    /** commands of the external task client, the only ones the worker's user may run */
    private static final Set<String> WORKER_BEFEHLE = Set.of("FetchExternalTasksCmd", "CompleteExternalTaskCmd",
            "HandleExternalTaskFailureCmd", "HandleExternalTaskBpmnErrorCmd", "ExtendLockOnExternalTaskCmd",
            "UnlockExternalTaskCmd");

    /** what the worker may read when it fetches an order, and write when ivl refused it */
    private static final Set<String> WORKER_LESEN = Set.of(DmsVergabeProzess.BESTELLNUMMER, DmsVergabeProzess.LIZENZBESTELLUNG);
    private static final Set<String> WORKER_SCHREIBEN = Set.of(DmsVergabeProzess.IVL_ABLEHNUNG);

    private final String workerBenutzer;
    private final BiConsumer<String, Eingriff> aufzeichnung;

    /** What an admin did to which procedure, for the running record. */
    record Eingriff(String benutzer, String beschreibung) {
    }

    /**
     * @param workerBenutzer the ivl worker's engine user
     * @param aufzeichnung   records an admin's intervention under the procedure's business key
     */
    Modellschutz(String workerBenutzer, BiConsumer<String, Eingriff> aufzeichnung) {
        this.workerBenutzer = workerBenutzer;
        this.aufzeichnung = aufzeichnung;
    }

    @Override
    public <T> T execute(Command<T> command) {
        if (AUSSEN.get() != null) {
            return next.execute(command);
        }
        AUSSEN.set(Boolean.TRUE);
        try {
            pruefen(command);
            return next.execute(command);
        } finally {
            AUSSEN.remove();
        }
    }

    private void pruefen(Command<?> command) {
        CommandContext kontext = Context.getCommandContext();
        Authentication angemeldet = kontext == null ? null : kontext.getAuthentication();
        if (angemeldet == null || angemeldet.getUserId() == null) {
            return;
        }
        String art = art(command);
        if (workerBenutzer != null && workerBenutzer.equals(angemeldet.getUserId())) {
            if (!WORKER_BEFEHLE.contains(command.getClass().getSimpleName())) {
                throw new AuthorizationException("Der technische Benutzer " + workerBenutzer + " darf nur Lizenzbestellungen "
                        + "abholen und ihre Übermittlung melden (externe Aufgaben), nicht: " + (art != null ? art : command.getClass().getSimpleName()));
            }
            workerPruefen(command);
        }
        if (art == null) {
            // after a refused execution the engine runs its failed-job listener as a command of its own, which would
            // count the refusal as a failure of the job: refused as well
            if ((command instanceof ExecuteJobsCmd || command instanceof FailedJobListener)
                    && !kontext.getAuthorizationManager().isCamundaAdmin(angemeldet)) {
                throw new AuthorizationException(angemeldet.getUserId() + " darf keine Jobs (Zeitgeber, asynchrone Schritte) von Hand "
                        + "ausführen: das ist dem Betrieb (Gruppe camunda-admin) vorbehalten");
            }
            return;
        }
        if (!kontext.getAuthorizationManager().isCamundaAdmin(angemeldet)) {
            throw new AuthorizationException(angemeldet.getUserId() + " darf den Ablauf eines Verfahrens nicht am Modell vorbei ändern ("
                    + art + "): das ist dem Betrieb (Gruppe camunda-admin) vorbehalten und wird im Vergabevermerk festgehalten");
        }
        String beschreibung = art + details(command);
        for (String businessKey : verfahren(kontext, command)) {
            aufzeichnung.accept(businessKey, new Eingriff(angemeldet.getUserId(), beschreibung));
        }
    }

    /** Within its commands, the worker reads the order's two variables and writes ivl's refusal only. */
    @SuppressWarnings("unchecked")
    private void workerPruefen(Command<?> command) {
        if (command instanceof FetchExternalTasksCmd) {
            Map<String, TopicFetchInstruction> themen = (Map<String, TopicFetchInstruction>) feld(command, "fetchInstructions");
            for (TopicFetchInstruction thema : themen == null ? List.<TopicFetchInstruction>of() : themen.values()) {
                if (!DmsVergabeProzess.TOPIC_IVL_LIZENZBESTELLUNG.equals(thema.getTopicName()) || thema.getVariablesToFetch() == null
                        || !WORKER_LESEN.containsAll(thema.getVariablesToFetch())) {
                    throw new AuthorizationException("Der technische Benutzer " + workerBenutzer + " holt nur Aufgaben des Themas "
                            + DmsVergabeProzess.TOPIC_IVL_LIZENZBESTELLUNG + " mit den Variablen " + String.join(", ", new TreeSet<>(WORKER_LESEN))
                            + " ab, angefragt: " + thema.getTopicName() + " " + (thema.getVariablesToFetch() == null ? "alle Variablen" : thema.getVariablesToFetch()));
                }
            }
            return;
        }
        Set<String> geschrieben = new TreeSet<>();
        for (String name : List.of("variables", "localVariables")) {
            Object variablen = feld(command, name);
            if (variablen instanceof Map<?, ?> m) {
                m.keySet().forEach(k -> geschrieben.add(String.valueOf(k)));
            }
        }
        Set<String> erlaubt = command instanceof HandleExternalTaskBpmnErrorCmd ? WORKER_SCHREIBEN : Set.of();
        if (!erlaubt.containsAll(geschrieben)) {
            throw new AuthorizationException("Der technische Benutzer " + workerBenutzer + " setzt "
                    + (erlaubt.isEmpty() ? "hier keine Variablen" : "nur " + String.join(", ", erlaubt)) + ", gesendet: " + geschrieben);
        }
    }

    /** The kind of intervention, or null for a command that stays within the model. */
    static String art(Command<?> command) {
        if (command instanceof ModifyProcessInstanceCmd || command instanceof ModifyProcessInstanceAsyncCmd
                || command instanceof AbstractModificationCmd<?>) {
            return "Modifikation der Prozessinstanz";
        }
        if (command instanceof StartProcessInstanceAtActivitiesCmd) {
            return "Start an einer späteren Aktivität";
        }
        if (command instanceof AbstractRestartProcessInstanceCmd<?>) {
            return "Neustart einer beendeten Prozessinstanz";
        }
        if (command instanceof AbstractMigrationCmd) {
            return "Migration auf eine andere Prozessversion";
        }
        return null;
    }

    private static String details(Command<?> command) {
        List<String> teile = new ArrayList<>();
        Object builder = feld(command, "builder");
        if (builder instanceof ProcessInstanceModificationBuilderImpl b) {
            b.getModificationOperations().forEach(o -> teile.add(beschreibe(o)));
            if (b.getAnnotation() != null) {
                teile.add("Begründung: " + b.getAnnotation());
            }
        }
        Object instanziierung = feld(command, "instantiationBuilder");
        if (instanziierung instanceof ProcessInstantiationBuilderImpl b) {
            b.getModificationBuilder().getModificationOperations().forEach(o -> teile.add(beschreibe(o)));
        }
        return teile.isEmpty() ? "" : " (" + String.join("; ", teile) + ")";
    }

    /** The business keys of the procedures concerned (root process instances). */
    @SuppressWarnings("unchecked")
    private static Collection<String> verfahren(CommandContext kontext, Command<?> command) {
        Set<String> schluessel = new LinkedHashSet<>();
        Collection<String> instanzen = new ArrayList<>();
        try {
            Object builder = feld(command, "builder");
            if (builder instanceof ProcessInstanceModificationBuilderImpl b) {
                instanzen.add(b.getProcessInstanceId());
            } else if (feld(command, "instantiationBuilder") instanceof ProcessInstantiationBuilderImpl b) {
                if (b.getBusinessKey() != null) {
                    schluessel.add(b.getBusinessKey());
                }
            } else {
                instanzen.addAll((Collection<String>) aufrufen(command, "collectProcessInstanceIds"));
            }
        } catch (RuntimeException e) {
            LOG.warn("Betroffene Prozessinstanzen von {} nicht ermittelbar: {}", command.getClass().getSimpleName(), e.toString());
        }
        for (String id : instanzen) {
            HistoricProcessInstance instanz = kontext.getHistoricProcessInstanceManager().findHistoricProcessInstance(id);
            if (instanz != null && instanz.getRootProcessInstanceId() != null && !instanz.getRootProcessInstanceId().equals(id)) {
                instanz = kontext.getHistoricProcessInstanceManager().findHistoricProcessInstance(instanz.getRootProcessInstanceId());
            }
            if (instanz != null && instanz.getBusinessKey() != null) {
                schluessel.add(instanz.getBusinessKey());
            }
        }
        return schluessel;
    }

    private static String beschreibe(Object anweisung) {
        Object text = aufrufen(anweisung, "describe");
        return text == null ? anweisung.getClass().getSimpleName() : text.toString();
    }

    // the engine's commands keep their builder in protected fields without getters
    private static Object feld(Object objekt, String name) {
        for (Class<?> k = objekt.getClass(); k != null; k = k.getSuperclass()) {
            try {
                Field f = k.getDeclaredField(name);
                f.setAccessible(true);
                return f.get(objekt);
            } catch (NoSuchFieldException e) {
                // superclass
            } catch (IllegalAccessException e) {
                return null;
            }
        }
        return null;
    }

    private static Object aufrufen(Object objekt, String name) {
        for (Class<?> k = objekt.getClass(); k != null; k = k.getSuperclass()) {
            try {
                Method m = k.getDeclaredMethod(name);
                m.setAccessible(true);
                return m.invoke(objekt);
            } catch (NoSuchMethodException e) {
                // superclass
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        return null;
    }
}
