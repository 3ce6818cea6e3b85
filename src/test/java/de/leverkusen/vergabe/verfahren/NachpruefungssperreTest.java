package de.leverkusen.vergabe.verfahren;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.leverkusen.vergabe.fristen.Feiertagskalender;
import de.leverkusen.vergabe.fristen.Fristenrechner;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

/**
 * The award bar of a review (§ 169 Abs. 1 GWB) and of an immediate appeal (§§ 172, 173 GWB) as the Vergabeakte
 * keeps it, with the New Year example. Plain JUnit on the entity and the real deadline calculator.
 */
class NachpruefungssperreTest {

    private static final Fristenrechner FRISTEN = new Fristenrechner(Feiertagskalender.fuer(Feiertagskalender.NORDRHEIN_WESTFALEN));
    private static final LocalDate ZUGESTELLT = LocalDate.of(2020, 12, 18); // Friday
    /** 18.12.2020 + 2 weeks = Friday 01.01.2021, New Year's Day -> Monday 04.01.2021 */
    private static final LocalDate BESCHWERDEFRIST_ENDE = LocalDate.of(2021, 1, 4);

    /**
     * § 134 information sent electronically on Friday 20.11.2020: 10 days to Monday 30.11.2020, award from 01.12.2020;
     * a review application served on Friday 27.11.2020 in the standstill, rejected by a decision served 18.12.2020.
     */
    private static Vergabe abgelehnt() {
        Vergabe v = Testverfahren.imRat("VG-NEUJAHR");
        v.ratsbeschluss(Ratsbeschluss.ZUGESTIMMT, LocalDate.of(2020, 11, 19));
        v.bieterInformiert(LocalDate.of(2020, 12, 1));
        assertThat(v.nachpruefungsantrag(LocalDate.of(2020, 11, 27), LocalDate.of(2020, 11, 27))).isTrue();
        assertThat(v.zuschlagVerwehrt(LocalDate.of(2020, 12, 18))).contains("Nachprüfungsantrag ist anhängig", "§ 169 Abs. 1 GWB");
        v.kammerentscheidung(false, FRISTEN.letzterTagBeschwerdefrist(ZUGESTELLT), ZUGESTELLT, ZUGESTELLT);
        return v;
    }

    private static OffsetDateTime um(LocalDate tag) {
        return tag.atTime(9, 0).atOffset(java.time.ZoneOffset.ofHours(1));
    }

    @Test
    void ohneBeschwerde_zuschlagAb05012021() {
        Vergabe v = abgelehnt();
        assertThat(v.getBeschwerdefristLetzterTag()).isEqualTo(BESCHWERDEFRIST_ENDE);
        assertThat(v.getFruehesterZuschlag()).isEqualTo(LocalDate.of(2021, 1, 5));
        assertThat(v.zuschlagVerwehrt(BESCHWERDEFRIST_ENDE)).isEqualTo("die Frist der sofortigen Beschwerde läuft bis 04.01.2021 "
                + "(§ 172 Abs. 1, § 169 Abs. 1 GWB): kein Zuschlag vor dem 05.01.2021");
        assertThatThrownBy(() -> v.zuschlag(um(BESCHWERDEFRIST_ENDE))).isInstanceOf(Verfahrensfehler.class);
        v.zuschlag(um(LocalDate.of(2021, 1, 5)));
        assertThat(v.getStatus()).isEqualTo(Vergabe.Status.ZUSCHLAG_ERTEILT);
        // after the award no review application any more (§ 168 Abs. 2 GWB)
        assertThatThrownBy(() -> v.nachpruefungsantrag(LocalDate.of(2021, 1, 6), LocalDate.of(2021, 1, 6)))
                .isInstanceOf(Verfahrensfehler.class).hasMessageContaining("§ 168 Abs. 2 Satz 1 GWB");
    }

    @Test
    void beschwerdeRechtzeitig_sperreBisZweiWochenNachDerBeschwerdefrist_zuschlagAb19012021() {
        Vergabe v = abgelehnt();
        // lodged on the last day, Monday 04.01.2021: suspensive effect to 04.01. + 14 = Monday 18.01.2021
        v.sofortigeBeschwerde(BESCHWERDEFRIST_ENDE, FRISTEN.letzterTagAufschiebendeWirkung(BESCHWERDEFRIST_ENDE), BESCHWERDEFRIST_ENDE);
        assertThat(v.getAufschiebendeWirkungBis()).isEqualTo(LocalDate.of(2021, 1, 18));
        assertThat(v.zuschlagVerwehrt(LocalDate.of(2021, 1, 5))).contains("aufschiebende Wirkung bis 18.01.2021", "§ 173 Abs. 1 GWB");
        assertThat(v.zuschlagVerwehrt(LocalDate.of(2021, 1, 18))).contains("kein Zuschlag vor dem 19.01.2021");
        assertThat(v.zuschlagVerwehrt(LocalDate.of(2021, 1, 19))).isNull();
        // a second appeal is refused, the first stays
        assertThatThrownBy(() -> v.sofortigeBeschwerde(BESCHWERDEFRIST_ENDE, LocalDate.of(2021, 1, 18), BESCHWERDEFRIST_ENDE))
                .hasMessageContaining("bereits eine Beschwerde anhängig");
    }

