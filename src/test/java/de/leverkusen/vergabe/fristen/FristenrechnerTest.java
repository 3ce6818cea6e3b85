package de.leverkusen.vergabe.fristen;

import static de.leverkusen.vergabe.verfahren.Verfahrensart.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.leverkusen.vergabe.verfahren.Eingabefehler;
import de.leverkusen.vergabe.verfahren.Verfahrensart;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Expected dates are worked out by hand in the comments: the period starts the day after the event, day n is
 * event + n days; an end on a Saturday, Sunday or NRW public holiday moves to the next working day (§ 82 VgV,
 * Art. 3 Abs. 4 VO 1182/71), the § 134 GWB standstill never moves.
 */
class FristenrechnerTest {

    private static final Feiertagskalender NRW = Feiertagskalender.fuer("nw");
    private final Fristenrechner rechner = new Fristenrechner(NRW);

    private static LocalDate d(int tag, int monat, int jahr) {
        return LocalDate.of(jahr, monat, tag);
    }

    private Frist eine(Verfahrensart art, Ereignis ereignis, LocalDate datum, boolean elektronisch, boolean dringlich) {
        List<Frist> fristen = rechner.berechnen(art, ereignis, datum, elektronisch, dringlich);
        assertThat(fristen).hasSize(1);
        return fristen.get(0);
    }

    // --- open procedure, § 15 VgV ---

    @Test
    void offenesVerfahrenElektronischEndeAmSamstagWirdAufMontagVerschoben() {
        // domain brief: notice sent Thursday 07.10.2021, electronic offers -> 35 - 5 = 30 days
        // day 1 = Friday 08.10.2021; 07.10. + 30 = 37.10. = 06.11.2021 (October has 31 days), a Saturday
        // -> Sunday 07.11. is no working day either -> end Monday 08.11.2021
        Frist frist = eine(OFFENES_VERFAHREN, Ereignis.BEKANNTMACHUNG, d(7, 10, 2021), true, false);
        assertThat(frist.art()).isEqualTo(Fristart.ANGEBOTSFRIST);
        assertThat(frist.rechtsgrundlage()).isEqualTo("§ 15 Abs. 2, 4 VgV");
        assertThat(frist.tage()).isEqualTo(30);
        assertThat(frist.beginn()).isEqualTo(d(8, 10, 2021));
        assertThat(frist.letzterTag()).isEqualTo(d(6, 11, 2021));
        assertThat(frist.ende()).isEqualTo(d(8, 11, 2021));
        assertThat(frist.fruehesterZuschlag()).isNull();
        assertThat(frist.rechtsgrundlageMitVerschiebung()).isEqualTo("§ 15 Abs. 2, 4 VgV; " + Frist.VERSCHIEBUNG);
    }

    @Test
    void offenesVerfahrenOhneElektronischeAngeboteFuenfunddreissigTage() {
        // Thursday 07.10.2021 + 35 days: 07.10. + 24 = 31.10., + 11 = Thursday 11.11.2021 (5 whole weeks, same weekday)
        Frist frist = eine(OFFENES_VERFAHREN, Ereignis.BEKANNTMACHUNG, d(7, 10, 2021), false, false);
        assertThat(frist.rechtsgrundlage()).isEqualTo("§ 15 Abs. 2 VgV");
        assertThat(frist.tage()).isEqualTo(35);
        assertThat(frist.ende()).isEqualTo(d(11, 11, 2021));
        assertThat(frist.verschoben()).isFalse();
        assertThat(frist.rechtsgrundlageMitVerschiebung()).isEqualTo("§ 15 Abs. 2 VgV");
    }

    @Test
    void offenesVerfahrenDringlichFuenfzehnTageOhneWeitereVerkuerzung() {
        // urgent: 15 days; § 15 Abs. 4 shortens only the 35 days of Abs. 2, so electronic offers change nothing
        // Thursday 07.10.2021 + 15 = Friday 22.10.2021 (2 weeks + 1 day)
        Frist frist = eine(OFFENES_VERFAHREN, Ereignis.BEKANNTMACHUNG, d(7, 10, 2021), true, true);
        assertThat(frist.rechtsgrundlage()).isEqualTo("§ 15 Abs. 3 VgV");
        assertThat(frist.tage()).isEqualTo(15);
        assertThat(frist.ende()).isEqualTo(d(22, 10, 2021));
    }

