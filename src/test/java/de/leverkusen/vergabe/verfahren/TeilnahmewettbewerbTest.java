package de.leverkusen.vergabe.verfahren;

import static de.leverkusen.vergabe.verfahren.Verfahrensart.NICHT_OFFENES_VERFAHREN;
import static de.leverkusen.vergabe.verfahren.Verfahrensart.OFFENES_VERFAHREN;
import static de.leverkusen.vergabe.verfahren.Verfahrensart.VERHANDLUNGSVERFAHREN_MIT_TEILNAHMEWETTBEWERB;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.leverkusen.vergabe.fristen.Feiertagskalender;
import de.leverkusen.vergabe.fristen.Fristenrechner;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** What the notice publishes about the participation competition: period (§ 16 Abs. 2, 3, § 17 Abs. 2, 3 VgV), numbers (§ 51 VgV). */
class TeilnahmewettbewerbTest {

    private static final Fristenrechner RECHNER = new Fristenrechner(Feiertagskalender.fuer("nw"));
    private static final ZoneId SITZ = ZoneId.of("Europe/Berlin");
    /** notice sent Tuesday 17.05.2022 */
    private static final LocalDate BEKANNTMACHUNG = LocalDate.of(2022, 5, 17);

    private static Teilnahmewettbewerb tw(Verfahrensart art, String frist, boolean dringlich, int min, Integer max) {
        return new Teilnahmewettbewerb(art, BEKANNTMACHUNG, OffsetDateTime.parse(frist), dringlich, min, max);
    }

    @Test
    void teilnahmefristHaeltDieDreissigTageMitFronleichnam() {
        // 18.05.2022 + 29 = day 30 Thursday 16.06.2022 = Corpus Christi (NRW holiday) -> the period runs to Friday
        // 17.06.2022 24:00, i.e. the earliest deadline is Saturday 18.06.2022 00:00
        assertThatCode(() -> tw(NICHT_OFFENES_VERFAHREN, "2022-06-18T00:00:00+02:00", false, 5, null).pruefen(RECHNER, SITZ))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> tw(NICHT_OFFENES_VERFAHREN, "2022-06-17T12:00:00+02:00", false, 5, null).pruefen(RECHNER, SITZ))
                .hasMessageContaining("Feld 'teilnahmefrist'")
                .hasMessageContaining("Die Teilnahmefrist endet am Freitag, 17.06.2022 um 12:00 Uhr")
                .hasMessageContaining("frühestes zulässiges Ende: Samstag, 18.06.2022 00:00 Uhr");
        assertThatThrownBy(() -> tw(VERHANDLUNGSVERFAHREN_MIT_TEILNAHMEWETTBEWERB, "2022-06-10T00:00:00+02:00", false, 3, null)
                .pruefen(RECHNER, SITZ))
                .hasMessageContaining("Feld 'teilnahmefrist'").hasMessageContaining("§ 17 Abs. 2 VgV");
    }

    @Test
    void dringlichFuenfzehnTage() {
        // 17.05.2022 + 15 = Wednesday 01.06.2022: earliest deadline 02.06.2022 00:00 (§ 16 Abs. 3 VgV)
        assertThatCode(() -> tw(NICHT_OFFENES_VERFAHREN, "2022-06-02T00:00:00+02:00", true, 5, null).pruefen(RECHNER, SITZ))
                .doesNotThrowAnyException();
        // 01.06.2022 00:00 ends on the period's last day: the whole of it is missing
        assertThatThrownBy(() -> tw(NICHT_OFFENES_VERFAHREN, "2022-06-01T00:00:00+02:00", true, 5, null).pruefen(RECHNER, SITZ))
                .hasMessageContaining("Feld 'teilnahmefrist'").hasMessageContaining("läuft bis Mittwoch, 01.06.2022 24:00 Uhr");
        assertThatThrownBy(() -> tw(NICHT_OFFENES_VERFAHREN, "2022-05-31T00:00:00+02:00", true, 5, null).pruefen(RECHNER, SITZ))
                .hasMessageContaining("Feld 'teilnahmefrist'").hasMessageContaining("15 Tage nach § 16 Abs. 3 VgV");
    }

    @Test
    void mindestzahlUndHoechstzahlNachParagraf51() {
        String frist = "2022-06-18T00:00:00+02:00";
        assertThatThrownBy(() -> tw(NICHT_OFFENES_VERFAHREN, frist, false, 4, null).pruefen(RECHNER, SITZ))
                .hasMessageContaining("Feld 'mindestzahlBewerber'").hasMessageContaining("mindestens 5").hasMessageContaining("§ 51 Abs. 2 Satz 1 VgV");
        assertThatCode(() -> tw(VERHANDLUNGSVERFAHREN_MIT_TEILNAHMEWETTBEWERB, frist, false, 3, 3).pruefen(RECHNER, SITZ))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> tw(VERHANDLUNGSVERFAHREN_MIT_TEILNAHMEWETTBEWERB, frist, false, 2, null).pruefen(RECHNER, SITZ))
                .hasMessageContaining("Feld 'mindestzahlBewerber'").hasMessageContaining("mindestens 3");
        assertThatThrownBy(() -> tw(VERHANDLUNGSVERFAHREN_MIT_TEILNAHMEWETTBEWERB, frist, false, 4, 3).pruefen(RECHNER, SITZ))
                .hasMessageContaining("Feld 'hoechstzahlBewerber'").hasMessageContaining("Mindestzahl 4");
        assertThatThrownBy(() -> tw(OFFENES_VERFAHREN, frist, false, 5, null).pruefen(RECHNER, SITZ))
                .hasMessageContaining("Feld 'verfahrensart'").hasMessageContaining("keinen Teilnahmewettbewerb");
    }
}
