package de.leverkusen.vergabe.rest;

import static de.leverkusen.vergabe.rest.EngineRest.q;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.leverkusen.vergabe.konfiguration.Demoausschreibung;
import de.leverkusen.vergabe.verfahren.Vergabe;
import de.leverkusen.vergabe.verfahren.VergabeService;
import de.leverkusen.vergabe.verfahren.Verfahrensart;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The demo values the docs give for the start form (docs/verfahrensarten.md, "Demo values for the start form") are what
 * a user can type: each column, read from the table by the labels and select options the user sees and converted as
 * the form serializes them, starts a procedure of its type through the start form; the open and the negotiated column
 * are the demo tenders of {@link Demoausschreibung}, so docs and demo cannot drift apart.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class DemowerteRestTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @LocalServerPort
    int port;
    @Autowired
    VergabeService vergaben;

    @Test
    void jedeSpalteDerDemowerteStartetEinVerfahrenIhrerArt() throws Exception {
        List<Map<String, Object>> spalten = spalten();
        assertThat(spalten).hasSize(3);
        assertThat(spalten.get(0)).isEqualTo(new HashMap<>(Demoausschreibung.startformular()));
        assertThat(spalten.get(2)).isEqualTo(new HashMap<>(Demoausschreibung.verhandlungsverfahren()));

        EngineRest vergabe1 = new EngineRest(port, "vergabe1", "demo");
        Verfahrensart[] arten = {Verfahrensart.OFFENES_VERFAHREN, Verfahrensart.NICHT_OFFENES_VERFAHREN,
                Verfahrensart.VERHANDLUNGSVERFAHREN_MIT_TEILNAHMEWETTBEWERB};
        for (int i = 0; i < 3; i++) {
            String bk = "VG-DEMOWERTE-" + (i + 1);
            Map<String, Object> body = new HashMap<>(EngineRest.variablen(spalten.get(i)));
            body.put("businessKey", bk);
            String instanz = vergabe1.erfolgreich(vergabe1.post("/process-definition/key/dms-vergabe/submit-form", body)).body()
                    .path("id").asText();
            Vergabe vergabe = vergaben.vergabe(vergabe1.als("admin").get("/process-instance/" + instanz + "/variables/vergabeId")
                    .body().path("value").asLong());
            assertThat(vergabe.getVerfahrensart()).isEqualTo(arten[i]);
            // both periods end 09.11.2021 00:00 and are over: the job executor fires the first timer at once, so the
            // opening (of the requests or the offers) is the Vergabestelle's first task
            String timer;
            if (arten[i].mitTeilnahmewettbewerb()) {
                assertThat(vergabe.getStatus()).isEqualTo(Vergabe.Status.TEILNAHMEWETTBEWERB);
                assertThat(vergabe.getTeilnahmefrist().toInstant()).isEqualTo(LocalDateTime.of(2021, 11, 9, 0, 0).atZone(BERLIN).toInstant());
                timer = "TimerEvent_TeilnahmefristAbgelaufen";
            } else {
                assertThat(vergabe.getStatus()).isEqualTo(Vergabe.Status.EINGELEITET);
                assertThat(vergaben.angebote(vergabe.getId())).hasSize(3);
                timer = "TimerEvent_AngebotsfristAbgelaufen";
            }
            List<JsonNode> faellig = new ArrayList<>();
            for (JsonNode pi : vergabe1.als("admin").get("/process-instance?businessKey=" + q(bk)).body()) {
                vergabe1.als("admin").get("/job?processInstanceId=" + pi.path("id").asText() + "&activityId=" + timer
                        + "&dueDates=lt_" + q("2021-11-09T00:00:01.000+0100")).body().forEach(faellig::add);
            }
            assertThat(faellig).as(timer).hasSize(1);
        }
    }

    /** The table's columns as start form variables: labels to keys, option labels to values, German dates to the form's. */
    private static List<Map<String, Object>> spalten() throws Exception {
        Map<String, JsonNode> felder = new HashMap<>();
        sammeln(new ObjectMapper().readTree(Path.of("forms/vergabe-starten.form").toFile()).path("components"), felder);
        String doku = Files.readString(Path.of("docs/verfahrensarten.md"));
        String tabelle = doku.substring(doku.indexOf("| Feld | Offenes Verfahren |"));
        tabelle = tabelle.substring(0, tabelle.indexOf("\n\n"));
        List<Map<String, Object>> spalten = List.of(new LinkedHashMap<>(), new LinkedHashMap<>(), new LinkedHashMap<>());
        for (String zeile : tabelle.lines().skip(2).toList()) {
            List<String> zellen = new ArrayList<>(List.of(zeile.substring(1, zeile.length() - 1).split("\\|")));
            JsonNode feld = felder.get(zellen.get(0).strip());
            assertThat(feld).as("Feld '%s' im Startformular", zellen.get(0).strip()).isNotNull();
            for (int i = 0; i < 3; i++) {
                String wert = zellen.get(i + 1).strip();
                if (!wert.equals("–")) {
                    spalten.get(i).put(feld.path("key").asText(), wert(feld, wert));
                }
            }
        }
        return spalten;
    }

    private static void sammeln(JsonNode komponenten, Map<String, JsonNode> felder) {
        for (JsonNode k : komponenten) {
            if (k.has("key")) {
                felder.put(k.has("label") ? k.path("label").asText() : k.path("dateLabel").asText(), k);
            }
            sammeln(k.path("components"), felder);
        }
    }

    private static Object wert(JsonNode feld, String eingabe) {
        switch (feld.path("type").asText()) {
            case "select":
                for (JsonNode option : feld.path("values")) {
                    if (option.path("label").asText().equals(eingabe)) {
                        return option.path("value").asText();
                    }
                }
                throw new AssertionError(feld.path("key").asText() + ": keine Option '" + eingabe + "'");
            case "number":
                return Integer.valueOf(eingabe);
            case "datetime":
                if ("date".equals(feld.path("subtype").asText())) {
                    return LocalDate.parse(eingabe, DateTimeFormatter.ofPattern("dd.MM.yyyy")).toString();
                }
                // utc_offset: local time with Berlin's offset on that day, as form-js writes it
                return LocalDateTime.parse(eingabe, DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm")).atZone(BERLIN).toOffsetDateTime()
                        .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
            default:
                return eingabe.replace("<br>", "\n");
        }
    }
}
