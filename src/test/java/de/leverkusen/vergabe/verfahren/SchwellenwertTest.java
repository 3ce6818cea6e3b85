package de.leverkusen.vergabe.verfahren;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The EU threshold on the day of dispatch (§ 106 GWB, § 3 Abs. 3 VgV), values of the domain brief. */
class SchwellenwertTest {

    @Test
    void derSchwellenwertGiltFuerZweiKalenderjahre() {
        assertThat(Schwellenwert.am(LocalDate.of(2020, 1, 1))).hasValue(Schwellenwert.JAHRE_2020_2021);
        assertThat(Schwellenwert.am(LocalDate.of(2021, 12, 31)).orElseThrow().betrag()).isEqualByComparingTo("214000");
        assertThat(Schwellenwert.am(LocalDate.of(2022, 1, 1)).orElseThrow().betrag()).isEqualByComparingTo("215000");
        assertThat(Schwellenwert.am(LocalDate.of(2025, 6, 30)).orElseThrow().betrag()).isEqualByComparingTo("221000");
        assertThat(Schwellenwert.am(LocalDate.of(2027, 12, 31)).orElseThrow().betrag()).isEqualByComparingTo("216000");
        assertThat(Schwellenwert.am(LocalDate.of(2019, 12, 31))).isEmpty();
        assertThat(Schwellenwert.am(LocalDate.of(2028, 1, 1))).isEmpty();
    }

    @Test
    void dasErgebnisSagtObDieSchwelleErreichtIst() {
        // the city's DMS: EUR 1,250,000 against 214,000 (notice 07.10.2021)
        assertThat(Schwellenwert.pruefung(new BigDecimal("1250000"), LocalDate.of(2021, 10, 7)))
                .startsWith("Schwellenwert erreicht: geschätzter Auftragswert 1.250.000,00 EUR netto")
                .contains("214.000,00 EUR");
        // exactly the threshold counts as reached (§ 106 Abs. 1 GWB: "erreicht oder überschreitet")
        assertThat(Schwellenwert.pruefung(new BigDecimal("216000"), LocalDate.of(2026, 5, 4))).startsWith("Schwellenwert erreicht");
        // one cent below the 2022-23 threshold: a warning, the procedure goes on as EU-wide
        assertThat(Schwellenwert.pruefung(new BigDecimal("214999.99"), LocalDate.of(2022, 3, 1)))
                .startsWith("Warnung: Schwellenwert nicht erreicht: geschätzter Auftragswert 214.999,99 EUR netto")
                .contains("215.000,00 EUR", "dennoch EU-weit");
        assertThat(Schwellenwert.pruefung(new BigDecimal("500000"), LocalDate.of(2028, 2, 1))).startsWith("Warnung: für den Versand am 01.02.2028 ist kein EU-Schwellenwert hinterlegt");
    }
}
