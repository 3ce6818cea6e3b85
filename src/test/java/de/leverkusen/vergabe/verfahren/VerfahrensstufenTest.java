package de.leverkusen.vergabe.verfahren;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The procedure's stages as the Vergabeakte keeps them: each step only in the stage that allows it, whatever the
 * engine did before. Plain JUnit on the entity, no engine: the domain decides.
 */
class VerfahrensstufenTest {

    private static final OffsetDateTime ANGEBOTSFRIST = Testverfahren.ANGEBOTSFRIST;
    private static final OffsetDateTime NACH_DER_FRIST = Testverfahren.NACH_DER_FRIST;

    private static Vergabe vergabe() {
        return Testverfahren.eingeleitet("VG-STUFEN");
    }

    /** A procedure opened with four eyes, evaluated (winner: offer 42) and before the council. */
    private static Vergabe imRat() {
        return Testverfahren.imRat("VG-STUFEN");
    }

    /** A procedure up to the § 134 information, the award possible from {@code fruehestens}. */
    private static Vergabe informiert(LocalDate fruehestens) {
        Vergabe v = imRat();
        v.ratsbeschluss(Ratsbeschluss.ZUGESTIMMT, LocalDate.of(2022, 2, 10));
        v.bieterInformiert(fruehestens);
        return v;
    }

    @Test
    void dieAngeboteBleibenBisZumEndeDerAngebotsfristVerschlossen() {
        Vergabe v = vergabe();
        // one minute before the deadline, e.g. after the timer was executed early by hand
        assertThatThrownBy(() -> v.oeffnen("vergabe1", true, OffsetDateTime.parse("2021-11-08T23:59:00+01:00")))
                .isInstanceOf(Verfahrensfehler.class).hasMessageContaining("Angebotsfrist läuft bis 09.11.2021 00:00 Uhr");
        assertThat(v.getErstOeffner()).isNull();
        assertThat(v.getStatus()).isEqualTo(Vergabe.Status.EINGELEITET);
        // exactly at the deadline the offers may be opened
        v.oeffnen("vergabe1", true, ANGEBOTSFRIST);
        assertThat(v.getStatus()).isEqualTo(Vergabe.Status.ERSTOEFFNUNG);
    }

    @Test
    void nurDieVergabestelleOeffnetUndZeichnetGegenUndNieDieselbePerson() {
        Vergabe v = vergabe();
        assertThatThrownBy(() -> v.gegenzeichnen("vergabe2", true, NACH_DER_FRIST)).hasMessageContaining("noch nicht geöffnet");
        // the operations admin has every right on tasks, but is not a member of the Vergabestelle
        assertThatThrownBy(() -> v.oeffnen("admin", false, NACH_DER_FRIST))
                .isInstanceOf(Verfahrensfehler.class).hasMessageContaining("nur Mitglieder der Vergabestelle");
        v.oeffnen("vergabe1", true, NACH_DER_FRIST);
        assertThatThrownBy(() -> v.oeffnen("vergabe2", true, NACH_DER_FRIST))
                .isInstanceOf(Verfahrensfehler.class).hasMessageContaining("von der ersten Person geöffnet");
        assertThatThrownBy(() -> v.gegenzeichnen("vergabe1", true, NACH_DER_FRIST))
                .isInstanceOf(Eingabefehler.class).hasMessageContaining("Vier-Augen-Prinzip");
        assertThatThrownBy(() -> v.gegenzeichnen("admin", false, NACH_DER_FRIST))
                .isInstanceOf(Eingabefehler.class).hasMessageContaining("nur ein Mitglied der Vergabestelle");
        assertThat(v.getZweitOeffner()).isNull();
        v.gegenzeichnen("vergabe2", true, NACH_DER_FRIST);
        assertThat(v.getStatus()).isEqualTo(Vergabe.Status.GEOEFFNET);
    }

