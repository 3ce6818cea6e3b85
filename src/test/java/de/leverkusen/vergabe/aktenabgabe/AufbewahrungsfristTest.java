package de.leverkusen.vergabe.aktenabgabe;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** § 8 Abs. 4 VgV: at least three years from the day of the award, counted as §§ 187, 188 BGB count years. */
class AufbewahrungsfristTest {

    @Test
    void dreiJahreAbDemTagDesZuschlags() {
        // award Thursday 10.02.2022: the day with the same number three years later, 10.02.2025
        assertThat(Aufbewahrungsfrist.ende(LocalDate.of(2022, 2, 10), LocalDate.of(2022, 3, 15))).isEqualTo(LocalDate.of(2025, 2, 10));
    }

    @Test
    void zuschlagAm29Februar_endetAmLetztenTagDesFebruars() {
        // 29.02.2024 + 3 years: 2027 has no 29 February, § 188 Abs. 3 BGB -> the last day of that month, 28.02.2027
        assertThat(Aufbewahrungsfrist.ende(LocalDate.of(2024, 2, 29), LocalDate.of(2024, 3, 1))).isEqualTo(LocalDate.of(2027, 2, 28));
    }

    @Test
    void ohneZuschlag_abDemEndeDesVerfahrens() {
        // cancelled on 31.12.2021 without award: kept until 31.12.2024
        assertThat(Aufbewahrungsfrist.ende(null, LocalDate.of(2021, 12, 31))).isEqualTo(LocalDate.of(2024, 12, 31));
    }
}
