package de.leverkusen.vergabe.wertung.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** The calculator over HTTP: one valid call, and 400 naming the field for every kind of invalid input. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class WertungsrechnerApiTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    record Antwort(int status, JsonNode body) {
    }

    static final String GUELTIG = """
            {"methode": "ERWEITERTE_RICHTWERTMETHODE",
             "parameter": {"schwankungsbreite": 0.10, "entscheidungskriterium": "LEISTUNG"},
             "skala": {"min": 0, "max": 10},
             "kriterien": [{"id": "K1", "typ": "B", "gewicht": 60, "mindestpunkte": 3},
                           {"id": "K2", "typ": "B", "gewicht": 40},
                           {"id": "A1", "typ": "A"}],
             "angebote": [
               {"bieter": "Anbieter A", "preis": 340000, "punkte": {"K1": 8, "K2": 5}, "aKriterien": {"A1": true}},
               {"bieter": "Anbieter B", "preis": 380000,
                "bewertungen": [{"bewerter": "bewerter1", "punkte": {"K1": 7, "K2": 6}},
                                {"bewerter": "bewerter2", "punkte": {"K1": 7, "K2": 8}}],
                "aKriterien": {"A1": true}},
               {"bieter": "Anbieter C", "preis": 625000, "punkte": {"K1": 10, "K2": 10}, "aKriterien": {"A1": true}},
               {"bieter": "Anbieter G", "preis": 100000, "punkte": {"K1": 10, "K2": 10}, "aKriterien": {"A1": false}}]}
            """;

    Antwort senden(String body) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/wertung/berechnen"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        return new Antwort(r.statusCode(), JSON.readTree(r.body()));
    }

    Antwort geaendert(Consumer<com.fasterxml.jackson.databind.node.ObjectNode> aenderung) throws Exception {
        com.fasterxml.jackson.databind.node.ObjectNode body = (com.fasterxml.jackson.databind.node.ObjectNode) JSON.readTree(GUELTIG);
        aenderung.accept(body);
        return senden(JSON.writeValueAsString(body));
    }

    @Test
    void gueltigeBerechnung() throws Exception {
        // B: sheets K1 7/7, K2 6/8 -> mean 7 and 7 -> L = 700, Z = 700/380,000 = 0.0018421; A: 680/340,000 = 0.002
        // band 10 %: group {A, B}, LEISTUNG -> B; G fails A1 and is listed last without rank
        Antwort a = senden(GUELTIG);
        assertThat(a.status()).as(a.body().toString()).isEqualTo(200);
        assertThat(a.body().path("zuschlag").asText()).isEqualTo("Anbieter B");
        JsonNode r = a.body().path("rangfolge");
        assertThat(r.get(0).path("bieter").asText()).isEqualTo("Anbieter B");
        assertThat(r.get(0).path("leistung").decimalValue()).isEqualByComparingTo("700");
        assertThat(r.get(0).path("kennzahl").isNumber()).isTrue();
        assertThat(r.get(0).path("kennzahl").decimalValue()).isEqualByComparingTo("0.0018421053");
        assertThat(r.get(0).path("rang").asInt()).isEqualTo(1);
        assertThat(r.get(1).path("bieter").asText()).isEqualTo("Anbieter A");
        assertThat(r.get(3).path("bieter").asText()).isEqualTo("Anbieter G");
        assertThat(r.get(3).path("ausgeschlossen").asBoolean()).isTrue();
        assertThat(r.get(3).path("rang").isNull()).isTrue();
        assertThat(r.get(3).path("grund").asText()).isEqualTo("A-Kriterium A1 nicht erfüllt");
        JsonNode s = a.body().path("sensitivitaet");
        assertThat(s.path("gewichte")).hasSize(2);
        assertThat(s.path("gewichte").get(0).path("faktorAufwaerts").decimalValue()).isEqualByComparingTo("1.254682");
        assertThat(s.path("preis").path("bieter").asText()).isEqualTo("Anbieter A");
        assertThat(s.path("preis").path("preis").decimalValue()).isEqualByComparingTo("332228.57");
    }

    static com.fasterxml.jackson.databind.node.ObjectNode angebot(com.fasterxml.jackson.databind.node.ObjectNode b, int i) {
        return (com.fasterxml.jackson.databind.node.ObjectNode) b.path("angebote").get(i);
    }

    void abgewiesen(Antwort a, String... meldung) {
        assertThat(a.status()).as(a.body().toString()).isEqualTo(400);
        assertThat(a.body().path("fehler").asText()).contains(meldung);
    }

    @Test
    void ungueltigeEingabenGeben400MitFeld() throws Exception {
        abgewiesen(geaendert(b -> b.put("methode", "LOSVERFAHREN")), "Feld 'methode'", "unbekannter Wert");
        abgewiesen(geaendert(b -> b.remove("methode")), "Feld 'methode'", "Pflichtfeld");
        abgewiesen(geaendert(b -> b.withObjectProperty("parameter").put("schwankungsbreite", 0.15)), "Feld 'parameter.schwankungsbreite'", "höchstens 0.10");
        abgewiesen(geaendert(b -> b.withObjectProperty("parameter").put("schwankungsbreite", 0)), "Feld 'parameter.schwankungsbreite'");
        abgewiesen(geaendert(b -> {
            b.put("methode", "MEDIANMETHODE");
            b.withObjectProperty("parameter").put("gewichtLeistung", 0.6).put("gewichtPreis", 0.5);
        }), "Feld 'parameter.gewichtLeistung'", "genau 1");
        abgewiesen(geaendert(b -> angebot(b, 0).withObjectProperty("punkte").put("K1", 11)),
                "Feld 'angebote[0].punkte.K1'", "zwischen 0 und 10");
        abgewiesen(geaendert(b -> ((com.fasterxml.jackson.databind.node.ObjectNode) b.withArray("angebote").get(1)
                        .path("bewertungen").get(0).path("punkte")).put("K2", -1)),
                "Feld 'angebote[1].bewertungen[0].punkte.K2'", "zwischen 0 und 10");
        abgewiesen(geaendert(b -> angebot(b, 0).remove("preis")), "Feld 'angebote[0].preis'", "Pflichtfeld");
        abgewiesen(geaendert(b -> angebot(b, 0).put("preis", 0)), "Feld 'angebote[0].preis'", "größer als 0");
        abgewiesen(geaendert(b -> angebot(b, 0).withObjectProperty("punkte").put("K9", 5)),
                "Feld 'angebote[0].punkte.K9'", "unbekanntes Kriterium");
        abgewiesen(geaendert(b -> angebot(b, 0).withObjectProperty("aKriterien").put("A7", true)),
                "Feld 'angebote[0].aKriterien.A7'", "unbekanntes A-Kriterium");
        abgewiesen(geaendert(b -> b.putArray("angebote")), "Feld 'angebote'", "mindestens ein Angebot");
        abgewiesen(geaendert(b -> b.remove("angebote")), "Feld 'angebote'", "mindestens ein Angebot");
        abgewiesen(geaendert(b -> angebot(b, 0).put("preis", "viel")), "Feld 'angebote[0].preis'", "ungültiger Wert");
        abgewiesen(geaendert(b -> b.withObjectProperty("skala").put("max", 0)), "Feld 'skala'");
        abgewiesen(senden("{kein json"), "kein gültiges JSON");
    }
}
