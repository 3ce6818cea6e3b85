package de.leverkusen.vergabe.verfahren;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The domain's record of which procedure, offer, sheet or evaluator each engine instance works on. A binding is written
 * once and never changed: binding the same execution again to something else is refused, and an offer or evaluator
 * that does not belong to the procedure is never bound.
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
        return bindungen.findById(neu.getAusfuehrungId()).map(alt -> {
            if (!alt.gleich(neu)) {
                throw new Verfahrensfehler("Instanz " + neu.getAusfuehrungId() + " ist bereits an Vergabe " + alt.getVergabeId()
                        + " gebunden und wird nicht umgebunden");
            }
            return alt;
        }).orElseGet(() -> bindungen.save(neu));
    }

    /**
     * The binding nearest to an execution: {@code kette} lists the execution's own id first, then its parents up to the
     * process instance; the first with the wanted value wins. Not read-only: a read-only method joining the engine's
     * transaction would skip the flush of a binding written a moment earlier in the same transaction.
     */
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
    public <T> T gebunden(List<String> kette, Function<Instanzbindung, T> wert, String was) {
        return naechste(kette, wert).orElseThrow(() -> new Verfahrensfehler("für Instanz " + kette.get(kette.size() - 1)
                + " ist keine " + was + " gebunden"));
    }

    /**
     * The binding nearest to an execution: {@code kette} lists the execution's own id first, then its parents up to the
     * process instance; the first with the wanted value wins. Not read-only: a read-only method joining the engine's
     * transaction would skip the flush of a binding written a moment earlier in the same transaction.
     */
    @Transactional
    public <T> Optional<T> naechste(List<String> kette, Function<Instanzbindung, T> wert) {
        Map<String, Instanzbindung> gefunden = bindungen.findAllById(kette).stream()
                .collect(Collectors.toMap(Instanzbindung::getAusfuehrungId, b -> b));
        return kette.stream().map(gefunden::get).filter(Objects::nonNull).map(wert).filter(Objects::nonNull).findFirst();
    }
}
