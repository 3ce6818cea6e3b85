package de.leverkusen.vergabe.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import de.leverkusen.vergabe.prozess.Ausschreibungslauf;
import de.leverkusen.vergabe.verfahren.Angebot;
import de.leverkusen.vergabe.verfahren.VergabeService;
import de.leverkusen.vergabe.verfahren.VerhandlungService;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * Issue 17 through the REST APIs, as the Vergabestelle would use them: the negotiation of a negotiated procedure with a
 * reduction after round one. Nothing is negotiated after the call for final offers (§ 17 Abs. 14 VgV), a bidder reduced
 * out gets no final offer in (§ 17 Abs. 12 VgV), and a round cannot touch the frozen evaluation basis; each refusal
 * leaves the records as they were. The way to the initial offers is the Java API's (Ausschreibungslauf).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class VerhandlungsverfahrenRestTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final String AKTENWERK = "Aktenwerk Software GmbH";
    private static final String KOMMUNAL = "Kommunal-DMS AG";
    private static final String RHEINLAND = "Rheinland Dokumentensysteme GmbH & Co. KG";

    @LocalServerPort
    int port;
    @Autowired
    ProcessEngine engine;
    @Autowired
    ManagementService management;
    @Autowired
    org.camunda.bpm.engine.RuntimeService runtime;
    @Autowired
    VergabeService vergaben;
    @Autowired
    VerhandlungService verhandlungen;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void uhrZurueck() {
        ClockUtil.reset();
    }

    private EngineRest engineRest() {
        return new EngineRest(port, "vergabe1", "demo");
    }

    private EngineRest api() {
        return new EngineRest(port, "", "vergabe1", "demo");
    }

    private JsonNode aufgabe(String bk, String key) {
        List<JsonNode> offen = engineRest().aufgaben("processInstanceBusinessKey=" + EngineRest.q(bk) + "&taskDefinitionKey=" + key);
        assertThat(offen).as(key).hasSize(1);
        return offen.get(0);
    }

    private String verhandlung(String bk) {
        return runtime.createProcessInstanceQuery().processInstanceBusinessKey(bk).processDefinitionKey("verhandlung").singleResult().getId();
    }

    private void senden(String bk) {
        for (Job j : management.createJobQuery().processInstanceId(verhandlung(bk)).activityId("ServiceTask_VerhandlungsschreibenVersenden").list()) {
            management.executeJob(j.getId());
        }
    }

    private static Map<String, Object> werte(Object... kv) {
        Map<String, Object> m = new HashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    @Test
    void nachDerAufforderungWirdNichtVerhandelt_undEinAusgeschiedenerBieterGibtKeinEndgueltigesAngebotAb() {
        String bk = "VG-VV-REST-17";
        new Ausschreibungslauf(engine).bisZurVerhandlung(bk, Ausschreibungslauf.verhandlungsverfahren(false, true));
        Long vergabeId = jdbc.queryForObject("select id from vergabe where business_key = ?", Long.class, bk);
        String katalog = jdbc.queryForObject("select katalog from wertungsgrundlage where vergabe_id = ?", String.class, vergabeId);

        engineRest().erledigen(aufgabe(bk, "UserTask_VerhandlungEroeffnen"), werte("zuschlagAufErstangebote", "NEIN"));
        JsonNode runde1 = aufgabe(bk, "UserTask_VerhandlungsrundeAbschliessen");
        // the frozen evaluation basis: a round cannot bring criteria or a method with it
        EngineRest.Antwort mitMethode = engineRest().formularAbsenden(runde1.path("id").asText(),
                werte("naechsterSchritt", "WEITERE_RUNDE", "wertungsmethode", "ERWEITERTE_RICHTWERTMETHODE"));
        assertThat(mitMethode.status()).isEqualTo(400);
        assertThat(mitMethode.body().toString()).contains("wertungsmethode");
        engineRest().erledigen(aufgabe(bk, "UserTask_VerhandlungsrundeAbschliessen"), werte("naechsterSchritt", "WEITERE_RUNDE",
                "ausscheidendeBieter", AKTENWERK, "reduzierungBegruendung", "Niedrigste Kennzahl der Erstangebote (Z = 0,001663; Rang 3)."));
        senden(bk);

        // between the meetings of round two: an answer to a question goes to the two remaining bidders
        EngineRest.Antwort info = api().post("/api/vergaben/" + bk + "/verhandlung/informationen",
                Map.of("anlass", "Frage von " + KOMMUNAL, "inhalt", "Die Schnittstelle zu OpenRathaus ist Teil der Leistung."));
        assertThat(info.status()).isEqualTo(200);
        assertThat(info.body().path("empfaenger").toString()).contains(KOMMUNAL, RHEINLAND).doesNotContain(AKTENWERK);
        // an evaluator is not the Vergabestelle (the application does not even confirm that the procedure exists)
        assertThat(api().als("bewerter1").post("/api/vergaben/" + bk + "/verhandlung/informationen",
                Map.of("inhalt", "Rabatt?")).status()).isIn(403, 404);
        assertThat(verhandlungen.informationen(vergabeId)).hasSize(1);
        for (JsonNode g : engineRest().aufgaben("processInstanceBusinessKey=" + EngineRest.q(bk)
                + "&taskDefinitionKey=UserTask_VerhandlungsgespraechProtokollieren")) {
            engineRest().erledigen(g, werte("verhandlungstermin", java.time.LocalDate.now(BERLIN).toString(),
                    "verhandlungAnwesende", "vergabe1, bewerter1", "verhandlungsprotokoll", "Verhandlung über Migration und Schulungstage."));
        }
        OffsetDateTime frist = OffsetDateTime.now(BERLIN).plusDays(7).truncatedTo(ChronoUnit.HOURS);
        engineRest().erledigen(aufgabe(bk, "UserTask_VerhandlungsrundeAbschliessen"),
                werte("naechsterSchritt", "ENDGUELTIGE_ANGEBOTE", "fristEndgueltigeAngebote", frist.toString()));
        senden(bk);

        // § 17 Abs. 14 VgV: after the call nothing is negotiated; nothing recorded, no letter
        int informationen = verhandlungen.informationen(vergabeId).size();
        int briefe = jdbc.queryForObject("select count(*) from schreiben where vergabe_id = ?", Integer.class, vergabeId);
        EngineRest.Antwort danach = api().post("/api/vergaben/" + bk + "/verhandlung/informationen",
                Map.of("anlass", "Nachfrage", "inhalt", "Ein weiterer Nachlass von 5 % würde das Angebot verbessern."));
        assertThat(danach.status()).isIn(400, 409);
        assertThat(danach.body().toString()).contains("§ 17 Abs. 14 VgV");
        assertThat(verhandlungen.informationen(vergabeId)).hasSize(informationen);
        assertThat(jdbc.queryForObject("select count(*) from schreiben where vergabe_id = ?", Integer.class, vergabeId)).isEqualTo(briefe);

        // the deadline passes; the reduced bidder's final offer is refused, nothing recorded, the task stays open
        Job fristJob = management.createJobQuery().processInstanceId(verhandlung(bk)).activityId("TimerEvent_FristEndgueltigeAngeboteAbgelaufen")
                .singleResult();
        ClockUtil.setCurrentTime(Date.from(frist.plusMinutes(5).toInstant()));
        management.executeJob(fristJob.getId());
        JsonNode oeffnen = aufgabe(bk, "UserTask_EndgueltigeAngeboteOeffnen");
        assertThat(engineRest().post("/task/" + oeffnen.path("id").asText() + "/claim", Map.of("userId", "vergabe1")).status()).isEqualTo(204);
        EngineRest.Antwort ausgeschieden = engineRest().formularAbsenden(oeffnen.path("id").asText(), werte(
                "angebotspreise", KOMMUNAL + ": 379.000,00\n" + RHEINLAND + ": 420.000,00\n" + AKTENWERK + ": 350.000,00",
                "oeffnungsniederschrift", "Drei Umschläge eingegangen, einer vom ausgeschiedenen Bieter."));
        assertThat(ausgeschieden.status()).isEqualTo(400);
        assertThat(ausgeschieden.body().toString()).contains("angebotspreise", AKTENWERK, "§ 17 Abs. 12 VgV");
        Angebot aktenwerk = vergaben.angebote(vergabeId).stream().filter(a -> a.getBieterName().equals(AKTENWERK)).findFirst().orElseThrow();
        assertThat(aktenwerk.getPreis()).isEqualByComparingTo("412000.00");
        assertThat(aktenwerk.getErstangebotPreis()).isNull();
        assertThat(verhandlungen.verhandlung(vergabeId).orElseThrow().getErstOeffner()).isNull();
        assertThat(aufgabe(bk, "UserTask_EndgueltigeAngeboteOeffnen").path("id").asText()).isEqualTo(oeffnen.path("id").asText());

        // the two remaining bidders' final offers are taken
        engineRest().erledigen(aufgabe(bk, "UserTask_EndgueltigeAngeboteOeffnen"), werte(
                "angebotspreise", KOMMUNAL + ": 379.000,00\n" + RHEINLAND + ": 420.000,00",
                "oeffnungsniederschrift", "Zwei endgültige Angebote fristgerecht eingegangen und unversehrt geöffnet."));
        // four eyes as for the initial offers: the countersignature is withdrawn from the first opener, offered to the second
        String gegenzeichnen = "processInstanceBusinessKey=" + EngineRest.q(bk) + "&taskDefinitionKey=UserTask_EndgueltigeOeffnungGegenzeichnen";
        assertThat(engineRest().aufgaben(gegenzeichnen)).isEmpty();
        assertThat(engineRest().als("vergabe2").aufgaben(gegenzeichnen)).hasSize(1);
        assertThat(jdbc.queryForObject("select katalog from wertungsgrundlage where vergabe_id = ?", String.class, vergabeId)).isEqualTo(katalog);
    }
}
