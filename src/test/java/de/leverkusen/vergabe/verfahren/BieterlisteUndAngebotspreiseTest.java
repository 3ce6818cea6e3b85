package de.leverkusen.vergabe.verfahren;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The start form's bidders and the opening form's prices are typed as lines; what a person types must be read right. */
class BieterlisteUndAngebotspreiseTest {

    private static final List<String> BIETER = List.of("Aktenwerk Software GmbH", "Kommunal-DMS AG",
            "Rheinland Dokumentensysteme GmbH & Co. KG");

    @Test
    void bieterJeZeileMitLeerzeilenUndWindowsZeilenenden() {
        List<Vergabeantrag.Bieter> bieter = Bieterliste.lesen("""
                  Aktenwerk Software GmbH ;  vergabe@aktenwerk.example\r

                Rheinland Dokumentensysteme GmbH & Co. KG; ausschreibung@rheinland-doku.example
                """);
        assertThat(bieter).containsExactly(
                new Vergabeantrag.Bieter("Aktenwerk Software GmbH", "vergabe@aktenwerk.example"),
                new Vergabeantrag.Bieter("Rheinland Dokumentensysteme GmbH & Co. KG", "ausschreibung@rheinland-doku.example"));
        assertThat(Bieterliste.lesen(Bieterliste.text(bieter))).isEqualTo(bieter);
    }

    @Test
    void fehlerhafteBieterzeileNenntFeldZeileUndRegel() {
        assertThatThrownBy(() -> Bieterliste.lesen("Aktenwerk Software GmbH; vergabe@aktenwerk.example\nKommunal-DMS AG angebote@kommunal-dms.example"))
                .hasMessage("Feld 'bieter': Zeile 2 („Kommunal-DMS AG angebote@kommunal-dms.example“): „Name; E-Mail-Adresse“ erwartet");
        assertThatThrownBy(() -> Bieterliste.lesen("Kommunal-DMS AG; angebote(at)kommunal-dms.example"))
                .hasMessageContaining("Zeile 1").hasMessageContaining("'angebote(at)kommunal-dms.example' ist keine E-Mail-Adresse");
        assertThatThrownBy(() -> Bieterliste.lesen("K; k@kommunal-dms.example")).hasMessageContaining("2 bis 200 Zeichen");
        assertThatThrownBy(() -> Bieterliste.lesen("Kommunal-DMS AG; a@kommunal-dms.example\nKommunal-DMS AG; b@kommunal-dms.example"))
                .hasMessageContaining("Zeile 2").hasMessageContaining("steht schon in einer früheren Zeile");
        assertThatThrownBy(() -> Bieterliste.lesen(" \n ")).hasMessage("Feld 'bieter': mindestens ein Bieter erforderlich (je Zeile: Name; E-Mail-Adresse)");
    }

    @Test
    void vordruckNenntJedenBieterMitDoppelpunkt() {
        assertThat(Angebotspreise.vordruck(BIETER)).isEqualTo(
                "Aktenwerk Software GmbH: \nKommunal-DMS AG: \nRheinland Dokumentensysteme GmbH & Co. KG: ");
    }

    @Test
    void preiseInDeutscherSchreibweise() {
        Map<String, BigDecimal> preise = Angebotspreise.lesen("""
                Aktenwerk Software GmbH: 412.000,50
                Kommunal-DMS AG: 389500
                Rheinland Dokumentensysteme GmbH & Co. KG: 1.455.000,00 €
                """, BIETER);
        assertThat(preise).containsExactly(
                Map.entry("Aktenwerk Software GmbH", new BigDecimal("412000.50")),
                Map.entry("Kommunal-DMS AG", new BigDecimal("389500")),
                Map.entry("Rheinland Dokumentensysteme GmbH & Co. KG", new BigDecimal("1455000.00")));
        assertThat(Angebotspreise.betrag("389.500")).isEqualByComparingTo("389500");
        assertThat(Angebotspreise.betrag("389500,5 EUR")).isEqualByComparingTo("389500.5");
    }

    @Test
    void mehrdeutigeOderFalscheBetraegeWerdenAbgewiesenStattGeraten() {
        // "389.50" would be 389,50 in English and nonsense in German: refused, not guessed
        for (String falsch : List.of("389.50", "389500.00", "3,89,500", "389.500,001", "-5", "vierhunderttausend", "389 500,00 USD")) {
            assertThat(Angebotspreise.betrag(falsch)).as(falsch).isNull();
        }
        assertThatThrownBy(() -> Angebotspreise.lesen("Aktenwerk Software GmbH: 389.50", List.of("Aktenwerk Software GmbH")))
                .hasMessage("Feld 'angebotspreise': Zeile 1 („Aktenwerk Software GmbH: 389.50“): '389.50' ist kein Betrag in Euro (Beispiel: 389.500,00 oder 389500,00)");
    }

    @Test
    void jederBieterGenauEinmalUndKeinFremder() {
        assertThatThrownBy(() -> Angebotspreise.lesen("Aktenwerk Software GmbH: 1,00\nKommunal-DMS AG: ", BIETER))
                .hasMessageContaining("Zeile 2").hasMessageContaining("Angebotspreis von Kommunal-DMS AG fehlt");
        assertThatThrownBy(() -> Angebotspreise.lesen("Aktenwerk Software GmbH: 1,00", BIETER))
                .hasMessage("Feld 'angebotspreise': Angebotspreis fehlt für: Kommunal-DMS AG, Rheinland Dokumentensysteme GmbH & Co. KG");
        assertThatThrownBy(() -> Angebotspreise.lesen("Aktenwerk Software GmbH: 1,00\nAktenwerk Software GmbH: 2,00", BIETER))
                .hasMessageContaining("Zeile 2").hasMessageContaining("schon ein Preis");
        assertThatThrownBy(() -> Angebotspreise.lesen("Archiva GmbH: 1,00", BIETER)).hasMessageContaining("unbekannter Bieter 'Archiva GmbH'");
        assertThatThrownBy(() -> Angebotspreise.lesen("Aktenwerk Software GmbH: 0,00", BIETER)).hasMessageContaining("muss größer als 0 sein");
        assertThatThrownBy(() -> Angebotspreise.lesen("Aktenwerk Software GmbH 1,00", BIETER)).hasMessageContaining("„Bieter: Preis“ erwartet");
    }
}