    @Test
    void endeAnAllerheiligenWirdAufDenNaechstenArbeitstagVerschoben() {
        // Tuesday 27.09.2022 + 35 days (not electronic): 27.09. + 3 = 30.09., + 31 = 31.10., + 1 = Tuesday 01.11.2022
        // All Saints' Day is a public holiday in NRW -> end Wednesday 02.11.2022
        Frist frist = eine(OFFENES_VERFAHREN, Ereignis.BEKANNTMACHUNG, d(27, 9, 2022), false, false);
        assertThat(frist.letzterTag()).isEqualTo(d(1, 11, 2022));
        assertThat(frist.ende()).isEqualTo(d(2, 11, 2022));
    }

    @Test
    void heiligabendIstKeinFeiertag() {
        // urgent open procedure, notice Thursday 09.12.2021 + 15 = Friday 24.12.2021; Christmas Eve is a
        // working day in NRW (no public holiday) -> the period ends on 24.12.2021 itself
        Frist frist = eine(OFFENES_VERFAHREN, Ereignis.BEKANNTMACHUNG, d(9, 12, 2021), true, true);
        assertThat(frist.ende()).isEqualTo(d(24, 12, 2021));
        assertThat(frist.verschoben()).isFalse();
    }

    @Test
    void offenesVerfahrenKenntKeineAufforderung() {
        assertThatThrownBy(() -> rechner.berechnen(OFFENES_VERFAHREN, Ereignis.AUFFORDERUNG, d(7, 10, 2021), true, false))
                .isInstanceOf(Eingabefehler.class)
                .hasMessageContaining("Feld 'ereignis'")
                .hasMessageContaining("offenen Verfahren");
    }

    // --- restricted procedure, § 16 VgV ---

    @Test
    void teilnahmefristEndetAnFronleichnam() {
        // notice Tuesday 17.05.2022 + 30 days: 17.05. + 14 = 31.05., + 16 = Thursday 16.06.2022 = Corpus Christi,
        // a public holiday in NRW -> end Friday 17.06.2022
        Frist frist = eine(NICHT_OFFENES_VERFAHREN, Ereignis.BEKANNTMACHUNG, d(17, 5, 2022), true, false);
        assertThat(frist.art()).isEqualTo(Fristart.TEILNAHMEFRIST);
        assertThat(frist.rechtsgrundlage()).isEqualTo("§ 16 Abs. 2 VgV");
        assertThat(frist.tage()).isEqualTo(30);
        assertThat(frist.beginn()).isEqualTo(d(18, 5, 2022));
        assertThat(frist.letzterTag()).isEqualTo(d(16, 6, 2022));
        assertThat(frist.ende()).isEqualTo(d(17, 6, 2022));
    }

    @Test
    void fronleichnamZaehltNurImBundeslandMitDiesemFeiertag() {
        // same period at a seat in Berlin: Corpus Christi is no public holiday there -> end Thursday 16.06.2022
        Fristenrechner berlin = new Fristenrechner(Feiertagskalender.fuer("be"));
        Frist frist = berlin.berechnen(NICHT_OFFENES_VERFAHREN, Ereignis.BEKANNTMACHUNG, d(17, 5, 2022), true, false).get(0);
        assertThat(frist.ende()).isEqualTo(d(16, 6, 2022));
    }

    @Test
    void teilnahmefristDringlichFuenfzehnTage() {
        // Tuesday 17.05.2022 + 15 = 01.06.2022 (17.05. + 14 = 31.05., + 1), a Wednesday
        Frist frist = eine(NICHT_OFFENES_VERFAHREN, Ereignis.BEKANNTMACHUNG, d(17, 5, 2022), true, true);
        assertThat(frist.rechtsgrundlage()).isEqualTo("§ 16 Abs. 3 VgV");
        assertThat(frist.tage()).isEqualTo(15);
        assertThat(frist.ende()).isEqualTo(d(1, 6, 2022));
    }

    @Test
    void angebotsfristNichtOffenDreissigOderElektronischFuenfundzwanzigTage() {
        // invitation Monday 02.05.2022: + 30 = 01.06.2022 (02.05. + 29 = 31.05., + 1), a Wednesday
        Frist papier = eine(NICHT_OFFENES_VERFAHREN, Ereignis.AUFFORDERUNG, d(2, 5, 2022), false, false);
        assertThat(papier.art()).isEqualTo(Fristart.ANGEBOTSFRIST);
        assertThat(papier.rechtsgrundlage()).isEqualTo("§ 16 Abs. 5 VgV");
        assertThat(papier.ende()).isEqualTo(d(1, 6, 2022));
        // electronic: 30 - 5 = 25 days, 02.05. + 25 = Friday 27.05.2022 (the day after Ascension Day 26.05.)
        Frist elektronisch = eine(NICHT_OFFENES_VERFAHREN, Ereignis.AUFFORDERUNG, d(2, 5, 2022), true, false);
        assertThat(elektronisch.rechtsgrundlage()).isEqualTo("§ 16 Abs. 5, 8 VgV");
        assertThat(elektronisch.tage()).isEqualTo(25);
        assertThat(elektronisch.ende()).isEqualTo(d(27, 5, 2022));
    }

