package de.leverkusen.vergabe.verfahren;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The domain's record of which procedure, offer, sheet or evaluator each engine instance works on. A binding is written
 * once and never changed: binding the same execution again to something else is refused, and an offer or evaluator
 * that does not belong to the procedure is never bound.
 * <p>
 * Because a binding never changes, what was read once is kept for the rest of the transaction (one engine command):
 * a delegate, its listeners and the task names of one click ask for the same few executions dozens of times, and each
 * query would also flush the persistence context first. The cache ends with the transaction, so a rolled-back binding
 * is never seen by the next one.
 */
@Service
public class Instanzbindungen {

    private final InstanzbindungRepository bindungen;
    private final AngebotRepository angebote;
    private final BewerterRepository bewerter;
    private final VergabeRepository vergaben;
    private final TeilnahmeantragRepository teilnahmeantraege;

    public Instanzbindungen(InstanzbindungRepository bindungen, AngebotRepository angebote, BewerterRepository bewerter,
                            VergabeRepository vergaben, TeilnahmeantragRepository teilnahmeantraege) {
        this.teilnahmeantraege = teilnahmeantraege;
        this.bindungen = bindungen;
        this.vergaben = vergaben;
        this.angebote = angebote;
        this.bewerter = bewerter;
    }

    @Transactional
    public Instanzbindung binden(Instanzbindung neu) {
        if (neu.getAngebotId() != null) {
            Angebot angebot = angebote.findById(neu.getAngebotId())
                    .orElseThrow(() -> new Verfahrensfehler("Angebot " + neu.getAngebotId() + " gibt es nicht"));
            if (!angebot.getVergabeId().equals(neu.getVergabeId())) {
                throw new Verfahrensfehler("Angebot " + neu.getAngebotId() + " gehört nicht zu Vergabe " + neu.getVergabeId());
            }
        }
        if (neu.getTeilnahmeantragId() != null && teilnahmeantraege.findById(neu.getTeilnahmeantragId())
                .filter(a -> a.getVergabeId().equals(neu.getVergabeId())).isEmpty()) {
            throw new Verfahrensfehler("Teilnahmeantrag " + neu.getTeilnahmeantragId() + " gehört nicht zu Vergabe " + neu.getVergabeId());
        }
        if (neu.getBewerter() != null && bewerter.findByVergabeIdOrderById(neu.getVergabeId()).stream()
                .noneMatch(b -> b.getBenutzer().equals(neu.getBewerter()))) {
            throw new Verfahrensfehler(neu.getBewerter() + " gehört nicht zur Bewertungskommission von Vergabe " + neu.getVergabeId());
        }
        Map<String, Optional<Instanzbindung>> gelesen = gelesen();
        Optional<Instanzbindung> vorhanden = gelesen != null && gelesen.containsKey(neu.getAusfuehrungId())
                ? gelesen.get(neu.getAusfuehrungId()) : bindungen.findById(neu.getAusfuehrungId());
        return vorhanden.map(alt -> {
            if (!alt.gleich(neu)) {
                throw new Verfahrensfehler("Instanz " + neu.getAusfuehrungId() + " ist bereits an Vergabe " + alt.getVergabeId()
                        + " gebunden und wird nicht umgebunden");
            }
            return alt;
        }).orElseGet(() -> {
            Instanzbindung gespeichert = bindungen.save(neu);
            if (gelesen != null) {
                gelesen.put(gespeichert.getAusfuehrungId(), Optional.of(gespeichert));
            }
            return gespeichert;
        });
    }

    /**
     * A main instance that starts for a procedure which already exists (operations restarting or starting it at a later
     * activity, with its file number as business key) works on that procedure. A new procedure's instance finds none
     * and is bound when the procedure is created; one that names an existing file number cannot create it again.
     */
    @Transactional
    public void nachAktenzeichenBinden(String prozessinstanzId, String aktenzeichen) {
        if (aktenzeichen != null) {
            vergaben.findByBusinessKey(aktenzeichen).ifPresent(v ->
                    binden(new Instanzbindung(prozessinstanzId, prozessinstanzId, v.getId(), null, null, null)));
        }
    }

    @Transactional
    public <T> T gebunden(List<String> kette, Set<String> neu, Function<Instanzbindung, T> wert, String was) {
        return naechste(kette, neu, wert).orElseThrow(() -> new Verfahrensfehler("für Instanz " + kette.get(kette.size() - 1)
                + " ist keine " + was + " gebunden"));
    }

    /**
     * The binding nearest to an execution: {@code kette} lists the execution's own id first, then its parents up to the
     * process instance; the first with the wanted value wins. {@code neu}: the executions the engine created in this
     * transaction, which have no row in the database unless {@link #binden} wrote it now. Not read-only: a read-only method joining the engine's
     * transaction would skip the flush of a binding written a moment earlier in the same transaction.
     */
    @Transactional
    public <T> Optional<T> naechste(List<String> kette, Set<String> neu, Function<Instanzbindung, T> wert) {
        Map<String, Optional<Instanzbindung>> gelesen = gelesen();
        Map<String, Optional<Instanzbindung>> gefunden = gelesen != null ? gelesen : new HashMap<>();
        if (gelesen != null) {
            neu.forEach(id -> gefunden.putIfAbsent(id, Optional.empty()));
        }
        List<String> offen = kette.stream().filter(id -> !gefunden.containsKey(id)).toList();
        if (!offen.isEmpty()) {
            offen.forEach(id -> gefunden.put(id, Optional.empty()));
            bindungen.findAllById(offen).forEach(b -> gefunden.put(b.getAusfuehrungId(), Optional.of(b)));
        }
        return kette.stream().map(gefunden::get).flatMap(Optional::stream).map(wert).filter(Objects::nonNull).findFirst();
    }

    /**
     * The bindings read or written in the current transaction (an absent binding too: an execution is bound when it
     * starts, by {@link #binden}, which updates this), or null outside a transaction. Suspended with the transaction,
     * so that a nested new transaction reads for itself.
     */
    @SuppressWarnings("unchecked")
    private Map<String, Optional<Instanzbindung>> gelesen() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return null;
        }
        Map<String, Optional<Instanzbindung>> gelesen = (Map<String, Optional<Instanzbindung>>) TransactionSynchronizationManager.getResource(this);
        if (gelesen == null) {
            Map<String, Optional<Instanzbindung>> neu = new HashMap<>();
            TransactionSynchronizationManager.bindResource(this, neu);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void suspend() {
                    TransactionSynchronizationManager.unbindResourceIfPossible(Instanzbindungen.this);
                }

                @Override
                public void resume() {
                    TransactionSynchronizationManager.bindResource(Instanzbindungen.this, neu);
                }

                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(Instanzbindungen.this);
                }
            });
            gelesen = neu;
        }
        return gelesen;
    }
}
