package de.leverkusen.vergabe.verfahren;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** § 60 VgV triggers, worked out by hand with the published defaults: 20 % below the next offer, 30 % below the estimate. */
class NiedrigpreisschwellenTest {

    static final Niedrigpreisschwellen STANDARD = new Niedrigpreisschwellen(new BigDecimal("0.20"), new BigDecimal("0.30"));
    static final BigDecimal SCHAETZUNG = new BigDecimal("1000000");

    private static Niedrigpreisschwellen.Preis preis(long id, String bieter, String betrag) {
        return new Niedrigpreisschwellen.Preis(id, bieter, new BigDecimal(betrag));
    }

    @Test
    void siebenundzwanzigProzentUnterDemNaechstenWirdAufgegriffen() {
        // A: (1,000,000 - 730,000) / 1,000,000 = 0.27 > 0.20; against the estimate also 27 %, not more than 30 %
        List<Niedrigpreisschwellen.Befund> befunde = STANDARD.pruefen(
                List.of(preis(2, "B", "1000000.00"), preis(1, "A", "730000.00")), SCHAETZUNG);
        assertThat(befunde).singleElement().satisfies(b -> {
            assertThat(b.angebotId()).isEqualTo(1L);
            assertThat(b.text()).isEqualTo("Preis 730.000,00 EUR liegt 27 % unter dem nächsthöheren Angebot (B, 1.000.000,00 EUR; "
                    + "Aufgreifschwelle 20 %)");
        });
    }

    @Test
    void fuenfeinhalbProzentUnterDemNaechstenNicht() {
        // C: (1,000,000 - 945,000) / 1,000,000 = 0.055, below 0.20; against the estimate 5.5 % as well
        assertThat(STANDARD.pruefen(List.of(preis(3, "C", "945000.00"), preis(4, "D", "1000000.00")), SCHAETZUNG)).isEmpty();
    }

    @Test
    void weitUnterDerSchaetzungWirdAufgegriffenGenauAnDerSchwelleNicht() {
        // E 650,000: 7.14 % below F (700,000), but (1,000,000 - 650,000) / 1,000,000 = 35 % below the estimate: flagged;
        // F 700,000: exactly 30 % below the estimate, which is not "more than" the trigger: not flagged
        List<Niedrigpreisschwellen.Befund> befunde = STANDARD.pruefen(
                List.of(preis(5, "E", "650000.00"), preis(6, "F", "700000.00")), SCHAETZUNG);
        assertThat(befunde).singleElement().satisfies(b -> {
            assertThat(b.angebotId()).isEqualTo(5L);
            assertThat(b.text()).isEqualTo("Preis 650.000,00 EUR liegt 35 % unter dem geschätzten Auftragswert (1.000.000,00 EUR; "
                    + "Aufgreifschwelle 30 %)");
        });
    }

    @Test
    void gleicherPreisIstKeinNaechsthoeheresAngebot() {
        // two offers at 500,000 and one at 700,000: for each 500,000 the next higher is 700,000, (700 - 500) / 700 = 28.57 %
        List<Niedrigpreisschwellen.Befund> befunde = new Niedrigpreisschwellen(new BigDecimal("0.20"), new BigDecimal("0.60"))
                .pruefen(List.of(preis(7, "G", "500000"), preis(8, "H", "500000"), preis(9, "I", "700000")), SCHAETZUNG);
        assertThat(befunde).extracting(Niedrigpreisschwellen.Befund::angebotId).containsExactlyInAnyOrder(7L, 8L);
        assertThat(befunde.get(0).text()).contains("28,57 % unter dem nächsthöheren Angebot (I, 700.000,00 EUR");
    }
}
