package de.leverkusen.vergabe.nachpruefung;

import java.time.LocalDate;

/**
 * Standstill period of § 134 Abs. 2 GWB: 10 calendar days after electronic dispatch, 15 otherwise,
 * counted from the day after dispatch. Unlike VgV deadlines the end does not move off a weekend or
 * holiday (VK Bund, 28.06.2021, VK 2-77/21); the contract may be concluded from the day after the last day.
 */
public record Wartefrist(LocalDate beginn, LocalDate letzterTag, LocalDate fruehesterZuschlag, int tage) {

    public enum Versandart { ELEKTRONISCH, POST }

    public static Wartefrist ab(LocalDate versandtAm, Versandart versandart) {
        int tage = versandart == Versandart.ELEKTRONISCH ? 10 : 15;
        LocalDate letzterTag = versandtAm.plusDays(tage);
        return new Wartefrist(versandtAm.plusDays(1), letzterTag, letzterTag.plusDays(1), tage);
    }
}
