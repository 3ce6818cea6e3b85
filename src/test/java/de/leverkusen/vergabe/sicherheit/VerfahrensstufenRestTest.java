package de.leverkusen.vergabe.sicherheit;

import static de.leverkusen.vergabe.rest.EngineRest.q;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import de.leverkusen.vergabe.konfiguration.Demoausschreibung;
import de.leverkusen.vergabe.rest.EngineRest;
import de.leverkusen.vergabe.verfahren.Angebot;
import de.leverkusen.vergabe.verfahren.Vergabe;
import de.leverkusen.vergabe.verfahren.VergabeRepository;
import de.leverkusen.vergabe.verfahren.VergabeService;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The domain's stages hold against the engine: a timer fired early by the operations admin does not open the offers
 * before their deadline, and the admin, who may work every task, cannot countersign an opening (not a member of the
 * Vergabestelle). Through the REST API; each refusal leaves the Vergabeakte as it was.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class VerfahrensstufenRestTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @LocalServerPort
    int port;
    @Autowired
    VergabeService vergaben;
    @Autowired
    VergabeRepository repository;

    EngineRest vergabe1;
    EngineRest admin;

    @BeforeEach
    void benutzer() {
        vergabe1 = new EngineRest(port, "vergabe1", "demo");
        admin = vergabe1.als("admin");
    }

    /**
     * Notice sent today, electronic: 30 days minimum (today + 30, moved off a weekend or holiday by at most a few
     * days); the deadline 35 days ahead at 12:00 keeps it. {@code vergangen}: the city's tender of 2021 instead.
     */
    private String starten(String key, boolean vergangen) {
        LocalDate heute = LocalDate.now(BERLIN);
        Map<String, Object> start = new HashMap<>(Demoausschreibung.startformular());
        if (!vergangen) {
            start.put("fristereignisAm", heute.toString());
            start.put("angebotsfrist", ZonedDateTime.of(heute.plusDays(35).atTime(12, 0), BERLIN).toOffsetDateTime().toString());
            start.put("praesentationVon", heute.plusDays(45).toString());
            start.put("praesentationBis", heute.plusDays(47).toString());
        }
        start.put("bewertungskommission", "bewerter1");
        start.put("bieter", "Aktenwerk Software GmbH; vergabe@aktenwerk.example");
        Map<String, Object> body = new HashMap<>(EngineRest.variablen(start));
        body.put("businessKey", key);
        return vergabe1.erfolgreich(vergabe1.post("/process-definition/key/dms-vergabe/submit-form", body)).body().path("id").asText();
    }

    private void angebotsfristTimerAusfuehren(String instanz) {
        JsonNode timer = admin.get("/job?processInstanceId=" + instanz + "&timers=true&activityId=TimerEvent_AngebotsfristAbgelaufen").body();
        assertThat(timer).hasSize(1);
        admin.erfolgreich(admin.post("/job/" + timer.get(0).path("id").asText() + "/execute", Map.of()));
    }

    private static Map<String, Object> oeffnung() {
        return Map.of("oeffnungsniederschrift", "Ein Angebot fristgerecht eingegangen und unversehrt.",
                "angebotspreise", "Aktenwerk Software GmbH: 412.000,00");
    }

    @Test
    void einVorzeitigAusgeloesterFristTimerOeffnetKeineAngebote() {
        String key = "VG-STUFEN-FRUEH";
        String instanz = starten(key, false);
        // the operations admin fires the offer deadline's timer five weeks early
        angebotsfristTimerAusfuehren(instanz);
        JsonNode oeffnen = vergabe1.aufgaben("taskDefinitionKey=UserTask_AngeboteOeffnen&processInstanceBusinessKey=" + q(key)).get(0);
        vergabe1.erfolgreich(vergabe1.post("/task/" + oeffnen.path("id").asText() + "/claim", Map.of("userId", "vergabe1")));
        EngineRest.Antwort antwort = vergabe1.formularAbsenden(oeffnen.path("id").asText(), oeffnung());
        assertThat(antwort.status()).as(antwort.body().toString()).isEqualTo(400);
        assertThat(antwort.body().path("message").asText()).contains("Angebotsfrist läuft bis", "verschlossen");

        // nothing changed: the task is open, no opener, no price, the stage as it was
        assertThat(vergabe1.get("/task/" + oeffnen.path("id").asText()).status()).isEqualTo(200);
        Vergabe vergabe = repository.findByBusinessKey(key).orElseThrow();
        assertThat(vergabe.getStatus()).isEqualTo(Vergabe.Status.EINGELEITET);
        assertThat(vergabe.getErstOeffner()).isNull();
        assertThat(vergaben.angebote(vergabe.getId())).extracting(Angebot::getPreis).containsOnlyNulls();
    }

    @Test
    void derBetriebKannDieOeffnungNichtGegenzeichnen() {
        String key = "VG-STUFEN-BETRIEB";
        String instanz = starten(key, true);
        angebotsfristTimerAusfuehren(instanz);
        JsonNode oeffnen = vergabe1.aufgaben("taskDefinitionKey=UserTask_AngeboteOeffnen&processInstanceBusinessKey=" + q(key)).get(0);
        vergabe1.erledigen(oeffnen, oeffnung());

        List<JsonNode> gegenzeichnen = admin.aufgaben("taskDefinitionKey=UserTask_OeffnungGegenzeichnen&processInstanceBusinessKey=" + q(key));
        String taskId = gegenzeichnen.get(0).path("id").asText();
        admin.erfolgreich(admin.post("/task/" + taskId + "/claim", Map.of("userId", "admin")));
        EngineRest.Antwort antwort = admin.formularAbsenden(taskId, Map.of("gegenzeichnungVermerk", "Gegenzeichnung durch den Betrieb."));
        assertThat(antwort.status()).as(antwort.body().toString()).isEqualTo(400);
        assertThat(antwort.body().path("message").asText()).contains("Feld 'gegenzeichnungVermerk'", "nur ein Mitglied der Vergabestelle");

        Vergabe vergabe = repository.findByBusinessKey(key).orElseThrow();
        assertThat(vergabe.getStatus()).isEqualTo(Vergabe.Status.ERSTOEFFNUNG);
        assertThat(vergabe.getZweitOeffner()).isNull();
        assertThat(admin.get("/task/" + taskId).status()).isEqualTo(200);
    }
}
