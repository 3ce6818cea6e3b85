package de.leverkusen.vergabe.prozess;

import static de.leverkusen.vergabe.modelle.GemeinsameVariablen.*;

import de.leverkusen.vergabe.verfahren.Instanzbindung;
import de.leverkusen.vergabe.verfahren.Instanzbindungen;
import de.leverkusen.vergabe.verfahren.Verfahrensfehler;
import de.leverkusen.vergabe.wertung.BewertungService;
import de.leverkusen.vergabe.wertung.Bewertungsbogen;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.db.entitymanager.cache.DbEntityCache;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.springframework.stereotype.Component;

/**
 * Binds engine instances to the procedure's records when the engine creates them, and answers which procedure, offer,
 * sheet or evaluator a delegate works on from that binding, never from a variable:
 * <ul>
 *   <li>the main process instance when {@link VergabeAnlegen} has created the procedure;</li>
 *   <li>each execution of a multi-instance over {@code angebotId}, {@code bewertungsbogenId} or {@code bewerter} when the
 *       engine starts it, with the element the domain's collection gave it;</li>
 *   <li>each called process instance when it starts, with what its calling execution is bound to.</li>
 * </ul>
 * {@link BindungsPlugin} attaches the listeners to every model, so no model can leave them out.
 */
@Component("bindung")
public class Prozessbindung {

    private final Instanzbindungen bindungen;
    private final BewertungService bewertung;

    public Prozessbindung(Instanzbindungen bindungen, BewertungService bewertung) {
        this.bindungen = bindungen;
        this.bewertung = bewertung;
    }

    public void vergabeGebunden(DelegateExecution execution, Long vergabeId) {
        String instanz = execution.getProcessInstanceId();
        bindungen.binden(new Instanzbindung(instanz, instanz, vergabeId, null, null, null));
    }

    /** A multi-instance execution starts with its element from the domain's collection. */
    void elementGestartet(DelegateExecution execution, String elementVariable) {
        Long vergabeId = vergabeId(execution);
        // a scope activity (sub-process) starts in a child of the execution that holds the element
        Object element = execution.getVariable(elementVariable);
        Instanzbindung bindung = switch (elementVariable) {
            case ANGEBOT_ID -> new Instanzbindung(execution.getId(), execution.getProcessInstanceId(), vergabeId,
                    ((Number) element).longValue(), null, null);
            case BEWERTER -> new Instanzbindung(execution.getId(), execution.getProcessInstanceId(), vergabeId,
                    null, null, (String) element);
            case TEILNAHMEANTRAG_ID -> Instanzbindung.teilnahmeantrag(execution.getId(), execution.getProcessInstanceId(), vergabeId,
                    ((Number) element).longValue());
            case BEWERTUNGSBOGEN_ID -> bogenBindung(execution.getId(), execution.getProcessInstanceId(), vergabeId,
                    ((Number) element).longValue());
            default -> throw new IllegalArgumentException(elementVariable);
        };
        bindungen.binden(bindung);
    }

    /** A called process instance starts: it works on what its calling execution is bound to. */
    void aufgerufenGestartet(DelegateExecution instanz) {
        DelegateExecution aufrufer = instanz.getSuperExecution();
        if (aufrufer == null) {
            // the main process: bound by VergabeAnlegen once the procedure exists, or now when it already does
            bindungen.nachAktenzeichenBinden(instanz.getProcessInstanceId(), instanz.getProcessBusinessKey());
            return;
        }
        Kette kette = kette(aufrufer);
        String id = instanz.getProcessInstanceId();
        Long vergabeId = bindungen.gebunden(kette.ids(), kette.neu(), Instanzbindung::getVergabeId, "Vergabe");
        Long bogenId = bindungen.naechste(kette.ids(), kette.neu(), Instanzbindung::getBewertungsbogenId).orElse(null);
        bindungen.binden(bogenId != null ? bogenBindung(id, id, vergabeId, bogenId)
                : new Instanzbindung(id, id, vergabeId, bindungen.naechste(kette.ids(), kette.neu(), Instanzbindung::getAngebotId).orElse(null), null,
                bindungen.naechste(kette.ids(), kette.neu(), Instanzbindung::getBewerter).orElse(null)));
    }

    public Long vergabeId(DelegateExecution execution) {
        return gebunden(execution, Instanzbindung::getVergabeId, "Vergabe");
    }

    public Long vergabeId(DelegateTask task) {
        return vergabeId(task.getExecution());
    }

    public Long angebotId(DelegateExecution execution) {
        return gebunden(execution, Instanzbindung::getAngebotId, "Angebot");
    }

    /** The procedure and offer the execution is bound to, where it is bound at all (for display, never for a step). */
    public java.util.Optional<Long> gebundeneVergabe(DelegateExecution execution) {
        return naechste(execution, Instanzbindung::getVergabeId);
    }

    public java.util.Optional<Long> gebundenesAngebot(DelegateExecution execution) {
        return naechste(execution, Instanzbindung::getAngebotId);
    }

    public Long angebotId(DelegateTask task) {
        return angebotId(task.getExecution());
    }

    public Long teilnahmeantragId(DelegateExecution execution) {
        return gebunden(execution, Instanzbindung::getTeilnahmeantragId, "Teilnahmeantrag");
    }

    public Long bewertungsbogenId(DelegateExecution execution) {
        return gebunden(execution, Instanzbindung::getBewertungsbogenId, "Bewertungsbogen");
    }

    public String bewerter(DelegateExecution execution) {
        return gebunden(execution, Instanzbindung::getBewerter, "Bewerterin oder Bewerter");
    }

    private Instanzbindung bogenBindung(String ausfuehrung, String instanz, Long vergabeId, Long bogenId) {
        Bewertungsbogen bogen = bewertung.bogen(bogenId);
        if (!bogen.getVergabeId().equals(vergabeId)) {
            throw new Verfahrensfehler("Bewertungsbogen " + bogenId + " gehört nicht zu Vergabe " + vergabeId);
        }
        return new Instanzbindung(ausfuehrung, instanz, vergabeId, bogen.getAngebotId(), bogenId, bogen.getBewerter());
    }

    private <T> T gebunden(DelegateExecution execution, java.util.function.Function<Instanzbindung, T> wert, String was) {
        Kette kette = kette(execution);
        return bindungen.gebunden(kette.ids(), kette.neu(), wert, was);
    }

    private <T> java.util.Optional<T> naechste(DelegateExecution execution, java.util.function.Function<Instanzbindung, T> wert) {
        Kette kette = kette(execution);
        return bindungen.naechste(kette.ids(), kette.neu(), wert);
    }

    /** An execution's id and its parents' up to the process instance; {@code neu}: those created in this command. */
    private record Kette(List<String> ids, Set<String> neu) {
    }

    /**
     * The execution and its parents up to its process instance (whose id is the process instance id). An execution the
     * engine created in the current command has no row yet: its binding, if any, was written in this transaction, and
     * {@link Instanzbindungen} need not ask the database for it.
     */
    private static Kette kette(DelegateExecution execution) {
        CommandContext befehl = Context.getCommandContext();
        DbEntityCache entitaeten = befehl == null ? null : befehl.getDbEntityManager().getDbEntityCache();
        List<String> ids = new ArrayList<>();
        Set<String> neu = new HashSet<>();
        for (ExecutionEntity e = (ExecutionEntity) execution; e != null; e = e.getParent()) {
            ids.add(e.getId());
            if (entitaeten != null && entitaeten.isTransient(e)) {
                neu.add(e.getId());
            }
        }
        return new Kette(ids, neu);
    }
}