    @Test
    void dringlicheAngebotsfristUeberDenJahreswechsel() {
        // urgent: 10 days, electronic offers do not shorten them (§ 16 Abs. 8 refers to Abs. 5 only)
        // invitation Wednesday 22.12.2021 + 10: 22.12. + 9 = 31.12., + 1 = Saturday 01.01.2022 (New Year, and Saturday)
        // -> Sunday 02.01.2022 -> end Monday 03.01.2022; 24.12., 25.12., 26.12.2021 lie inside the period and count
        Frist frist = eine(NICHT_OFFENES_VERFAHREN, Ereignis.AUFFORDERUNG, d(22, 12, 2021), true, true);
        assertThat(frist.rechtsgrundlage()).isEqualTo("§ 16 Abs. 7 VgV");
        assertThat(frist.tage()).isEqualTo(10);
        assertThat(frist.beginn()).isEqualTo(d(23, 12, 2021));
        assertThat(frist.letzterTag()).isEqualTo(d(1, 1, 2022));
        assertThat(frist.ende()).isEqualTo(d(3, 1, 2022));
    }

    // --- negotiated procedure with participation competition, § 17 VgV ---

    @Test
    void verhandlungsverfahrenAngebotsfristEndetAmErstenWeihnachtstag() {
        // electronic offers: 30 - 5 = 25 days; invitation Monday 30.11.2020 + 25 = Friday 25.12.2020 (1st Christmas Day)
        // -> Saturday 26.12. (2nd Christmas Day) -> Sunday 27.12. -> end Monday 28.12.2020
        Frist frist = eine(VERHANDLUNGSVERFAHREN_MIT_TEILNAHMEWETTBEWERB, Ereignis.AUFFORDERUNG, d(30, 11, 2020), true, false);
        assertThat(frist.art()).isEqualTo(Fristart.ANGEBOTSFRIST);
        assertThat(frist.rechtsgrundlage()).isEqualTo("§ 17 Abs. 6, 9 VgV");
        assertThat(frist.tage()).isEqualTo(25);
        assertThat(frist.letzterTag()).isEqualTo(d(25, 12, 2020));
        assertThat(frist.ende()).isEqualTo(d(28, 12, 2020));
    }

    @Test
    void verhandlungsverfahrenTeilnahmefristUndDringlichkeitUeberOstern() {
        // regular: notice Thursday 31.03.2022 + 30 = Saturday 30.04.2022 -> Sunday 01.05. (Labour Day) -> Monday 02.05.2022
        Frist regulaer = eine(VERHANDLUNGSVERFAHREN_MIT_TEILNAHMEWETTBEWERB, Ereignis.BEKANNTMACHUNG, d(31, 3, 2022), false, false);
        assertThat(regulaer.art()).isEqualTo(Fristart.TEILNAHMEFRIST);
        assertThat(regulaer.rechtsgrundlage()).isEqualTo("§ 17 Abs. 2 VgV");
        assertThat(regulaer.letzterTag()).isEqualTo(d(30, 4, 2022));
        assertThat(regulaer.ende()).isEqualTo(d(2, 5, 2022));
        // urgent: 31.03.2022 + 15 = Friday 15.04.2022 = Good Friday -> Saturday 16.04. -> Easter Sunday 17.04.
        // -> Easter Monday 18.04. -> end Tuesday 19.04.2022
        Frist dringlich = eine(VERHANDLUNGSVERFAHREN_MIT_TEILNAHMEWETTBEWERB, Ereignis.BEKANNTMACHUNG, d(31, 3, 2022), false, true);
        assertThat(dringlich.rechtsgrundlage()).isEqualTo("§ 17 Abs. 3 VgV");
        assertThat(dringlich.tage()).isEqualTo(15);
        assertThat(dringlich.letzterTag()).isEqualTo(d(15, 4, 2022));
        assertThat(dringlich.ende()).isEqualTo(d(19, 4, 2022));
    }

