package de.leverkusen.vergabe.fristen;

import de.leverkusen.vergabe.nachpruefung.Ruegepruefung;
import de.leverkusen.vergabe.nachpruefung.Wartefrist;
import de.leverkusen.vergabe.verfahren.Eingabefehler;
import de.leverkusen.vergabe.verfahren.Verfahrensart;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Statutory minimum periods of §§ 15-18 VgV and the standstill of § 134 GWB for one event of a procedure.
 *
 * <p>Counting (§ 82 VgV with Regulation (EEC, Euratom) No 1182/71, Art. 3): a period of n days starts at the
 * beginning of the day after the event and ends at the end of its n-th day; if that day is a Saturday, Sunday or
 * public holiday at the authority's seat, it ends at the end of the next working day (Art. 3 Abs. 4). The
 * standstill is counted the same way but never moved ({@link Wartefrist}).
 */
public class Fristenrechner {

    private static final DateTimeFormatter TAG = DateTimeFormatter.ofPattern("EEEE, dd.MM.yyyy", Locale.GERMAN);
    private static final DateTimeFormatter DATUM = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final Feiertagskalender kalender;

    public Fristenrechner(Feiertagskalender kalender) {
        this.kalender = Objects.requireNonNull(kalender);
    }

    /**
     * The periods the event starts for the procedure type.
     *
     * @param elektronisch offers are accepted electronically (§§ 15-17 VgV); the § 134 information is sent
     *                     electronically or by fax (§ 134 Abs. 2 Satz 2 GWB)
     * @param dringlich    a sufficiently substantiated urgency is documented (§ 15 Abs. 3, § 16 Abs. 3, 7,
     *                     § 17 Abs. 3, 8 VgV)
     * @throws Eingabefehler on field {@code ereignis} when the event starts no statutory period for that type
     */
    public List<Frist> berechnen(Verfahrensart verfahrensart, Ereignis ereignis, LocalDate datum, boolean elektronisch,
                                 boolean dringlich) {
        Objects.requireNonNull(verfahrensart);
        Objects.requireNonNull(ereignis);
        Objects.requireNonNull(datum);
        if (ereignis == Ereignis.INFORMATION_134) {
            return List.of(wartefrist(datum, elektronisch));
        }
        return switch (verfahrensart) {
            case OFFENES_VERFAHREN -> switch (ereignis) {
                // § 15 Abs. 4 shortens only the period of Abs. 2, never the urgent 15 days of Abs. 3
                case BEKANNTMACHUNG -> List.of(dringlich
                        ? vgvFrist(Fristart.ANGEBOTSFRIST, "§ 15 Abs. 3 VgV", 15, datum)
                        : elektronisch
                                ? vgvFrist(Fristart.ANGEBOTSFRIST, "§ 15 Abs. 2, 4 VgV", 30, datum)
                                : vgvFrist(Fristart.ANGEBOTSFRIST, "§ 15 Abs. 2 VgV", 35, datum));
                default -> throw new Eingabefehler("ereignis", "Im offenen Verfahren gibt es keine Aufforderung zur "
                        + "Angebotsabgabe; die Angebotsfrist beginnt mit der Absendung der Bekanntmachung (§ 15 Abs. 2 VgV).");
            };
            case NICHT_OFFENES_VERFAHREN -> mitTeilnahmewettbewerb(16, 2, 3, 5, 7, 8, ereignis, datum, elektronisch, dringlich);
            case VERHANDLUNGSVERFAHREN_MIT_TEILNAHMEWETTBEWERB ->
                    mitTeilnahmewettbewerb(17, 2, 3, 6, 8, 9, ereignis, datum, elektronisch, dringlich);
            case WETTBEWERBLICHER_DIALOG -> switch (ereignis) {
                // § 18 knows no urgent shortening of the participation period and no minimum for the offers
                case BEKANNTMACHUNG -> List.of(vgvFrist(Fristart.TEILNAHMEFRIST,
                        dringlich ? "§ 18 Abs. 3 VgV (keine Verkürzung bei Dringlichkeit vorgesehen)" : "§ 18 Abs. 3 VgV", 30, datum));
                default -> throw new Eingabefehler("ereignis", "Im wettbewerblichen Dialog sieht § 18 VgV für die Angebote "
                        + "keine Mindestfrist vor; die Frist ist nur angemessen zu bemessen (§ 20 Abs. 1 VgV).");
            };
        };
    }

