package de.leverkusen.vergabe.verfahren;

import de.leverkusen.vergabe.nachpruefung.Wartefrist;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a procedure stands, as the project lead reads it: the milestones from set-up to the Vergabevermerk, and the
 * next date the law sets with whether it has passed without the step it calls for. Computed from the Vergabeakte
 * alone (stage, deadlines, award), never from process variables.
 */
public final class Meilensteine {

    /** The milestones of the open procedure in their order. */
    public enum Meilenstein {
        EINLEITUNG("Einleitung"),
        OEFFNUNG("Öffnung"),
        PRUEFUNG("Prüfung"),
        WERTUNG("Wertung"),
        RAT("Rat"),
        WARTEFRIST("Information und Wartefrist"),
        ZUSCHLAG("Zuschlag"),
        BEKANNTMACHUNG("Bekanntmachung"),
        VERGABEVERMERK("Vergabevermerk");

        private final String text;

        Meilenstein(String text) {
            this.text = text;
        }

        public String text() {
            return text;
        }
    }

    public enum Zustand { ERLEDIGT, AKTUELL, OFFEN }

    public record Stand(Meilenstein meilenstein, String text, Zustand zustand) {
    }

    /**
     * The next legal date: {@code ueberfaellig} when it has passed and the step it calls for is still open (offers
     * not opened after the offer deadline, § 55 Abs. 1 VgV; award notice not sent within 30 days, § 39 Abs. 1 VgV).
     */
    public record Frist(String art, String bezeichnung, LocalDate datum, String text, boolean ueberfaellig) {
    }

    /** Days after the award within which the award notice is sent (§ 39 Abs. 1 VgV). */
    public static final int BEKANNTMACHUNG_TAGE = 30;

    private Meilensteine() {
    }

    /**
     * The milestone being worked on; {@code null} once the procedure is closed or cancelled. After the standstill
     * (and without a pending review) the award is what is due; after the award, the notice, then the record.
     */
    public static Meilenstein aktuell(Vergabe vergabe, boolean bekanntgemacht, LocalDate heute) {
        return switch (vergabe.getStatus()) {
            // the participation competition belongs to the set-up: the offer stage starts with the invitation to tender
            case TEILNAHMEWETTBEWERB, TEILNAHME_ERSTOEFFNUNG, TEILNAHME_GEOEFFNET, BEWERBER_AUSGEWAEHLT, EINGELEITET -> Meilenstein.EINLEITUNG;
            case ERSTOEFFNUNG -> Meilenstein.OEFFNUNG;
            case GEOEFFNET -> Meilenstein.PRUEFUNG;
            case IN_WERTUNG, LOSENTSCHEID, GEWERTET, IN_VERHANDLUNG -> Meilenstein.WERTUNG;
            case IM_RAT -> Meilenstein.RAT;
            case RAT_ZUGESTIMMT -> Meilenstein.WARTEFRIST;
            case INFORMIERT -> vergabe.zuschlagVerwehrt(heute) != null ? Meilenstein.WARTEFRIST : Meilenstein.ZUSCHLAG;
            case ZUSCHLAG_ERTEILT -> bekanntgemacht ? Meilenstein.VERGABEVERMERK : Meilenstein.BEKANNTMACHUNG;
            case AUFGEHOBEN, ABGESCHLOSSEN -> null;
        };
    }

    /** Every milestone with its state: those before the current one are done; a closed procedure has all done. */
    public static List<Stand> linie(Vergabe vergabe, boolean bekanntgemacht, LocalDate heute) {
        Meilenstein aktuell = aktuell(vergabe, bekanntgemacht, heute);
        boolean abgeschlossen = vergabe.getStatus() == Vergabe.Status.ABGESCHLOSSEN;
        List<Stand> linie = new ArrayList<>();
        for (Meilenstein m : Meilenstein.values()) {
            Zustand z;
            if (abgeschlossen || aktuell != null && m.ordinal() < aktuell.ordinal()) {
                z = Zustand.ERLEDIGT;
            } else if (m == aktuell) {
                z = Zustand.AKTUELL;
            } else {
                z = Zustand.OFFEN;
            }
            linie.add(new Stand(m, m.text(), z));
        }
        return linie;
    }

