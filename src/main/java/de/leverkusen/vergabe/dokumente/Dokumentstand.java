package de.leverkusen.vergabe.dokumente;

/**
 * What decides which generated documents of a procedure exist and which are final: the Vergabevermerk always exists
 * and is final once the procedure has ended (ABGESCHLOSSEN or AUFGEHOBEN); the Ratsbeschlussvorlage exists once the
 * ranking has a unique winner and is final once the council has decided or the procedure has ended.
 *
 * @param verfahrenBeendet the procedure has ended
 * @param bestbieter the ranking has a unique winner (after a lot draw: the drawn offer)
 * @param ratEntschieden the council has approved or rejected the draft resolution
 */
public record Dokumentstand(boolean verfahrenBeendet, boolean bestbieter, boolean ratEntschieden) {

    public static Dokumentstand aus(Akte akte) {
        return new Dokumentstand(akte.endgueltig(), akte.bestbieter() != null, akte.rat().entschieden());
    }

    /** Whether the document can be generated now. */
    public boolean vorhanden(Dokumentart art) {
        return !art.ratsvorlage() || bestbieter;
    }

    /** Whether the document is final now (then it is stored once and served as stored). */
    public boolean endgueltig(Dokumentart art) {
        return vorhanden(art) && (verfahrenBeendet || art.ratsvorlage() && ratEntschieden);
    }
}