    /** Restricted procedure (§ 16 VgV) and negotiated procedure with participation competition (§ 17 VgV). */
    private List<Frist> mitTeilnahmewettbewerb(int paragraf, int absTeilnahme, int absTeilnahmeDringlich, int absAngebot,
                                               int absAngebotDringlich, int absElektronisch, Ereignis ereignis,
                                               LocalDate datum, boolean elektronisch, boolean dringlich) {
        return switch (ereignis) {
            case BEKANNTMACHUNG -> List.of(dringlich
                    ? vgvFrist(Fristart.TEILNAHMEFRIST, "§ " + paragraf + " Abs. " + absTeilnahmeDringlich + " VgV", 15, datum)
                    : vgvFrist(Fristart.TEILNAHMEFRIST, "§ " + paragraf + " Abs. " + absTeilnahme + " VgV", 30, datum));
            // the electronic shortening applies only to the regular 30 days, not to the urgent 10
            case AUFFORDERUNG -> List.of(dringlich
                    ? vgvFrist(Fristart.ANGEBOTSFRIST, "§ " + paragraf + " Abs. " + absAngebotDringlich + " VgV", 10, datum)
                    : elektronisch
                            ? vgvFrist(Fristart.ANGEBOTSFRIST, "§ " + paragraf + " Abs. " + absAngebot + ", " + absElektronisch + " VgV", 25, datum)
                            : vgvFrist(Fristart.ANGEBOTSFRIST, "§ " + paragraf + " Abs. " + absAngebot + " VgV", 30, datum));
            case INFORMATION_134 -> throw new IllegalStateException("handled before");
        };
    }

    private Frist vgvFrist(Fristart art, String rechtsgrundlage, int tage, LocalDate ereignis) {
        LocalDate letzterTag = ereignis.plusDays(tage);
        LocalDate ende = kalender.arbeitstagAbOderNach(letzterTag);
        return new Frist(art, rechtsgrundlage, tage, ereignis.plusDays(1), letzterTag, ende, null);
    }

    private static Frist wartefrist(LocalDate versandtAm, boolean elektronisch) {
        Wartefrist w = Wartefrist.ab(versandtAm, elektronisch ? Wartefrist.Versandart.ELEKTRONISCH : Wartefrist.Versandart.POST);
        String grundlage = elektronisch ? "§ 134 Abs. 2 Satz 2, 3 GWB" : "§ 134 Abs. 2 Satz 1, 3 GWB";
        return new Frist(Fristart.WARTEFRIST_134, grundlage, w.tage(), w.beginn(), w.letzterTag(), w.letzterTag(), w.fruehesterZuschlag());
    }

    /**
     * Last day of the period for the immediate appeal against a decision of the Vergabekammer: two weeks from
     * service (§ 172 Abs. 1 GWB), ending on the weekday of service two weeks later, moved to the next working day
     * when that is a Saturday, Sunday or public holiday (§ 222 Abs. 2 ZPO). Until it has passed, the award is
     * forbidden (§ 169 Abs. 1 GWB).
     */
    public LocalDate letzterTagBeschwerdefrist(LocalDate zugestelltAm) {
        return kalender.arbeitstagAbOderNach(zugestelltAm.plusWeeks(2));
    }

    /**
     * Last day of the suspensive effect of an immediate appeal lodged in time: it lapses two weeks after the end of
     * the appeal period (§ 173 Abs. 1 Satz 2 GWB) unless the court extends it. Read cautiously, a last day on a
     * Saturday, Sunday or public holiday moves to the next working day (§ 222 Abs. 2 ZPO): the award waits one day
     * longer rather than risk a void contract (§ 135 GWB).
     */
    public LocalDate letzterTagAufschiebendeWirkung(LocalDate letzterTagBeschwerdefrist) {
        return kalender.arbeitstagAbOderNach(letzterTagBeschwerdefrist.plusWeeks(2));
    }