    @Test
    void verhandlungsverfahrenDringlicheAngebotsfristZehnTage() {
        // invitation Tuesday 17.05.2022 + 10 = Friday 27.05.2022, electronic or not
        Frist frist = eine(VERHANDLUNGSVERFAHREN_MIT_TEILNAHMEWETTBEWERB, Ereignis.AUFFORDERUNG, d(17, 5, 2022), true, true);
        assertThat(frist.rechtsgrundlage()).isEqualTo("§ 17 Abs. 8 VgV");
        assertThat(frist.tage()).isEqualTo(10);
        assertThat(frist.ende()).isEqualTo(d(27, 5, 2022));
        // not electronic, not urgent: 30 days, 17.05. + 30 = Thursday 16.06.2022 (Corpus Christi) -> Friday 17.06.2022
        Frist regulaer = eine(VERHANDLUNGSVERFAHREN_MIT_TEILNAHMEWETTBEWERB, Ereignis.AUFFORDERUNG, d(17, 5, 2022), false, false);
        assertThat(regulaer.rechtsgrundlage()).isEqualTo("§ 17 Abs. 6 VgV");
        assertThat(regulaer.ende()).isEqualTo(d(17, 6, 2022));
    }

    // --- competitive dialogue, § 18 VgV ---

    @Test
    void wettbewerblicherDialogNurTeilnahmefristOhneDringlichkeitsverkuerzung() {
        // notice Wednesday 13.04.2022 + 30 = Friday 13.05.2022 (4 weeks + 2 days); Easter 15.-18.04. lies inside and counts
        Frist frist = eine(WETTBEWERBLICHER_DIALOG, Ereignis.BEKANNTMACHUNG, d(13, 4, 2022), true, false);
        assertThat(frist.art()).isEqualTo(Fristart.TEILNAHMEFRIST);
        assertThat(frist.rechtsgrundlage()).isEqualTo("§ 18 Abs. 3 VgV");
        assertThat(frist.tage()).isEqualTo(30);
        assertThat(frist.ende()).isEqualTo(d(13, 5, 2022));
        // § 18 has no urgent shortening: still 30 days
        Frist dringlich = eine(WETTBEWERBLICHER_DIALOG, Ereignis.BEKANNTMACHUNG, d(13, 4, 2022), true, true);
        assertThat(dringlich.tage()).isEqualTo(30);
        assertThat(dringlich.ende()).isEqualTo(d(13, 5, 2022));
        assertThat(dringlich.rechtsgrundlage()).startsWith("§ 18 Abs. 3 VgV").contains("keine Verkürzung");
    }

    @Test
    void wettbewerblicherDialogHatKeineMindestfristFuerAngebote() {
        assertThatThrownBy(() -> rechner.berechnen(WETTBEWERBLICHER_DIALOG, Ereignis.AUFFORDERUNG, d(13, 4, 2022), true, false))
                .isInstanceOf(Eingabefehler.class)
                .hasMessageContaining("Feld 'ereignis'")
                .hasMessageContaining("keine Mindestfrist");
    }

    // --- § 134 GWB standstill ---

    @Test
    void wartefristEndetAmSonntagOhneVerschiebung() {
        // domain brief: sent electronically Thursday 10.02.2022 -> day 1 Friday 11.02., day 10 = Sunday 20.02.2022,
        // not moved -> contract from Monday 21.02.2022
        for (Verfahrensart art : Verfahrensart.values()) {
            Frist frist = eine(art, Ereignis.INFORMATION_134, d(10, 2, 2022), true, false);
            assertThat(frist.art()).isEqualTo(Fristart.WARTEFRIST_134);
            assertThat(frist.rechtsgrundlage()).isEqualTo("§ 134 Abs. 2 Satz 2, 3 GWB");
            assertThat(frist.tage()).isEqualTo(10);
            assertThat(frist.beginn()).isEqualTo(d(11, 2, 2022));
            assertThat(frist.ende()).isEqualTo(d(20, 2, 2022));
            assertThat(frist.fruehesterZuschlag()).isEqualTo(d(21, 2, 2022));
        }
    }

    @Test
    void wartefristPerPostEndetAnFronleichnamOhneVerschiebung() {
        // by post: 15 days; Wednesday 01.06.2022 + 15 = Thursday 16.06.2022 (Corpus Christi), not moved
        // -> contract from Friday 17.06.2022
        Frist frist = eine(OFFENES_VERFAHREN, Ereignis.INFORMATION_134, d(1, 6, 2022), false, false);
        assertThat(frist.rechtsgrundlage()).isEqualTo("§ 134 Abs. 2 Satz 1, 3 GWB");
        assertThat(frist.tage()).isEqualTo(15);
        assertThat(frist.ende()).isEqualTo(d(16, 6, 2022));
        assertThat(frist.fruehesterZuschlag()).isEqualTo(d(17, 6, 2022));
    }

