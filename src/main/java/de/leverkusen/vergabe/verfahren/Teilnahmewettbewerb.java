package de.leverkusen.vergabe.verfahren;

import de.leverkusen.vergabe.fristen.Ereignis;
import de.leverkusen.vergabe.fristen.Frist;
import de.leverkusen.vergabe.fristen.Fristart;
import de.leverkusen.vergabe.fristen.Fristenrechner;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

/**
 * What the contract notice of a procedure with a participation competition publishes about it (restricted procedure,
 * § 16 VgV; negotiated procedure, § 17 VgV): the end of the participation period and the number of candidates to be
 * invited (§ 51 Abs. 1 VgV). Checked before anything is stored.
 *
 * @param bekanntmachungAm  the day the contract notice was sent; the participation period counts from the day after
 * @param teilnahmefrist    the end of the participation period, a point in time
 * @param mindestzahl       the published minimum number of candidates to be invited
 * @param hoechstzahl       the published maximum, {@code null} if none: then every suitable candidate is invited
 */
public record Teilnahmewettbewerb(
        Verfahrensart verfahrensart,
        LocalDate bekanntmachungAm,
        OffsetDateTime teilnahmefrist,
        boolean dringlich,
        int mindestzahl,
        Integer hoechstzahl) {

    /** § 51 Abs. 2 Satz 1 VgV: not below three, in the restricted procedure not below five. */
    public static int gesetzlicheMindestzahl(Verfahrensart art) {
        return switch (art) {
            case NICHT_OFFENES_VERFAHREN -> 5;
            case VERHANDLUNGSVERFAHREN_MIT_TEILNAHMEWETTBEWERB, WETTBEWERBLICHER_DIALOG -> 3;
            case OFFENES_VERFAHREN -> throw new IllegalArgumentException("Das offene Verfahren hat keinen Teilnahmewettbewerb");
        };
    }

    public void pruefen(Fristenrechner rechner, ZoneId sitz) {
        if (verfahrensart == Verfahrensart.OFFENES_VERFAHREN) {
            throw new Eingabefehler("verfahrensart", "Das offene Verfahren (§ 15 VgV) hat keinen Teilnahmewettbewerb");
        }
        int gesetzlich = gesetzlicheMindestzahl(verfahrensart);
        if (mindestzahl < gesetzlich) {
            throw new Eingabefehler("mindestzahlBewerber", "mindestens " + gesetzlich + " im " + verfahrensart.text()
                    + " (§ 51 Abs. 2 Satz 1 VgV), erhalten: " + mindestzahl);
        }
        if (hoechstzahl != null && hoechstzahl < mindestzahl) {
            throw new Eingabefehler("hoechstzahlBewerber", "darf nicht unter der Mindestzahl " + mindestzahl + " liegen, erhalten: " + hoechstzahl);
        }
        if (bekanntmachungAm.isAfter(teilnahmefrist.toLocalDate())) {
            throw new Eingabefehler("fristereignisAm", "der Versand der Bekanntmachung muss vor dem Ende der Teilnahmefrist liegen");
        }
        List<Frist> fristen = rechner.berechnen(verfahrensart, Ereignis.BEKANNTMACHUNG, bekanntmachungAm, true, dringlich).stream()
                .filter(f -> f.art() == Fristart.TEILNAHMEFRIST).toList();
        Fristende.pruefen(rechner, fristen, teilnahmefrist, sitz, "teilnahmefrist", "Teilnahmefrist");
    }
}