    /**
     * Whether a complaint (Rüge) was in time (§ 160 Abs. 3 Satz 1 Nr. 1-3 GWB): within 10 calendar days of learning
     * of the breach; a breach recognisable from the notice or the procurement documents at the latest by the end of
     * the offer (or participation) period. A last day on a Saturday, Sunday or public holiday moves to the next
     * working day (§ 193 BGB; the complaint is a declaration).
     *
     * @param periodeEnde last day of the offer or participation period; {@code null} when unknown
     */
    public Ruegepruefung ruege(LocalDate kenntnisAm, LocalDate eingegangenAm, boolean ausUnterlagenErkennbar, LocalDate periodeEnde) {
        Objects.requireNonNull(kenntnisAm);
        Objects.requireNonNull(eingegangenAm);
        LocalDate zehnTage = kalender.arbeitstagAbOderNach(kenntnisAm.plusDays(10));
        LocalDate frist = zehnTage;
        String grundlage = "10 Kalendertage ab Kenntnis am " + DATUM.format(kenntnisAm) + " (§ 160 Abs. 3 Satz 1 Nr. 1 GWB)";
        if (ausUnterlagenErkennbar && periodeEnde != null && periodeEnde.isBefore(zehnTage)) {
            frist = periodeEnde;
            grundlage = "aus Bekanntmachung oder Vergabeunterlagen erkennbar: bis zum Ablauf der Angebots- oder Teilnahmefrist "
                    + "(§ 160 Abs. 3 Satz 1 Nr. 2, 3 GWB)";
        }
        boolean rechtzeitig = !eingegangenAm.isAfter(frist);
        return new Ruegepruefung(kenntnisAm, eingegangenAm, frist, rechtzeitig, (rechtzeitig ? "Rüge rechtzeitig" : "Rüge verspätet")
                + ": eingegangen am " + DATUM.format(eingegangenAm) + ", Rügefrist bis " + DATUM.format(frist) + ", " + grundlage);
    }

    /**
     * Last day for the application to the Vergabekammer after the Vergabestelle refused to remedy a complaint:
     * 15 calendar days from the receipt of that notice (§ 160 Abs. 3 Satz 1 Nr. 4 GWB), moved off a weekend or
     * holiday like any period (§ 193 BGB).
     */
    public LocalDate letzterTagAntragNachNichtabhilfe(LocalDate mitteilungEingegangenAm) {
        return kalender.arbeitstagAbOderNach(mitteilungEingegangenAm.plusDays(15));
    }

    /** Whether a proposed end keeps every period: it may not lie before the computed end. */
    public Pruefung pruefen(List<Frist> fristen, LocalDate vorgeschlagenesEnde) {
        Objects.requireNonNull(vorgeschlagenesEnde);
        boolean zulaessig = true;
        StringBuilder grund = new StringBuilder();
        for (Frist frist : fristen) {
            boolean haelt = !vorgeschlagenesEnde.isBefore(frist.ende());
            zulaessig &= haelt;
            if (!grund.isEmpty()) {
                grund.append(' ');
            }
            grund.append(haelt ? "Zulässig: " : "Unzulässig: ").append("Das vorgeschlagene Ende der ").append(frist.art().bezeichnung()).append(" (")
                    .append(tag(vorgeschlagenesEnde)).append(haelt ? ") liegt nicht vor " : ") liegt vor ")
                    .append("dem frühestmöglichen Ende (").append(tag(frist.ende())).append("): ")
                    .append(erlaeuterung(frist));
        }
        return new Pruefung(zulaessig, grund.toString());
    }

    private static String erlaeuterung(Frist frist) {
        String gezaehlt = frist.tage() + " Tage nach " + frist.rechtsgrundlage() + " ab " + tag(frist.beginn());
        if (frist.art() == Fristart.WARTEFRIST_134) {
            return gezaehlt + " bis " + tag(frist.letzterTag()) + " ohne Verschiebung auf einen Arbeitstag; "
                    + "der Vertrag darf frühestens am " + tag(frist.fruehesterZuschlag()) + " geschlossen werden.";
        }
        if (frist.verschoben()) {
            return gezaehlt + "; der " + frist.tage() + ". Tag, " + tag(frist.letzterTag()) + ", ist kein Arbeitstag, "
                    + "die Frist endet daher erst am " + tag(frist.ende()) + " (" + Frist.VERSCHIEBUNG + ").";
        }
        return gezaehlt + " bis " + tag(frist.ende()) + ".";
    }

    private static String tag(LocalDate datum) {
        return TAG.format(datum);
    }
}