    /** The next date the law sets for the current stage, or {@code null} where none runs. */
    public static Frist naechsteFrist(Vergabe vergabe, boolean bekanntgemacht, ZonedDateTime jetzt) {
        ZoneId zone = jetzt.getZone();
        LocalDate heute = jetzt.toLocalDate();
        switch (vergabe.getStatus()) {
            case EINGELEITET -> {
                return oeffnungsfrist("ANGEBOTSFRIST", "Angebotsfrist", "Angebote", vergabe.getAngebotsfrist(), jetzt);
            }
            case TEILNAHMEWETTBEWERB -> {
                return oeffnungsfrist("TEILNAHMEFRIST", "Teilnahmefrist", "Teilnahmeanträge", vergabe.getTeilnahmefrist(), jetzt);
            }
            case INFORMIERT -> {
                LocalDate ab = vergabe.getFruehesterZuschlag();
                String sperre = vergabe.zuschlagVerwehrt(heute);
                String text = vergabe.isNachpruefungAnhaengig()
                        ? "Nachprüfungsantrag anhängig: kein Zuschlag bis zur Entscheidung der Vergabekammer (§ 169 Abs. 1 GWB)"
                        : (vergabe.isBeschwerdeAnhaengig() || vergabe.isBeschwerdeStattgegeben()) && sperre != null
                        ? "Sofortige Beschwerde: " + sperre
                        : (heute.isBefore(ab) ? "Wartefrist (§ 134 GWB): Zuschlag frühestens am " : "Wartefrist abgelaufen: Zuschlag möglich seit ")
                                + datum(ab);
                return new Frist("WARTEFRIST", "Ende der Wartefrist", ab, text, false);
            }
            case ZUSCHLAG_ERTEILT -> {
                if (bekanntgemacht) {
                    return null;
                }
                // day 30 after the award is the last day to send the notice (ZuschlagDokumentieren sets the task's due date so)
                LocalDate faellig = vergabe.getZuschlagAm().atZoneSameInstant(zone).toLocalDate().plusDays(BEKANNTMACHUNG_TAGE);
                boolean ueberfaellig = heute.isAfter(faellig);
                return new Frist("VERGABEBEKANNTMACHUNG", "Vergabebekanntmachung", faellig, (ueberfaellig
                        ? "Vergabebekanntmachung überfällig: war bis " : "Vergabebekanntmachung bis ") + datum(faellig) + " (§ 39 VgV)",
                        ueberfaellig);
            }
            default -> {
                return null;
            }
        }
    }

    /** A period after which the sealed offers or requests are due to be opened (§ 55 Abs. 1 VgV). */
    private static Frist oeffnungsfrist(String art, String bezeichnung, String gegenstand, OffsetDateTime frist, ZonedDateTime jetzt) {
        ZonedDateTime ende = frist.atZoneSameInstant(jetzt.getZone());
        boolean abgelaufen = !jetzt.isBefore(ende);
        // a deadline "bis 09.11.2021, 00:00 Uhr" reads as the end of 08.11.2021 (§ 82 VgV): say it as people do
        String uhrzeit = ende.toLocalTime().equals(java.time.LocalTime.MIDNIGHT)
                ? "Ende des " + datum(ende.toLocalDate().minusDays(1))
                : datum(ende.toLocalDate()) + ", " + ende.toLocalTime() + " Uhr";
        return new Frist(art, bezeichnung, ende.toLocalDate(), abgelaufen
                ? bezeichnung + " abgelaufen (" + uhrzeit + "): Öffnung der " + gegenstand + " fällig (§ 55 VgV)"
                : bezeichnung + " bis " + uhrzeit, abgelaufen);
    }

    static String datum(LocalDate tag) {
        return String.format("%02d.%02d.%04d", tag.getDayOfMonth(), tag.getMonthValue(), tag.getYear());
    }
}
