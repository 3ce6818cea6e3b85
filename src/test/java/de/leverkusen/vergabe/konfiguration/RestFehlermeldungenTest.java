package de.leverkusen.vergabe.konfiguration;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The REST API's lead-ins as the engine REST API 7.24 writes them, and messages that carry none. */
class RestFehlermeldungenTest {

    @Test
    void derVorspannMitDerIdEntfaellt() {
        assertThat(RestFehlermeldungen.ohneVorspann("Cannot submit task form 3f2b8c4e-9a1d-11ee-b7c5-2d8e0a1f4b6c: "
                + "Feld 'titel': (Bezeichnung des Verfahrens) Pflichtfeld fehlt"))
                .isEqualTo("Feld 'titel': (Bezeichnung des Verfahrens) Pflichtfeld fehlt");
        // a definition's id holds colons
        assertThat(RestFehlermeldungen.ohneVorspann("Cannot instantiate process definition dms-vergabe:3:5f1c2d3e-9a1d-11ee-b7c5-2d8e0a1f4b6c: "
                + "Feld 'bieter': Zeile 2 („Kommunal-DMS AG; x“): 'x' ist keine E-Mail-Adresse"))
                .isEqualTo("Feld 'bieter': Zeile 2 („Kommunal-DMS AG; x“): 'x' ist keine E-Mail-Adresse");
        assertThat(RestFehlermeldungen.ohneVorspann("Cannot complete task 42: Feld 'verfahrensstufe': die Angebote sind noch nicht geöffnet"))
                .isEqualTo("Feld 'verfahrensstufe': die Angebote sind noch nicht geöffnet");
    }

    @Test
    void eineMeldungOhneVorspannBleibtWieSieIst() {
        assertThat(RestFehlermeldungen.ohneVorspann("Die Aufgabe 'X' ist vergabe1 zugewiesen; vergabe2 kann sie nicht abschließen"))
                .isEqualTo("Die Aufgabe 'X' ist vergabe1 zugewiesen; vergabe2 kann sie nicht abschließen");
        assertThat(RestFehlermeldungen.ohneVorspann(null)).isNull();
    }
}