    @Test
    void keinSchrittUeberspringt() {
        Vergabe v = vergabe();
        // straight from the set-up to the end of the procedure: every later step is refused
        assertThatThrownBy(v::wertungBeginnen).hasMessageContaining("setzt voraus: geöffnet und gegengezeichnet");
        assertThatThrownBy(() -> v.wertungFestgestellt(42L)).hasMessageContaining("setzt voraus: in der Wertung");
        assertThatThrownBy(() -> v.beschlussvorlage("2022/1234", true)).hasMessageContaining("setzt voraus: gewertet oder im Rat");
        assertThatThrownBy(() -> v.bieterInformiert(LocalDate.of(2022, 2, 25))).hasMessageContaining("setzt voraus: vom Rat gebilligt");
        assertThatThrownBy(() -> v.zuschlag(OffsetDateTime.parse("2022-03-01T10:00:00+01:00")))
                .isInstanceOf(Verfahrensfehler.class).hasMessageContaining("setzt voraus: Bieter nach § 134 GWB informiert");
        assertThatThrownBy(() -> v.abschliessen(OffsetDateTime.parse("2022-03-01T10:00:00+01:00"))).hasMessageContaining("setzt voraus: Zuschlag erteilt");
        assertThat(v.getStatus()).isEqualTo(Vergabe.Status.EINGELEITET);
        assertThat(v.getZuschlagAngebotId()).isNull();
    }

    @Test
    void derRatMussZustimmenBevorDieBieterInformiertWerden() {
        Vergabe v = imRat();
        v.ratsbeschluss(Ratsbeschluss.VERTAGT, LocalDate.of(2021, 12, 16));
        assertThatThrownBy(() -> v.bieterInformiert(LocalDate.of(2022, 1, 1))).hasMessageContaining("im Rat");
        // deferred: a new draft for the next session, then the approval
        v.beschlussvorlage("2022/1234", true);
        v.ratsbeschluss(Ratsbeschluss.ZUGESTIMMT, LocalDate.of(2022, 2, 10));
        v.bieterInformiert(LocalDate.of(2022, 2, 25));
        assertThat(v.getStatus()).isEqualTo(Vergabe.Status.INFORMIERT);
    }

    @Test
    void derZuschlagGehtNurAnDenBestbieterUndErstNachDerWartefrist() {
        // information sent electronically on Monday 14.02.2022: 10 days from Tuesday 15.02. -> last day Thursday 24.02.,
        // the award from Friday 25.02.2022 (§ 134 Abs. 2 GWB)
        Vergabe v = informiert(LocalDate.of(2022, 2, 25));
        assertThatThrownBy(() -> v.zuschlag(OffsetDateTime.parse("2022-02-24T23:59:00+01:00")))
                .isInstanceOf(Verfahrensfehler.class).hasMessageContaining("frühestens am 25.02.2022", "§ 135 GWB");
        assertThat(v.getZuschlagAngebotId()).isNull();
        v.zuschlag(OffsetDateTime.parse("2022-02-25T00:00:00+01:00"));
        // the offer recorded by the ranking, whatever a variable said
        assertThat(v.getZuschlagAngebotId()).isEqualTo(42L);
        assertThat(v.getStatus()).isEqualTo(Vergabe.Status.ZUSCHLAG_ERTEILT);
    }

