package de.leverkusen.vergabe.verfahren;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
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
    @EnumSource(value = Verfahrensart.class, names = "WETTBEWERBLICHER_DIALOG")
    void eineNichtDurchgefuehrteVerfahrensartWirdAbgewiesen(Verfahrensart art) {
        assertThat(art.durchgefuehrt()).isFalse();
        assertThatThrownBy(() -> antrag(art).pruefen()).isInstanceOf(Eingabefehler.class)
                .hasMessageContaining("Feld 'verfahrensart'")
                .hasMessageContaining(art.text() + " wird von dieser Vergabe-Engine nicht durchgeführt")
                .hasMessageContaining("zulässig: Offenes Verfahren (§ 15 VgV), Nicht offenes Verfahren (§ 16 VgV), "
                        + "Verhandlungsverfahren mit Teilnahmewettbewerb (§ 17 VgV)");
    }

    @Test
    void dasOffeneVerfahrenWirdAngenommen_dieDreiDurchgefuehrtenArten() {
        // the two with a participation competition: mitTeilnahmewettbewerb_... below
        antrag(Verfahrensart.OFFENES_VERFAHREN).pruefen();
        assertThat(Verfahrensart.durchgefuehrte()).containsExactly(Verfahrensart.OFFENES_VERFAHREN,
                Verfahrensart.NICHT_OFFENES_VERFAHREN, Verfahrensart.VERHANDLUNGSVERFAHREN_MIT_TEILNAHMEWETTBEWERB);
    }

    /** Participation competition (issue 17): no bidders and no offer deadline at the start, the published stage instead. */
    private static Vergabeantrag teilnahmeantrag(Verfahrensart art, List<Vergabeantrag.Bieter> bieter, String auswahlkriterien) {
        return new Vergabeantrag("VG-ART", "5d3c6a1e-8f2b-4c7d-9e0a-1b2c3d4e5f60", "DMS", art,
                "Konzeptionelle Lösungen erforderlich (§ 14 Abs. 3 Nr. 2 VgV).", new BigDecimal("1250000.00"),
                null, LocalDate.of(2021, 10, 7), true, false, null, null, List.of("bewerter1"), bieter,
                new Vergabeantrag.Teilnahmeangaben(OffsetDateTime.parse("2021-11-09T00:00:00+01:00"), 5, null, auswahlkriterien, false, false));
    }

    @ParameterizedTest
    @EnumSource(value = Verfahrensart.class, names = {"NICHT_OFFENES_VERFAHREN", "VERHANDLUNGSVERFAHREN_MIT_TEILNAHMEWETTBEWERB"})
    void mitTeilnahmewettbewerb_ohneBieterUndAngebotsfrist_mitVeroeffentlichtenAuswahlkriterien(Verfahrensart art) {
        assertThat(art.mitTeilnahmewettbewerb()).isTrue();
        teilnahmeantrag(art, List.of(), "Referenzen (je 10 Punkte)").pruefen();
        assertThatThrownBy(() -> teilnahmeantrag(art, List.of(), " ").pruefen()).isInstanceOf(Eingabefehler.class)
                .hasMessageContaining("Feld 'auswahlkriterien'").hasMessageContaining("§ 51 Abs. 1 VgV");
        assertThatThrownBy(() -> teilnahmeantrag(art, List.of(new Vergabeantrag.Bieter("Aktenwerk Software GmbH", "vergabe@aktenwerk.example")),
                "Referenzen (je 10 Punkte)").pruefen()).isInstanceOf(Eingabefehler.class)
                .hasMessageContaining("Feld 'bieter'").hasMessageContaining("Aufforderung zur Angebotsabgabe");
    }
}
