package de.leverkusen.vergabe.verfahren;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.leverkusen.vergabe.verfahren.Bewerberauswahl.Bewerber;
import de.leverkusen.vergabe.verfahren.Bewerberauswahl.Ergebnis;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** § 51 VgV: who may be invited to tender after the participation competition. */
class BewerberauswahlTest {

    private static Teilnahmewettbewerb verhandlung(int min, Integer max) {
        return new Teilnahmewettbewerb(Verfahrensart.VERHANDLUNGSVERFAHREN_MIT_TEILNAHMEWETTBEWERB, LocalDate.of(2021, 9, 1),
                OffsetDateTime.parse("2021-10-05T00:00:00+02:00"), false, min, max);
    }

    private static Bewerber geeignet(long id, String name, String punkte) {
        return new Bewerber(id, name, true, new BigDecimal(punkte), null);
    }

    private static final Bewerber AKTENWERK = geeignet(1, "Aktenwerk Software GmbH", "82");
    private static final Bewerber KOMMUNAL = geeignet(2, "Kommunal-DMS AG", "75.5");
    private static final Bewerber RHEIN = geeignet(3, "Rheinland Archivsysteme GmbH", "68");
    private static final Bewerber BERGISCH = geeignet(4, "Bergische Dokumentendienste KG", "61");
    private static final Bewerber AUSGESCHLOSSEN = new Bewerber(5, "Insolvenz-IT GmbH", false, null,
            "zwingender Ausschlussgrund nach § 123 Abs. 1 Nr. 1 GWB");
    private static final List<Bewerber> ALLE = List.of(AKTENWERK, KOMMUNAL, RHEIN, BERGISCH, AUSGESCHLOSSEN);

    @Test
    void mehrGeeigneteAlsDieHoechstzahlWerdenNachDerRangfolgeBegrenzt() {
        // 4 suitable, maximum 3: ranking 82 > 75,5 > 68 > 61 -> Aktenwerk, Kommunal-DMS, Rheinland; Bergische is 4th
        Ergebnis e = Bewerberauswahl.pruefen(verhandlung(3, 3), ALLE, Set.of(1L, 2L, 3L), "Rangfolge der Referenzen (Gewicht 60 %) und der Zertifizierung (40 %).");
        assertThat(e.aufgefordert()).containsExactly(AKTENWERK, KOMMUNAL, RHEIN);
        assertThat(e.nichtAufgefordert()).containsOnlyKeys(BERGISCH, AUSGESCHLOSSEN);
        assertThat(e.nichtAufgefordert().get(BERGISCH)).contains("61 Punkte", "Rang 4 von 4", "3 bestplatzierten");
        assertThat(e.nichtAufgefordert().get(AUSGESCHLOSSEN)).isEqualTo("nicht geeignet: zwingender Ausschlussgrund nach § 123 Abs. 1 Nr. 1 GWB");
        assertThat(e.vermerk()).contains("5 Teilnahmeanträge, 4 Bewerber geeignet, 3 zur Angebotsabgabe aufgefordert",
                "Begrenzung auf die Höchstzahl von 3", "Referenzen").doesNotContain("Mindestzahl");
    }

    @Test
    void dieAuswahlFolgtDerRangfolge() {
        // leaving out Rheinland (68) and inviting Bergische (61) breaks the ranking
        assertThatThrownBy(() -> Bewerberauswahl.pruefen(verhandlung(3, 3), ALLE, Set.of(1L, 2L, 4L), "Wunsch"))
                .hasMessageContaining("Feld 'auswahl'").hasMessageContaining("'Rheinland Archivsysteme GmbH' hat")
                .hasMessageContaining("68 Punkte").hasMessageContaining("(61)");
        // two are fewer than the published maximum of 3 while 4 are suitable
        assertThatThrownBy(() -> Bewerberauswahl.pruefen(verhandlung(3, 3), ALLE, Set.of(1L, 2L), "zwei genügen"))
                .hasMessageContaining("genau die veröffentlichte Höchstzahl von 3").hasMessageContaining("gewählt: 2");
        // the reasons are required when the number is limited
        assertThatThrownBy(() -> Bewerberauswahl.pruefen(verhandlung(3, 3), ALLE, Set.of(1L, 2L, 3L), " "))
                .hasMessageContaining("Feld 'auswahlBegruendung'");
    }

