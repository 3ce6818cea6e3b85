package de.leverkusen.vergabe.verfahren;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.leverkusen.vergabe.nachpruefung.Wartefrist;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class FristenUndPlanTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Test
    void wartefristElektronischEndetAmSonntagOhneVerschiebung() {
        // domain brief: sent by e-mail on Thursday 10.02.2022 -> day 10 is Sunday 20.02.2022
        // -> the contract may be concluded from Monday 21.02.2022
        Wartefrist frist = Wartefrist.ab(LocalDate.of(2022, 2, 10), Wartefrist.Versandart.ELEKTRONISCH);
        assertThat(frist.beginn()).isEqualTo(LocalDate.of(2022, 2, 11));
        assertThat(frist.letzterTag()).isEqualTo(LocalDate.of(2022, 2, 20));
        assertThat(frist.fruehesterZuschlag()).isEqualTo(LocalDate.of(2022, 2, 21));
        assertThat(frist.tage()).isEqualTo(10);
    }

    @Test
    void wartefristPostFuenfzehnTage() {
        // 10.02.2022 + 15 days = Friday 25.02.2022; earliest award Saturday 26.02.2022 (no move off weekends)
        Wartefrist frist = Wartefrist.ab(LocalDate.of(2022, 2, 10), Wartefrist.Versandart.POST);
        assertThat(frist.letzterTag()).isEqualTo(LocalDate.of(2022, 2, 25));
        assertThat(frist.fruehesterZuschlag()).isEqualTo(LocalDate.of(2022, 2, 26));
    }

    @Test
    void dreiPraesentationenAufDreiTage() {
        // the city's report: presentations 07.-09.12.2021, three bidders -> one a day at 09:00, 90 minutes
        List<Praesentationsplan.Termin> plan = Praesentationsplan.planen(LocalDate.of(2021, 12, 7), LocalDate.of(2021, 12, 9), 3, BERLIN);
        assertThat(plan).extracting(Praesentationsplan.Termin::beginn).containsExactly(
                ZonedDateTime.of(2021, 12, 7, 9, 0, 0, 0, BERLIN),
                ZonedDateTime.of(2021, 12, 8, 9, 0, 0, 0, BERLIN),
                ZonedDateTime.of(2021, 12, 9, 9, 0, 0, 0, BERLIN));
        assertThat(plan.get(0).ende()).isEqualTo(ZonedDateTime.of(2021, 12, 7, 10, 30, 0, 0, BERLIN));
    }

    @Test
    void fuenfPraesentationenAufDreiTageZweiJeTag() {
        // ceil(5 / 3) = 2 a day: 07.12. 09:00 and 11:00, 08.12. 09:00 and 11:00, 09.12. 09:00
        List<Praesentationsplan.Termin> plan = Praesentationsplan.planen(LocalDate.of(2021, 12, 7), LocalDate.of(2021, 12, 9), 5, BERLIN);
        assertThat(plan).extracting(t -> t.beginn().toLocalDateTime().toString()).containsExactly(
                "2021-12-07T09:00", "2021-12-07T11:00", "2021-12-08T09:00", "2021-12-08T11:00", "2021-12-09T09:00");
    }

    @Test
    void zuKurzesFensterWirdAbgewiesen() {
        // 13 bidders on 3 days would need 5 a day, at most 4 fit
        assertThatThrownBy(() -> Praesentationsplan.planen(LocalDate.of(2021, 12, 7), LocalDate.of(2021, 12, 9), 13, BERLIN))
                .isInstanceOf(Eingabefehler.class)
                .hasMessageContaining("praesentationBis");
    }

    @Test
    void ausschlussgrundFolgtAusDerSpaetestenGescheitertenStufe() {
        assertThat(new Pruefstand("VOLLSTAENDIG", "ok", null, null, "KEINER", "keine", false,
                "Technische und berufliche Leistungsfähigkeit nicht nachgewiesen").ausschlussgrundText())
                .isEqualTo("Eignung nicht nachgewiesen: Technische und berufliche Leistungsfähigkeit nicht nachgewiesen");
        assertThat(new Pruefstand("VOLLSTAENDIG", "ok", null, null, "ZWINGEND_123", "Verurteilung nach § 299 StGB", null, null)
                .ausschlussgrundText()).startsWith("Zwingender Ausschlussgrund nach § 123 GWB: Verurteilung");
        assertThat(new Pruefstand("VOLLSTAENDIG", "ok", null, null, "FAKULTATIV_124_AUSSCHLUSS", "Insolvenz", null, null)
                .ausschlussgrundText()).startsWith("Fakultativer Ausschlussgrund nach § 124 GWB");
        assertThat(new Pruefstand("AUSSCHLIESSEN", "Angebot nicht unterschrieben", null, null, null, null, null, null)
                .ausschlussgrundText()).endsWith("Angebot nicht unterschrieben");
        assertThat(new Pruefstand("UNTERLAGEN_NACHFORDERN", "x", "NEIN", "Handelsregisterauszug", null, null, null, null)
                .ausschlussgrundText()).startsWith("Nachgeforderte Unterlagen nicht vollständig vorgelegt");
        assertThat(new Pruefstand("UNTERLAGEN_NACHFORDERN", "x", null, "Handelsregisterauszug", null, null, null, null)
                .ausschlussgrundText()).startsWith("Nachforderungsfrist abgelaufen");
        assertThatThrownBy(() -> new Pruefstand("VOLLSTAENDIG", "ok", null, null, "KEINER", "-", true, "geeignet").ausschlussgrundText())
                .isInstanceOf(IllegalStateException.class);
    }
}