    // --- check of a proposed end ---

    @Test
    void vorgeschlagenesEndeVorDemFruehestenEndeIstUnzulaessig() {
        List<Frist> fristen = rechner.berechnen(OFFENES_VERFAHREN, Ereignis.BEKANNTMACHUNG, d(7, 10, 2021), true, false);
        // Friday 05.11.2021 is day 29: too early
        Pruefung zuFrueh = rechner.pruefen(fristen, d(5, 11, 2021));
        assertThat(zuFrueh.zulaessig()).isFalse();
        assertThat(zuFrueh.grund()).startsWith("Unzulässig:").contains("Freitag, 05.11.2021", "liegt vor", "Montag, 08.11.2021", "Samstag, 06.11.2021",
                "§ 15 Abs. 2, 4 VgV");
        // Saturday 06.11.2021 is day 30 but the period only ends on Monday
        assertThat(rechner.pruefen(fristen, d(6, 11, 2021)).zulaessig()).isFalse();
        Pruefung genau = rechner.pruefen(fristen, d(8, 11, 2021));
        assertThat(genau.zulaessig()).isTrue();
        assertThat(genau.grund()).startsWith("Zulässig:").contains("liegt nicht vor", "Montag, 08.11.2021");
        assertThat(rechner.pruefen(fristen, d(30, 11, 2021)).zulaessig()).isTrue();
    }

    @Test
    void vorgeschlagenesEndeDerWartefrist() {
        List<Frist> fristen = rechner.berechnen(OFFENES_VERFAHREN, Ereignis.INFORMATION_134, d(10, 2, 2022), true, false);
        // the standstill may end on Sunday 20.02.2022 itself
        Pruefung pruefung = rechner.pruefen(fristen, d(20, 2, 2022));
        assertThat(pruefung.zulaessig()).isTrue();
        assertThat(pruefung.grund()).contains("Sonntag, 20.02.2022", "Montag, 21.02.2022", "ohne Verschiebung");
        assertThat(rechner.pruefen(fristen, d(19, 2, 2022)).zulaessig()).isFalse();
    }

    // --- holiday calendar ---

    @Test
    void feiertageKommenAusJollyday() {
        assertThat(NRW.bundesland()).isEqualTo("nw");
        assertThat(NRW.istFeiertag(d(16, 6, 2022))).as("Fronleichnam in NRW").isTrue();
        assertThat(NRW.istFeiertag(d(1, 11, 2022))).as("Allerheiligen in NRW").isTrue();
        assertThat(NRW.istFeiertag(d(3, 10, 2022))).as("Tag der Deutschen Einheit").isTrue();
        assertThat(NRW.istFeiertag(d(31, 10, 2022))).as("Reformationstag: not in NRW").isFalse();
        assertThat(NRW.istFeiertag(d(24, 12, 2022))).as("Heiligabend").isFalse();
        assertThat(Feiertagskalender.fuer("sn").istFeiertag(d(31, 10, 2022))).as("Reformationstag in Saxony").isTrue();
        assertThat(NRW.istArbeitstag(d(7, 11, 2021))).as("Sunday").isFalse();
        assertThat(NRW.istArbeitstag(d(8, 11, 2021))).as("Monday").isTrue();
    }

    @Test
    void unbekanntesBundeslandWirdAbgewiesen() {
        assertThatThrownBy(() -> Feiertagskalender.fuer("xx"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("xx")
                .hasMessageContaining("nw");
    }

    @Test
    void beschwerdefristZweiWochenAbZustellungVerschobenVomFeiertag() {
        // served Thursday 03.03.2022 -> two weeks -> Thursday 17.03.2022, a working day
        assertThat(rechner.letzterTagBeschwerdefrist(d(3, 3, 2022))).isEqualTo(d(17, 3, 2022));
        // served Thursday 02.06.2022 -> Thursday 16.06.2022 is Corpus Christi in NRW -> Friday 17.06.2022 (§ 222 Abs. 2 ZPO)
        assertThat(rechner.letzterTagBeschwerdefrist(d(2, 6, 2022))).isEqualTo(d(17, 6, 2022));
        // served Saturday 11.12.2021 -> Saturday 25.12.2021 -> Sunday, Boxing Day (26.12.) -> Monday 27.12.2021
        assertThat(rechner.letzterTagBeschwerdefrist(d(11, 12, 2021))).isEqualTo(d(27, 12, 2021));
    }
}