    @Test
    void gleichstandAnDerGrenzeEntscheidetDieVergabestelleMitBegruendung() {
        Bewerber gleichauf = geeignet(6, "Niederrhein Akten GmbH", "68");
        List<Bewerber> bewerber = List.of(AKTENWERK, KOMMUNAL, RHEIN, gleichauf);
        Ergebnis e = Bewerberauswahl.pruefen(verhandlung(3, 3), bewerber, Set.of(1L, 2L, 6L), "Gleichstand 68 Punkte: Los gezogen am 06.10.2021.");
        assertThat(e.aufgefordert()).extracting(Bewerber::name).contains("Niederrhein Akten GmbH").doesNotContain(RHEIN.name());
    }

    @Test
    void einUngeeigneterWirdNieAufgefordert() {
        assertThatThrownBy(() -> Bewerberauswahl.pruefen(verhandlung(3, null), ALLE, Set.of(1L, 2L, 3L, 4L, 5L), null))
                .hasMessageContaining("Feld 'auswahl'").hasMessageContaining("'Insolvenz-IT GmbH' ist nicht geeignet")
                .hasMessageContaining("§ 51 Abs. 3 Satz 2 VgV");
        assertThatThrownBy(() -> Bewerberauswahl.pruefen(verhandlung(3, null), ALLE, Set.of(1L, 2L, 3L, 4L, 99L), null))
                .hasMessageContaining("Bewerber 99 hat keinen Teilnahmeantrag");
    }

    @Test
    void ohneHoechstzahlWerdenAlleGeeignetenAufgefordert() {
        assertThatThrownBy(() -> Bewerberauswahl.pruefen(verhandlung(3, null), ALLE, Set.of(1L, 2L, 3L), "reicht"))
                .hasMessageContaining("alle 4 geeigneten Bewerber sind aufzufordern (keine Höchstzahl bekannt gemacht)");
        Ergebnis e = Bewerberauswahl.pruefen(verhandlung(3, null), ALLE, Set.of(1L, 2L, 3L, 4L), null);
        assertThat(e.aufgefordert()).hasSize(4);
        assertThat(e.nichtAufgefordert()).containsOnlyKeys(AUSGESCHLOSSEN);
    }

    @Test
    void wenigerGeeigneteAlsDieMindestzahlDasVerfahrenLaeuftMitIhnenWeiter() {
        // restricted procedure, minimum 5 published: only 2 suitable -> both invited, recorded (§ 51 Abs. 3 Satz 1 VgV)
        Teilnahmewettbewerb nichtOffen = new Teilnahmewettbewerb(Verfahrensart.NICHT_OFFENES_VERFAHREN, LocalDate.of(2021, 9, 1),
                OffsetDateTime.parse("2021-10-05T00:00:00+02:00"), false, 5, 8);
        Ergebnis e = Bewerberauswahl.pruefen(nichtOffen, List.of(AKTENWERK, KOMMUNAL, AUSGESCHLOSSEN), Set.of(1L, 2L), null);
        assertThat(e.aufgefordert()).containsExactly(AKTENWERK, KOMMUNAL);
        assertThat(e.vermerk()).contains("Weniger geeignete Bewerber als die bekannt gemachte Mindestzahl von 5", "§ 51 Abs. 3 Satz 1 VgV");
        assertThatThrownBy(() -> Bewerberauswahl.pruefen(nichtOffen, List.of(AUSGESCHLOSSEN), Set.of(), null))
                .hasMessageContaining("kein Bewerber ist geeignet");
    }
}