    @Test
    void gerichtVerlaengert_sperreBisZumDatumOderZurEntscheidung() {
        Vergabe v = abgelehnt();
        v.sofortigeBeschwerde(LocalDate.of(2020, 12, 30), FRISTEN.letzterTagAufschiebendeWirkung(BESCHWERDEFRIST_ENDE), LocalDate.of(2020, 12, 30));
        // an extension must lie after the current end
        assertThatThrownBy(() -> v.aufschiebendeWirkungVerlaengert(LocalDate.of(2021, 1, 18)))
                .isInstanceOf(Eingabefehler.class).hasMessageContaining("aufschiebendeWirkungBis");
        v.aufschiebendeWirkungVerlaengert(LocalDate.of(2021, 2, 15));
        assertThat(v.zuschlagVerwehrt(LocalDate.of(2021, 1, 19))).contains("aufschiebende Wirkung bis 15.02.2021");
        assertThat(v.zuschlagVerwehrt(LocalDate.of(2021, 2, 15))).contains("kein Zuschlag vor dem 16.02.2021");
        // the court rejects the appeal on 01.02.2021: the bar ends with its decision
        v.beschwerdeentscheidung(true);
        assertThat(v.zuschlagVerwehrt(LocalDate.of(2021, 2, 1))).isNull();
    }

    @Test
    void gerichtGibtDerBeschwerdeStatt_keinZuschlagAufDieseWertung() {
        Vergabe v = abgelehnt();
        v.sofortigeBeschwerde(LocalDate.of(2020, 12, 30), FRISTEN.letzterTagAufschiebendeWirkung(BESCHWERDEFRIST_ENDE), LocalDate.of(2020, 12, 30));
        v.beschwerdeentscheidung(false);
        assertThat(v.zuschlagVerwehrt(LocalDate.of(2021, 6, 1))).contains("stattgegeben", "§ 178 GWB");
    }

    @Test
    void verspaeteteBeschwerde_abgewiesen_zuschlagAb05012021() {
        Vergabe v = abgelehnt();
        // Tuesday 05.01.2021: one day after the appeal period
        assertThatThrownBy(() -> v.sofortigeBeschwerde(LocalDate.of(2021, 1, 5), LocalDate.of(2021, 1, 19), LocalDate.of(2021, 1, 5)))
                .isInstanceOf(Eingabefehler.class).hasMessageContaining("eingelegtAm", "verspätet", "endete am 04.01.2021");
        assertThat(v.isBeschwerdeAnhaengig()).isFalse();
        assertThat(v.zuschlagVerwehrt(LocalDate.of(2021, 1, 5))).isNull();
    }

    @Test
    void antragVorDerInformationNach134_sperrtDenZuschlagAuchNachDerWartefrist() {
        // served in the council stage, before the § 134 information: recorded, the stages go on
        Vergabe v = Testverfahren.imRat("VG-FRUEH");
        assertThat(v.nachpruefungsantrag(LocalDate.of(2022, 2, 1), LocalDate.of(2022, 2, 1))).isTrue();
        v.ratsbeschluss(Ratsbeschluss.ZUGESTIMMT, LocalDate.of(2022, 2, 10));
        v.bieterInformiert(LocalDate.of(2022, 2, 21));
        assertThat(v.getStatus()).isEqualTo(Vergabe.Status.INFORMIERT);
        // the standstill is over on 21.02.2022, the review still bars the award
        assertThat(v.zuschlagVerwehrt(LocalDate.of(2022, 3, 1))).contains("Nachprüfungsantrag ist anhängig");
        assertThatThrownBy(() -> v.zuschlag(um(LocalDate.of(2022, 3, 1)))).hasMessageContaining("Nachprüfungsantrag ist anhängig");
        // a decision served before the application or in the future is refused
        assertThatThrownBy(() -> v.kammerentscheidung(false, LocalDate.of(2022, 2, 14), LocalDate.of(2022, 1, 31), LocalDate.of(2022, 3, 1)))
                .isInstanceOf(Eingabefehler.class).hasMessageContaining("kammerEntscheidungZugestelltAm");
        // rejected, served Thursday 03.03.2022: appeal period to Thursday 17.03.2022, award from 18.03.2022
        v.kammerentscheidung(false, FRISTEN.letzterTagBeschwerdefrist(LocalDate.of(2022, 3, 3)), LocalDate.of(2022, 3, 3), LocalDate.of(2022, 3, 3));
        assertThat(v.getFruehesterZuschlag()).isEqualTo(LocalDate.of(2022, 3, 18));
        assertThat(v.zuschlagVerwehrt(LocalDate.of(2022, 3, 17))).contains("läuft bis 17.03.2022");
        assertThat(v.zuschlagVerwehrt(LocalDate.of(2022, 3, 18))).isNull();
    }

    @Test
    void beschwerdefristEinerFruehenNachpruefungGiltAuchFuerDieSpaetereInformation() {
        // rejected before the § 134 information (decision 18.12.2020, appeal period to 04.01.2021), information on
        // 22.12.2020 with the standstill to 01.01.2021: the award waits for the later date, 05.01.2021
        Vergabe v = Testverfahren.imRat("VG-FRUEH2");
        v.nachpruefungsantrag(LocalDate.of(2020, 11, 27), LocalDate.of(2020, 11, 27));
        v.kammerentscheidung(false, FRISTEN.letzterTagBeschwerdefrist(ZUGESTELLT), ZUGESTELLT, ZUGESTELLT);
        v.ratsbeschluss(Ratsbeschluss.ZUGESTIMMT, LocalDate.of(2020, 12, 21));
        v.bieterInformiert(LocalDate.of(2021, 1, 2));
        assertThat(v.getFruehesterZuschlag()).isEqualTo(LocalDate.of(2021, 1, 5));
    }
}
