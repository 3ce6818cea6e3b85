package de.leverkusen.vergabe.aktenabgabe;

import java.time.LocalDate;

/**
 * How long the Vergabeakte is kept: at least three years from the day of the award (§ 8 Abs. 4 VgV). A period of
 * years ends on the day of the last year that bears the number of the starting day, and on the last day of the month
 * when that day does not exist (§ 188 Abs. 2, 3 BGB): award 10.02.2022 -> 10.02.2025, award 29.02.2024 -> 28.02.2027.
 * A procedure without award (cancelled) is kept as long from its end.
 */
public final class Aufbewahrungsfrist {

    public static final int JAHRE = 3;

    private Aufbewahrungsfrist() {
    }

    public static LocalDate ende(LocalDate zuschlag, LocalDate verfahrensende) {
        // LocalDate#plusYears moves 29 February to the 28th, as § 188 Abs. 3 BGB does
        return (zuschlag != null ? zuschlag : verfahrensende).plusYears(JAHRE);
    }
}
