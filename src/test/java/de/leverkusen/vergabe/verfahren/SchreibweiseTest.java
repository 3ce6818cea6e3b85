package de.leverkusen.vergabe.verfahren;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

class SchreibweiseTest {

    @Test
    void betraegeZahlenUndAnteileInDeutscherSchreibweise() {
        assertThat(Schreibweise.euro(new BigDecimal("389500"))).isEqualTo("389.500,00 EUR");
        // half a cent rounds up (commercial rounding)
        assertThat(Schreibweise.euro(new BigDecimal("0.005"))).isEqualTo("0,01 EUR");
        assertThat(Schreibweise.euro(null)).isEqualTo("–");
        // every digit that the figure has: Z as the ranking computed it, L with its two places
        assertThat(Schreibweise.zahl(new BigDecimal("0.0020154044"))).isEqualTo("0,0020154044");
        assertThat(Schreibweise.zahl(new BigDecimal("785.00"))).isEqualTo("785,00");
        assertThat(Schreibweise.zahl(new BigDecimal("1000.5"))).isEqualTo("1.000,5");
        // 412000.00 without trailing zeros is 4.12E+5: still written out
        assertThat(Schreibweise.zahl(new BigDecimal("412000.00").stripTrailingZeros())).isEqualTo("412.000");
        assertThat(Schreibweise.zahl(new BigDecimal("0.6"))).isEqualTo("0,6");
        assertThat(Schreibweise.prozent(new BigDecimal("0.2718"))).isEqualTo("27,18 %");
        assertThat(Schreibweise.prozent(new BigDecimal("0.20"))).isEqualTo("20 %");
    }

    @Test
    void datumUndZeitInBerlin() {
        assertThat(Schreibweise.datum(LocalDate.of(2021, 10, 7))).isEqualTo("07.10.2021");
        // 23:30 UTC on 31.12.2021 is already 01.01.2022 00:30 in Berlin (CET = UTC+1)
        OffsetDateTime silvester = OffsetDateTime.parse("2021-12-31T23:30:00Z");
        assertThat(Schreibweise.datum(silvester)).isEqualTo("01.01.2022");
        assertThat(Schreibweise.zeit(silvester)).isEqualTo("01.01.2022 00:30");
    }
}