    @Test
    void einAnhaengigerNachpruefungsantragSperrtDenZuschlagBisZurEntscheidung() {
        Vergabe v = informiert(LocalDate.of(2022, 2, 25));
        assertThat(v.nachpruefungsantrag(LocalDate.of(2022, 2, 18), LocalDate.of(2022, 2, 18))).isTrue();
        assertThat(v.nachpruefungsantrag(LocalDate.of(2022, 2, 19), LocalDate.of(2022, 2, 19))).as("recorded once").isFalse();
        assertThatThrownBy(() -> v.zuschlag(OffsetDateTime.parse("2022-03-10T10:00:00+01:00")))
                .hasMessageContaining("Nachprüfungsantrag ist anhängig", "§ 169 Abs. 1 GWB");
        // rejected, served Friday 18.12.2020 in the example: appeal period to Monday 04.01.2021, award from
        // 05.01.2021; here the decision is served Thursday 10.03.2022: two weeks to Thursday 24.03., award from 25.03.2022
        v.kammerentscheidung(false, LocalDate.of(2022, 3, 24), LocalDate.of(2022, 3, 10), LocalDate.of(2022, 3, 10));
        assertThat(v.getFruehesterZuschlag()).isEqualTo(LocalDate.of(2022, 3, 25));
        assertThatThrownBy(() -> v.zuschlag(OffsetDateTime.parse("2022-03-24T12:00:00+01:00")))
                .hasMessageContaining("läuft bis 24.03.2022", "kein Zuschlag vor dem 25.03.2022");
        assertThatThrownBy(() -> v.kammerentscheidung(false, null, LocalDate.of(2022, 3, 10), LocalDate.of(2022, 3, 10)))
                .hasMessageContaining("kein Nachprüfungsantrag anhängig");
        v.zuschlag(OffsetDateTime.parse("2022-03-25T09:00:00+01:00"));
        assertThat(v.getStatus()).isEqualTo(Vergabe.Status.ZUSCHLAG_ERTEILT);
    }

    @Test
    void eineStattgegebeneNachpruefungFuehrtZurNeuenWertung() {
        Vergabe v = informiert(LocalDate.of(2022, 2, 25));
        v.nachpruefungsantrag(LocalDate.of(2022, 2, 18), LocalDate.of(2022, 2, 18));
        v.kammerentscheidung(true, null, LocalDate.of(2022, 3, 10), LocalDate.of(2022, 3, 10));
        assertThat(v.getStatus()).isEqualTo(Vergabe.Status.IN_WERTUNG);
        assertThat(v.getBestbieterAngebotId()).isNull();
        assertThatThrownBy(() -> v.zuschlag(OffsetDateTime.parse("2022-04-01T09:00:00+02:00"))).hasMessageContaining("in der Wertung");
        v.wertungFestgestellt(43L);
        assertThat(v.getStatus()).isEqualTo(Vergabe.Status.GEWERTET);
    }

    @Test
    void einBeendetesVerfahrenAendertSichNichtMehr() {
        Vergabe v = informiert(LocalDate.of(2022, 2, 25));
        v.zuschlag(OffsetDateTime.parse("2022-02-25T09:00:00+01:00"));
        assertThatThrownBy(() -> v.aufheben("später", NACH_DER_FRIST)).hasMessageContaining("bereits erteilt");
        OffsetDateTime abschluss = OffsetDateTime.parse("2022-03-15T10:00:00+01:00");
        v.abschliessen(abschluss);
        assertThat(v.getBeendetAm()).isEqualTo(abschluss);
        for (Runnable schritt : List.<Runnable>of(() -> v.aufheben("neu", abschluss), () -> v.abschliessen(abschluss), () -> v.erwartenLaufend("Interessenkonflikt erklären"),
                () -> v.wertungFestgestellt(43L), () -> v.nachpruefungsantrag(LocalDate.of(2022, 3, 15), LocalDate.of(2022, 3, 15)))) {
            assertThatThrownBy(schritt::run).isInstanceOf(Verfahrensfehler.class).hasMessageContaining("ist abgeschlossen und wird nicht mehr geändert");
        }
        assertThat(v.getStatus()).isEqualTo(Vergabe.Status.ABGESCHLOSSEN);
        assertThat(v.getZuschlagAngebotId()).isEqualTo(42L);

        Vergabe aufgehoben = vergabe();
        aufgehoben.aufheben("Kein wirtschaftliches Ergebnis (§ 63 Abs. 1 Nr. 3 VgV)", abschluss);
        assertThat(aufgehoben.getBeendetAm()).isEqualTo(abschluss);
        assertThatThrownBy(() -> aufgehoben.oeffnen("vergabe1", true, NACH_DER_FRIST)).hasMessageContaining("ist aufgehoben");
    }
}
