package de.leverkusen.vergabe.fristen;

import static org.assertj.core.api.Assertions.assertThat;

import de.leverkusen.vergabe.nachpruefung.Ruegepruefung;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The periods of review and complaint (§§ 160, 172, 173 GWB), worked out by hand with the NRW holidays. */
class NachpruefungsfristenTest {

    private final Fristenrechner rechner = new Fristenrechner(Feiertagskalender.fuer(Feiertagskalender.NORDRHEIN_WESTFALEN));

    @Test
    void beschwerdefristUndAufschiebendeWirkungUeberNeujahr() {
        // rejecting decision served Friday 18.12.2020; two weeks (§ 172 Abs. 1 GWB) end on the same weekday:
        // Friday 01.01.2021 is New Year's Day, Saturday 02. and Sunday 03.01. are no working days -> Monday 04.01.2021
        assertThat(rechner.letzterTagBeschwerdefrist(LocalDate.of(2020, 12, 18))).isEqualTo(LocalDate.of(2021, 1, 4));
        // the suspensive effect of an appeal lodged in time lapses two weeks after the appeal period (§ 173 Abs. 1
        // Satz 2 GWB): 04.01.2021 + 14 days = Monday 18.01.2021, a working day -> the award from 19.01.2021
        assertThat(rechner.letzterTagAufschiebendeWirkung(LocalDate.of(2021, 1, 4))).isEqualTo(LocalDate.of(2021, 1, 18));
        // a period ending on a Sunday moves (cautious reading): appeal period ending Fri 19.03.2021 (served 05.03.)
        // + 14 days = Friday 02.04.2021 Good Friday -> Sat, Sun, Easter Monday 05.04. -> Tuesday 06.04.2021
        assertThat(rechner.letzterTagAufschiebendeWirkung(LocalDate.of(2021, 3, 19))).isEqualTo(LocalDate.of(2021, 4, 6));
    }

    @Test
    void ruegeBinnenZehnKalendertagenAbKenntnis() {
        // knowledge on Monday 01.03.2021: + 10 days = Thursday 11.03.2021
        Ruegepruefung amLetztenTag = rechner.ruege(LocalDate.of(2021, 3, 1), LocalDate.of(2021, 3, 11), false, null);
        assertThat(amLetztenTag.letzterTag()).isEqualTo(LocalDate.of(2021, 3, 11));
        assertThat(amLetztenTag.rechtzeitig()).isTrue();
        assertThat(amLetztenTag.text()).startsWith("Rüge rechtzeitig: eingegangen am 11.03.2021, Rügefrist bis 11.03.2021")
                .contains("10 Kalendertage ab Kenntnis am 01.03.2021 (§ 160 Abs. 3 Satz 1 Nr. 1 GWB)");
        Ruegepruefung einTagZuSpaet = rechner.ruege(LocalDate.of(2021, 3, 1), LocalDate.of(2021, 3, 12), false, null);
        assertThat(einTagZuSpaet.rechtzeitig()).isFalse();
        assertThat(einTagZuSpaet.text()).startsWith("Rüge verspätet: eingegangen am 12.03.2021");
        // knowledge on Wednesday 24.03.2021: + 10 = Saturday 03.04.2021 -> Sunday, Easter Monday 05.04. -> Tuesday 06.04.2021
        assertThat(rechner.ruege(LocalDate.of(2021, 3, 24), LocalDate.of(2021, 4, 6), false, null).rechtzeitig()).isTrue();
    }

    @Test
    void ausDerBekanntmachungErkennbar_bisZumEndeDerAngebotsfrist() {
        // known Friday 05.11.2021 (+ 10 = Monday 15.11.2021), but recognisable from the notice: the offer period ends
        // on Tuesday 09.11.2021, the earlier limit (§ 160 Abs. 3 Satz 1 Nr. 3 GWB)
        Ruegepruefung p = rechner.ruege(LocalDate.of(2021, 11, 5), LocalDate.of(2021, 11, 10), true, LocalDate.of(2021, 11, 9));
        assertThat(p.letzterTag()).isEqualTo(LocalDate.of(2021, 11, 9));
        assertThat(p.rechtzeitig()).isFalse();
        assertThat(p.text()).contains("bis zum Ablauf der Angebots- oder Teilnahmefrist (§ 160 Abs. 3 Satz 1 Nr. 2, 3 GWB)");
        // learned of it long before: the ten days end first (Friday 29.10. + 10 = Monday 08.11.2021)
        assertThat(rechner.ruege(LocalDate.of(2021, 10, 29), LocalDate.of(2021, 11, 9), true, LocalDate.of(2021, 11, 9)).rechtzeitig()).isFalse();
        // recognisable, but not known: in time up to the end of the offer period
        assertThat(rechner.ruege(LocalDate.of(2021, 11, 9), LocalDate.of(2021, 11, 9), true, LocalDate.of(2021, 11, 9)).rechtzeitig()).isTrue();
    }

    @Test
    void fuenfzehnKalendertageNachDerNichtabhilfe() {
        // refusal received Monday 14.12.2020 + 15 = Tuesday 29.12.2020
        assertThat(rechner.letzterTagAntragNachNichtabhilfe(LocalDate.of(2020, 12, 14))).isEqualTo(LocalDate.of(2020, 12, 29));
        // received Thursday 17.12.2020 + 15 = Friday 01.01.2021, New Year -> Monday 04.01.2021
        assertThat(rechner.letzterTagAntragNachNichtabhilfe(LocalDate.of(2020, 12, 17))).isEqualTo(LocalDate.of(2021, 1, 4));
    }
}
