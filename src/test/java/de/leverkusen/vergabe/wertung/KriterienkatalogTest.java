package de.leverkusen.vergabe.wertung;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.leverkusen.vergabe.verfahren.Eingabefehler;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The DMS catalogue file and the rules every catalogue file must keep. */
class KriterienkatalogTest {

    private final Kriterienkatalog dms = Wertungsbeispiele.dms();

    @Test
    void dmsKatalogHatMindestanforderungenUndGewichteteKriterien() {
        assertThat(dms.aKriterien()).extracting(Kriterium::id).containsExactly("A1", "A2", "A3");
        assertThat(dms.aKriterien()).extracting(Kriterium::name).containsExactly(
                "Betrieb im Rechenzentrum der ivl möglich", "DSGVO-konforme Auftragsverarbeitung", "Barrierefreiheit nach BITV 2.0");
        assertThat(dms.aKriterien()).allSatisfy(k -> assertThat(k.gewicht()).isNull());
        assertThat(dms.bKriterien()).hasSize(13);
        // 10+12+8 + 12+10 + 8+12 + 5+4+4 + 7+4+4 = 30 + 22 + 20 + 13 + 15 = 100
        assertThat(dms.bKriterien().stream().map(Kriterium::gewicht).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo("100");
        assertThat(dms.gruppen()).extracting(g -> dms.gewicht(g).intValue()).containsExactly(0, 30, 22, 20, 13, 15);
        assertThat(dms.eintrag("B2").mindestpunkte()).isEqualByComparingTo("4");
        assertThat(dms.eintrag("B4").mindestpunkte()).isEqualByComparingTo("4");
        assertThat(dms.mindestleistung()).isEqualByComparingTo("300");
        assertThat(dms.wertung().methode()).isEqualTo(Wertungsmethode.EINFACHE_RICHTWERTMETHODE);
        // price is no criterion of the sheet: it enters as P
        assertThat(dms.kriterien()).noneMatch(k -> k.name().toLowerCase().contains("preis"));
    }

    @Test
    void skalaNenntJedenPunktwertMitDefinition() {
        assertThat(dms.skala()).isEqualTo(Punkteskala.NULL_BIS_ZEHN);
        assertThat(dms.skalendefinition().stufen()).hasSize(11);
        assertThat(dms.definition(10)).isEqualTo("vollständig und in jeder Hinsicht überzeugend erfüllt");
        assertThat(dms.definition(0)).isEqualTo("nicht erfüllt oder keine Aussage im Angebot");
    }

    @Test
    void jsonHinUndZurueckErgibtDenselbenKatalog() {
        assertThat(Kriterienkatalog.lesen(dms.alsJson())).isEqualTo(dms);
    }

    @Test
    void nullBisFuenfMitDefinitionen() {
        Kriterienkatalog fuenf = Kriterienkatalog.lesen(katalog("""
                {"min": 0, "max": 5, "stufen": [{"punkte": 5, "definition": "voll erfüllt"},
                  {"punkte": 4, "definition": "geringe Schwächen"}, {"punkte": 3, "definition": "mehrere Schwächen"},
                  {"punkte": 2, "definition": "erhebliche Schwächen"}, {"punkte": 1, "definition": "kaum erfüllt"},
                  {"punkte": 0, "definition": "nicht erfüllt"}]}""", "60", "40", "EINFACHE_RICHTWERTMETHODE"));
        assertThat(fuenf.skala()).isEqualTo(Punkteskala.NULL_BIS_FUENF);
        assertThat(fuenf.definition(4)).isEqualTo("geringe Schwächen");
    }

    @Test
    void fehlerhafteKatalogeWerdenAbgewiesen() {
        String skala = """
                {"min": 0, "max": 2, "stufen": [{"punkte": 2, "definition": "gut"}, {"punkte": 1, "definition": "mittel"},
                  {"punkte": 0, "definition": "schlecht"}]}""";
        assertThatThrownBy(() -> Kriterienkatalog.lesen(katalog(skala, "60", "30", "EINFACHE_RICHTWERTMETHODE")))
                .isInstanceOf(Eingabefehler.class).hasMessageContaining("Feld 'gruppen'").hasMessageContaining("erhalten: 90");
        assertThatThrownBy(() -> Kriterienkatalog.lesen(katalog(skala, "60", "40", "MITTELWERTMETHODE")))
                .isInstanceOf(Eingabefehler.class).hasMessageContaining("Feld 'wertung.methode'")
                .hasMessageContaining("Mittelwertmethode");
        String luecke = """
                {"min": 0, "max": 2, "stufen": [{"punkte": 2, "definition": "gut"}, {"punkte": 0, "definition": "schlecht"}]}""";
        assertThatThrownBy(() -> Kriterienkatalog.lesen(katalog(luecke, "60", "40", "EINFACHE_RICHTWERTMETHODE")))
                .isInstanceOf(Eingabefehler.class).hasMessageContaining("Feld 'skala.stufen'").hasMessageContaining("Punktwert 1");
    }

    private static String katalog(String skala, String g1, String g2, String methode) {
        return """
                {"id": "test", "skala": %s, "wertung": {"methode": "%s"},
                 "gruppen": [{"id": "G", "name": "Gruppe", "kriterien": [
                   {"id": "A1", "typ": "A", "name": "Mindestanforderung"},
                   {"id": "K1", "typ": "B", "name": "Eins", "gewicht": %s},
                   {"id": "K2", "typ": "B", "name": "Zwei", "gewicht": %s}]}]}""".formatted(skala, methode, g1, g2);
    }
}
