package de.leverkusen.vergabe.verfahren;

import static org.assertj.core.api.Assertions.assertThat;

import de.leverkusen.vergabe.nachpruefung.Wartefrist;
import de.leverkusen.vergabe.verfahren.Meilensteine.Meilenstein;
import de.leverkusen.vergabe.verfahren.Meilensteine.Zustand;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The milestone line and the next legal date of the Projektleitung's overview, worked out by hand per stage. */
class MeilensteineTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static Vergabe vergabe() {
        return Testverfahren.eingeleitet("VG-MEILENSTEINE");
    }

    /**
     * § 134 information sent by e-mail on Thursday 10.02.2022: day 10 is Sunday 20.02.2022 and does not move
     * (domain brief), so the award is possible from Monday 21.02.2022.
     */
    private static Vergabe informiert() {
        Vergabe v = Testverfahren.imRat("VG-MEILENSTEINE");
        v.ratsbeschluss(Ratsbeschluss.ZUGESTIMMT, LocalDate.of(2022, 2, 9));
        v.bieterInformiert(LocalDate.of(2022, 2, 21));
        return v;
    }

    private static ZonedDateTime am(String zeit) {
        return ZonedDateTime.of(java.time.LocalDateTime.parse(zeit), BERLIN);
    }

    private static List<Zustand> zustaende(Vergabe v, boolean bekanntgemacht, LocalDate heute) {
        return Meilensteine.linie(v, bekanntgemacht, heute).stream().map(Meilensteine.Stand::zustand).toList();
    }

    @Test
    void dieAngebotsfristIstBisZuIhremEndeOffenUndDanachUeberfaellig() {
        Vergabe v = vergabe();
        Meilensteine.Frist laeuft = Meilensteine.naechsteFrist(v, false, am("2021-11-08T23:59"));
        assertThat(laeuft.ueberfaellig()).isFalse();
        assertThat(laeuft.text()).isEqualTo("Angebotsfrist bis Ende des 08.11.2021");
        // 09.11.2021 00:00 is the deadline itself: the offers are due to be opened now
        Meilensteine.Frist abgelaufen = Meilensteine.naechsteFrist(v, false, am("2021-11-09T00:00"));
        assertThat(abgelaufen.ueberfaellig()).isTrue();
        assertThat(abgelaufen.datum()).isEqualTo(LocalDate.of(2021, 11, 9));
        assertThat(Meilensteine.aktuell(v, false, LocalDate.of(2021, 11, 9))).isEqualTo(Meilenstein.EINLEITUNG);
    }

    @Test
    void inDerWartefristIstDerZuschlagAbDemEinundzwanzigstenFaellig() {
        Vergabe v = informiert();
        // Sunday 20.02.2022, the last day of the standstill: still waiting
        assertThat(Meilensteine.aktuell(v, false, LocalDate.of(2022, 2, 20))).isEqualTo(Meilenstein.WARTEFRIST);
        assertThat(Meilensteine.naechsteFrist(v, false, am("2022-02-20T12:00")).text())
                .isEqualTo("Wartefrist (§ 134 GWB): Zuschlag frühestens am 21.02.2022");
        // Monday 21.02.2022: the award is what is due; the milestones before it are done
        assertThat(Meilensteine.aktuell(v, false, LocalDate.of(2022, 2, 21))).isEqualTo(Meilenstein.ZUSCHLAG);
        assertThat(zustaende(v, false, LocalDate.of(2022, 2, 21))).containsExactly(Zustand.ERLEDIGT, Zustand.ERLEDIGT,
                Zustand.ERLEDIGT, Zustand.ERLEDIGT, Zustand.ERLEDIGT, Zustand.ERLEDIGT, Zustand.AKTUELL, Zustand.OFFEN, Zustand.OFFEN);
        assertThat(Meilensteine.naechsteFrist(v, false, am("2022-02-21T08:00")).ueberfaellig()).isFalse();
        // a review application served: no award until the chamber decides (§ 169 Abs. 1 GWB), whatever the date
        v.nachpruefungsantrag(LocalDate.of(2022, 2, 21), LocalDate.of(2022, 2, 21));
        assertThat(Meilensteine.aktuell(v, false, LocalDate.of(2022, 3, 1))).isEqualTo(Meilenstein.WARTEFRIST);
        assertThat(Meilensteine.naechsteFrist(v, false, am("2022-03-01T08:00")).text()).startsWith("Nachprüfungsantrag anhängig");
    }

    @Test
    void dieVergabebekanntmachungIstAmDreissigstenTagNachDemZuschlagFaelligUndDanachUeberfaellig() {
        Vergabe v = informiert();
        v.zuschlag(OffsetDateTime.parse("2022-02-22T10:00:00+01:00"));
        // 22.02.2022 + 30 days: 6 days to 28.02, then 24 into March -> Thursday 24.03.2022 is the last day
        Meilensteine.Frist amLetztenTag = Meilensteine.naechsteFrist(v, false, am("2022-03-24T23:00"));
        assertThat(amLetztenTag.datum()).isEqualTo(LocalDate.of(2022, 3, 24));
        assertThat(amLetztenTag.ueberfaellig()).isFalse();
        assertThat(amLetztenTag.text()).isEqualTo("Vergabebekanntmachung bis 24.03.2022 (§ 39 VgV)");
        Meilensteine.Frist danach = Meilensteine.naechsteFrist(v, false, am("2022-03-25T08:00"));
        assertThat(danach.ueberfaellig()).isTrue();
        assertThat(danach.text()).isEqualTo("Vergabebekanntmachung überfällig: war bis 24.03.2022 (§ 39 VgV)");
        assertThat(Meilensteine.aktuell(v, false, LocalDate.of(2022, 3, 25))).isEqualTo(Meilenstein.BEKANNTMACHUNG);
        // once sent, no legal date is left and the record is what remains
        assertThat(Meilensteine.naechsteFrist(v, true, am("2022-03-25T08:00"))).isNull();
        assertThat(Meilensteine.aktuell(v, true, LocalDate.of(2022, 3, 25))).isEqualTo(Meilenstein.VERGABEVERMERK);
        v.abschliessen(am("2022-03-25T09:00").toOffsetDateTime());
        assertThat(zustaende(v, true, LocalDate.of(2022, 3, 25))).containsOnly(Zustand.ERLEDIGT);
        assertThat(Meilensteine.aktuell(v, true, LocalDate.of(2022, 3, 25))).isNull();
    }
}
