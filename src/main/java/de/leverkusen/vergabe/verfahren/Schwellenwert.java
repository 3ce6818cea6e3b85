package de.leverkusen.vergabe.verfahren;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The EU threshold for supply and service contracts of sub-central authorities (§ 106 Abs. 2 Nr. 1 GWB with the
 * Commission's delegated regulations amending Art. 4 of Directive 2014/24/EU), by the two-year period it applies in.
 * The value on the day the contract notice is dispatched counts (§ 3 Abs. 3 VgV).
 */
public enum Schwellenwert {
    /** Delegated Regulation (EU) 2019/1828 */
    JAHRE_2020_2021(2020, new BigDecimal("214000")),
    /** Delegated Regulation (EU) 2021/1952 */
    JAHRE_2022_2023(2022, new BigDecimal("215000")),
    /** Delegated Regulation (EU) 2023/2495 */
    JAHRE_2024_2025(2024, new BigDecimal("221000")),
    /** the Commission's revision of 2025 (value as in the domain brief) */
    JAHRE_2026_2027(2026, new BigDecimal("216000"));

    private final int ab;
    private final BigDecimal betrag;

    Schwellenwert(int ab, BigDecimal betrag) {
        this.ab = ab;
        this.betrag = betrag;
    }

    public BigDecimal betrag() {
        return betrag;
    }

    /** The threshold on the day of dispatch; empty outside the periods known to this version. */
    public static Optional<Schwellenwert> am(LocalDate versand) {
        for (Schwellenwert s : values()) {
            if (versand.getYear() == s.ab || versand.getYear() == s.ab + 1) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    /** The result of the check at set-up, as the running record states it. */
    public static String pruefung(BigDecimal geschaetzterWert, LocalDate versand) {
        Optional<Schwellenwert> schwelle = am(versand);
        if (schwelle.isEmpty()) {
            return "Warnung: für den Versand am " + Schreibweise.datum(versand) + " ist kein EU-Schwellenwert hinterlegt (§ 106 GWB); "
                    + "die Schwelle ist von der Vergabestelle zu prüfen und zu dokumentieren";
        }
        String vergleich = "geschätzter Auftragswert " + Schreibweise.euro(geschaetzterWert) + " netto, EU-Schwellenwert am Tag des Versands ("
                + Schreibweise.datum(versand) + ") " + Schreibweise.euro(schwelle.get().betrag) + " (§ 106 Abs. 2 Nr. 1 GWB, § 3 Abs. 3 VgV)";
        return geschaetzterWert.compareTo(schwelle.get().betrag) >= 0
                ? "Schwellenwert erreicht: " + vergleich + "; EU-weites Verfahren nach Teil 4 GWB"
                : "Warnung: Schwellenwert nicht erreicht: " + vergleich + "; das Verfahren wird dennoch EU-weit durchgeführt";
    }
}
