package de.leverkusen.vergabe.fristen.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** {@code POST /api/fristen/berechnen} over HTTP: one valid call per event, and 400 naming the field for bad input. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class FristenApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    record Antwort(int status, JsonNode body) {
    }

    private Antwort post(String body) throws IOException, InterruptedException {
        HttpResponse<String> antwort = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/fristen/berechnen"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        return new Antwort(antwort.statusCode(), JSON.readTree(antwort.body()));
    }

    private Antwort post(Map<String, Object> body) throws IOException, InterruptedException {
        return post(JSON.writeValueAsString(body));
    }

    private static Map<String, Object> anfrage(String verfahrensart, String ereignis, String datum, boolean elektronisch) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("verfahrensart", verfahrensart);
        body.put("ereignis", ereignis);
        body.put("datum", datum);
        body.put("elektronisch", elektronisch);
        body.put("dringlich", false);
        return body;
    }

    private static Map<String, Object> gueltig(Consumer<Map<String, Object>> aenderung) {
        Map<String, Object> body = anfrage("OFFENES_VERFAHREN", "BEKANNTMACHUNG", "2021-10-07", true);
        aenderung.accept(body);
        return body;
    }

    @Test
    void bekanntmachungImOffenenVerfahrenMitPruefung() throws Exception {
        // domain brief: Thursday 07.10.2021 + 30 = Saturday 06.11.2021 -> Monday 08.11.2021
        Map<String, Object> body = anfrage("OFFENES_VERFAHREN", "BEKANNTMACHUNG", "2021-10-07", true);
        body.put("vorgeschlagenesEnde", "2021-11-05");
        Antwort antwort = post(body);

        assertThat(antwort.status()).as(antwort.body().toString()).isEqualTo(200);
        JsonNode frist = antwort.body().path("fristen").get(0);
        assertThat(antwort.body().path("fristen")).hasSize(1);
        assertThat(frist.path("art").asText()).isEqualTo("ANGEBOTSFRIST");
        assertThat(frist.path("rechtsgrundlage").asText()).startsWith("§ 15 Abs. 2, 4 VgV").contains("§ 82 VgV");
        assertThat(frist.path("tage").asInt()).isEqualTo(30);
        assertThat(frist.path("beginn").asText()).isEqualTo("2021-10-08");
        assertThat(frist.path("ende").asText()).isEqualTo("2021-11-08");
        assertThat(frist.has("fruehesterZuschlag")).isFalse();
        assertThat(antwort.body().path("pruefung").path("zulaessig").asBoolean()).isFalse();
        assertThat(antwort.body().path("pruefung").path("grund").asText()).contains("05.11.2021", "08.11.2021");
    }

    @Test
    void bekanntmachungOhneVorschlagHatKeinePruefung() throws Exception {
        // restricted procedure: notice Tuesday 17.05.2022 + 30 = Thursday 16.06.2022 (Corpus Christi, NRW) -> Friday 17.06.2022
        Antwort antwort = post(anfrage("NICHT_OFFENES_VERFAHREN", "BEKANNTMACHUNG", "2022-05-17", true));

        assertThat(antwort.status()).as(antwort.body().toString()).isEqualTo(200);
        JsonNode frist = antwort.body().path("fristen").get(0);
        assertThat(frist.path("art").asText()).isEqualTo("TEILNAHMEFRIST");
        assertThat(frist.path("ende").asText()).isEqualTo("2022-06-17");
        assertThat(antwort.body().has("pruefung")).isFalse();
    }

    @Test
    void aufforderungImVerhandlungsverfahren() throws Exception {
        // Wednesday 13.04.2022 + 25 (electronic) = Sunday 08.05.2022 -> Monday 09.05.2022; proposed 13.05.2022 keeps it
        Map<String, Object> body = anfrage("VERHANDLUNGSVERFAHREN_MIT_TEILNAHMEWETTBEWERB", "AUFFORDERUNG", "2022-04-13", true);
        body.put("vorgeschlagenesEnde", "2022-05-13");
        Antwort antwort = post(body);

        assertThat(antwort.status()).as(antwort.body().toString()).isEqualTo(200);
        JsonNode frist = antwort.body().path("fristen").get(0);
        assertThat(frist.path("art").asText()).isEqualTo("ANGEBOTSFRIST");
        assertThat(frist.path("rechtsgrundlage").asText()).startsWith("§ 17 Abs. 6, 9 VgV");
        assertThat(frist.path("tage").asInt()).isEqualTo(25);
        assertThat(frist.path("beginn").asText()).isEqualTo("2022-04-14");
        assertThat(frist.path("ende").asText()).isEqualTo("2022-05-09");
        assertThat(antwort.body().path("pruefung").path("zulaessig").asBoolean()).isTrue();
        assertThat(antwort.body().path("pruefung").path("grund").asText()).contains("13.05.2022", "09.05.2022");
    }

    @Test
    void informationNach134() throws Exception {
        // Thursday 10.02.2022 + 10 = Sunday 20.02.2022, not moved; contract from Monday 21.02.2022
        Antwort antwort = post(anfrage("OFFENES_VERFAHREN", "INFORMATION_134", "2022-02-10", true));

        assertThat(antwort.status()).as(antwort.body().toString()).isEqualTo(200);
        JsonNode frist = antwort.body().path("fristen").get(0);
        assertThat(frist.path("art").asText()).isEqualTo("WARTEFRIST_134");
        assertThat(frist.path("rechtsgrundlage").asText()).isEqualTo("§ 134 Abs. 2 Satz 2, 3 GWB");
        assertThat(frist.path("tage").asInt()).isEqualTo(10);
        assertThat(frist.path("beginn").asText()).isEqualTo("2022-02-11");
        assertThat(frist.path("ende").asText()).isEqualTo("2022-02-20");
        assertThat(frist.path("fruehesterZuschlag").asText()).isEqualTo("2022-02-21");
    }

    private void wirdAbgewiesen(Antwort antwort, String... meldung) {
        assertThat(antwort.status()).as(antwort.body().toString()).isEqualTo(400);
        assertThat(antwort.body().path("fehler").asText()).contains(meldung);
    }

    @Test
    void unbekannteWerte() throws Exception {
        wirdAbgewiesen(post(gueltig(b -> b.put("verfahrensart", "FREIHAENDIGE_VERGABE"))),
                "Feld 'verfahrensart'", "FREIHAENDIGE_VERGABE", "OFFENES_VERFAHREN");
        wirdAbgewiesen(post(gueltig(b -> b.put("ereignis", "ZUSCHLAG"))), "Feld 'ereignis'", "ZUSCHLAG", "INFORMATION_134");
    }

    @Test
    void fehlendeFelder() throws Exception {
        for (String feld : new String[] {"verfahrensart", "ereignis", "datum", "elektronisch", "dringlich"}) {
            wirdAbgewiesen(post(gueltig(b -> b.remove(feld))), "Feld '" + feld + "'", "Pflichtfeld fehlt");
        }
        wirdAbgewiesen(post("{}"), "Feld 'verfahrensart'", "Pflichtfeld fehlt");
    }

    @Test
    void unlesbareDaten() throws Exception {
        wirdAbgewiesen(post(gueltig(b -> b.put("datum", "13.04.2022"))), "Feld 'datum'", "13.04.2022");
        wirdAbgewiesen(post(gueltig(b -> b.put("datum", "2022-02-30"))), "Feld 'datum'", "2022-02-30");
        wirdAbgewiesen(post(gueltig(b -> b.put("vorgeschlagenesEnde", "morgen"))), "Feld 'vorgeschlagenesEnde'", "morgen");
    }

    @Test
    void falscherTypOderKeinJson() throws Exception {
        wirdAbgewiesen(post(gueltig(b -> b.put("elektronisch", "vielleicht"))), "Feld 'elektronisch'", "true oder false");
        wirdAbgewiesen(post(gueltig(b -> b.put("dringlich", Map.of("ja", true)))), "Feld 'dringlich'", "true oder false");
        wirdAbgewiesen(post(gueltig(b -> b.put("verfahrensart", Map.of("art", "OFFENES_VERFAHREN")))), "Feld 'verfahrensart'", "Text");
        wirdAbgewiesen(post("{\"verfahrensart\": "), "kein gültiges JSON-Objekt");
    }

    @Test
    void ereignisOhneFristFuerDieVerfahrensart() throws Exception {
        wirdAbgewiesen(post(anfrage("OFFENES_VERFAHREN", "AUFFORDERUNG", "2022-04-13", true)), "Feld 'ereignis'", "offenen Verfahren");
        wirdAbgewiesen(post(anfrage("WETTBEWERBLICHER_DIALOG", "AUFFORDERUNG", "2022-04-13", true)), "Feld 'ereignis'", "keine Mindestfrist");
    }
}
