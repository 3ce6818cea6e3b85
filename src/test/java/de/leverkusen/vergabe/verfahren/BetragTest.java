package de.leverkusen.vergabe.verfahren;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Amounts in German notation as the start form's amount fields take them. */
class BetragTest {

    private static final BigDecimal MAX = new BigDecimal("10000000000");

    @Test
    void deutscheSchreibweiseErgibtGenauDenBetrag() {
        assertThat(Betrag.lesen("geschaetzterWert", "1.250.000", MAX)).isEqualByComparingTo("1250000");
        assertThat(Betrag.lesen("geschaetzterWert", "1.250.000,00 €", MAX)).isEqualByComparingTo("1250000.00");
        assertThat(Betrag.lesen("geschaetzterWert", "1250000,5 EUR", MAX)).isEqualByComparingTo("1250000.50");
        assertThat(Betrag.lesen("geschaetzterWert", " 999,99 ", MAX)).isEqualByComparingTo("999.99");
        // EUR 10 billion exactly is the maximum
        assertThat(Betrag.lesen("geschaetzterWert", "10.000.000.000,00", MAX)).isEqualByComparingTo(MAX);
    }

    @Test
    void mehrdeutigeOderFalscheEingabenWerdenMitFeldUndRegelAbgewiesen() {
        // "1.25" is 1.25 in English and nothing in German: refused, never guessed
        for (String falsch : new String[] {"1.25", "1250000.00", "1,250,000", "1.2500.000", "12,345", "zwölf", "-5"}) {
            assertThatThrownBy(() -> Betrag.lesen("geschaetzterWert", falsch, MAX)).as(falsch)
                    .isInstanceOf(Eingabefehler.class).hasMessageContaining("Feld 'geschaetzterWert'", "kein Betrag in Euro");
        }
        assertThatThrownBy(() -> Betrag.lesen("geschaetzterWert", "0,00", MAX)).hasMessageContaining("größer als 0");
        assertThatThrownBy(() -> Betrag.lesen("geschaetzterWert", "10.000.000.000,01", MAX)).hasMessageContaining("größer als das Maximum");
        assertThatThrownBy(() -> Betrag.lesen("geschaetzterWert", 1250000.0, MAX)).hasMessageContaining("als Text erwartet");
    }
}
