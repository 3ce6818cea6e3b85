package de.leverkusen.vergabe.fristen;

import java.time.LocalDate;

/**
 * One statutory minimum period.
 *
 * @param rechtsgrundlage    the provisions that set the number of days
 * @param beginn             first day (the day after the event)
 * @param letzterTag         the day on which the counted days run out ({@code beginn + tage - 1})
 * @param ende               the day the period ends: {@code letzterTag}, or the next working day when the counting
 *                           rule moves it off a weekend or holiday
 * @param fruehesterZuschlag only for the standstill: the first day the contract may be concluded, else {@code null}
 */
public record Frist(Fristart art, String rechtsgrundlage, int tage, LocalDate beginn, LocalDate letzterTag,
                    LocalDate ende, LocalDate fruehesterZuschlag) {

    /** Provision that moves an end off a weekend or holiday (not applied to the standstill). */
    public static final String VERSCHIEBUNG = "§ 82 VgV i. V. m. Art. 3 Abs. 4 VO (EWG, Euratom) Nr. 1182/71";

    public boolean verschoben() {
        return !ende.equals(letzterTag);
    }

    /** The provisions for the days and, when the end was moved, the counting rule that moved it. */
    public String rechtsgrundlageMitVerschiebung() {
        return verschoben() ? rechtsgrundlage + "; " + VERSCHIEBUNG : rechtsgrundlage;
    }
}
