package de.leverkusen.vergabe.verfahren;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A procedure of a type the models do not run is refused by the domain itself, whatever path the start took
 * (the start form's select is checked on the server too, but a start from code or by operations is not a form).
 */
class VerfahrensartTest {

    private static Vergabeantrag antrag(Verfahrensart art) {
        return new Vergabeantrag("VG-ART", "5d3c6a1e-8f2b-4c7d-9e0a-1b2c3d4e5f60", "DMS", art,
                "Konzeptionelle Lösungen erforderlich (§ 14 Abs. 3 Nr. 2 VgV).", new BigDecimal("1250000.00"),
                Testverfahren.ANGEBOTSFRIST, LocalDate.of(2021, 10, 7), true, false, LocalDate.of(2021, 12, 7),
                LocalDate.of(2021, 12, 9), List.of("bewerter1"), List.of(new Vergabeantrag.Bieter("Aktenwerk Software GmbH",
                        "vergabe@aktenwerk.example")));
    }

    @ParameterizedTest
    @EnumSource(value = Verfahrensart.class, mode = EnumSource.Mode.EXCLUDE,
            names = {"OFFENES_VERFAHREN", "VERHANDLUNGSVERFAHREN_MIT_TEILNAHMEWETTBEWERB"})
    void eineNichtDurchgefuehrteVerfahrensartWirdAbgewiesen(Verfahrensart art) {
        assertThat(art.durchgefuehrt()).isFalse();
        assertThatThrownBy(() -> antrag(art).pruefen()).isInstanceOf(Eingabefehler.class)
                .hasMessageContaining("Feld 'verfahrensart'")
                .hasMessageContaining(art.text() + " wird von dieser Vergabe-Engine nicht durchgeführt")
                .hasMessageContaining("zulässig: Offenes Verfahren (§ 15 VgV), Verhandlungsverfahren mit Teilnahmewettbewerb (§ 17 VgV)");
    }

    @ParameterizedTest
    @EnumSource(value = Verfahrensart.class, names = {"OFFENES_VERFAHREN", "VERHANDLUNGSVERFAHREN_MIT_TEILNAHMEWETTBEWERB"})
    void dasOffeneUndDasVerhandlungsverfahrenWerdenAngenommen(Verfahrensart art) {
        antrag(art).pruefen();
        assertThat(Verfahrensart.durchgefuehrte()).containsExactly(Verfahrensart.OFFENES_VERFAHREN,
                Verfahrensart.VERHANDLUNGSVERFAHREN_MIT_TEILNAHMEWETTBEWERB);
    }
}
