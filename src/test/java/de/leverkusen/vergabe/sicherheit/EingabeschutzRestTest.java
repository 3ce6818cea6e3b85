package de.leverkusen.vergabe.sicherheit;

import static de.leverkusen.vergabe.rest.EngineRest.q;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import de.leverkusen.vergabe.konfiguration.Demoausschreibung;
import de.leverkusen.vergabe.rest.EngineRest;
import de.leverkusen.vergabe.verfahren.VergabeRepository;
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
 * Attacks on what a procedure stores, through the engine REST API as the users of each role: a completion or a start
 * with a field its form does not declare, a read-only field changed, and variables written through the variable
 * endpoints. Each is refused, and the procedure's variables and its Vergabeakte are what they were.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class EingabeschutzRestTest {

    @LocalServerPort
    int port;
    @Autowired
    VergabeRepository vergaben;

    EngineRest vergabe1;
    EngineRest bewerter1;
    EngineRest admin;

    @BeforeEach
    void benutzer() {
        vergabe1 = new EngineRest(port, "vergabe1", "demo");
        bewerter1 = vergabe1.als("bewerter1");
        admin = vergabe1.als("admin");
    }

    /** The city's tender (two evaluators, one bidder), as the start form sends it. */
    private static Map<String, Object> start() {
        Map<String, Object> start = new HashMap<>(Demoausschreibung.startformular());
        start.put("bewertungskommission", "bewerter1, bewerter2");
        start.put("bieter", "Aktenwerk Software GmbH; vergabe@aktenwerk.example");
        return start;
    }

    private EngineRest.Antwort starten(String businessKey, Map<String, Object> werte) {
        Map<String, Object> body = new HashMap<>(EngineRest.variablen(werte));
        body.put("businessKey", businessKey);
        return vergabe1.post("/process-definition/key/dms-vergabe/submit-form", body);
    }

    @Test
    void einStartMitEinemFeldDasDasStartformularNichtKenntWirdAbgewiesen() {
        String key = "VG-SCHUTZ-START";
        Map<String, Object> werte = start();
        // an id of another procedure's record, as a delegate would read it
        werte.put("vergabeId", 1L);
        EngineRest.Antwort antwort = starten(key, werte);
        assertThat(antwort.status()).as(antwort.body().toString()).isEqualTo(400);
        assertThat(antwort.body().path("message").asText()).contains("Feld 'vergabeId'", "im Formular 'vergabe-starten' nicht vorgesehen");
        // the start without the form: only the operations admin
        Map<String, Object> ohneFormular = new HashMap<>(EngineRest.variablen(start()));
        ohneFormular.put("businessKey", key);
        EngineRest.Antwort start = vergabe1.post("/process-definition/key/dms-vergabe/start", ohneFormular);
        assertThat(start.status()).as(start.body().toString()).isEqualTo(403);
        assertThat(start.body().path("message").asText()).contains("mit seinem Startformular begonnen");
        assertThat(vergabe1.get("/history/process-instance?processInstanceBusinessKey=" + q(key)).body()).isEmpty();
        assertThat(vergaben.findByBusinessKey(key)).isEmpty();
    }

    @Test
    void eineAufgabeNimmtNurDieFelderIhresFormularsAn() {
        String key = "VG-SCHUTZ-AUFGABE";
        String instanz = vergabe1.erfolgreich(starten(key, start())).body().path("id").asText();
        Long vergabeId = vergaben.findByBusinessKey(key).orElseThrow().getId();
        JsonNode erklaerung = bewerter1.aufgaben("assignee=bewerter1&processInstanceBusinessKey=" + q(key)).get(0);
        String taskId = erklaerung.path("id").asText();
        JsonNode vorher = admin.get("/process-instance/" + instanz + "/variables").body();

        // a field the declaration form does not have: the procedure's id, pointed at another record
        EngineRest.Antwort fremdesFeld = bewerter1.formularAbsenden(taskId, Map.of("interessenkonflikt", "NEIN", "vergabeId", vergabeId + 1));
        assertThat(fremdesFeld.status()).isEqualTo(400);
        assertThat(fremdesFeld.body().path("message").asText())
                .contains("Feld 'vergabeId'", "im Formular 'interessenkonflikt-erklaeren' nicht vorgesehen", "erlaubt: interessenkonflikt");
        // the same through /complete
        EngineRest.Antwort complete = bewerter1.post("/task/" + taskId + "/complete",
                EngineRest.variablen(Map.of("interessenkonflikt", "NEIN", "bewerterStatus", "UNBEFANGEN")));
        assertThat(complete.status()).isEqualTo(400);
        assertThat(complete.body().path("message").asText()).contains("Feld 'bewerterStatus'");
        // a read-only field may come back as the form showed it, never changed
        EngineRest.Antwort geaendert = bewerter1.formularAbsenden(taskId, Map.of("interessenkonflikt", "NEIN", "titel", "Anderes Verfahren"));
        assertThat(geaendert.status()).isEqualTo(400);
        assertThat(geaendert.body().path("message").asText()).contains("Feld 'titel'", "nur angezeigt");

        // nothing changed: the task is open, the variables are the same, the record names the procedure it did
        assertThat(bewerter1.get("/task/" + taskId).status()).isEqualTo(200);
        assertThat(admin.get("/process-instance/" + instanz + "/variables").body()).isEqualTo(vorher);
        assertThat(vergaben.findByBusinessKey(key).orElseThrow().getId()).isEqualTo(vergabeId);

        // what Tasklist sends: the input and the read-only title unchanged
        bewerter1.erfolgreich(bewerter1.formularAbsenden(taskId, Map.of("interessenkonflikt", "NEIN",
                "titel", "Einführung eines Dokumentenmanagementsystems (DMS)")));
        assertThat(bewerter1.get("/task/" + taskId).status()).isEqualTo(404);
    }

    @Test
    void variablenWerdenNurVomBetriebUeberDieVariablenEndpunkteGesetzt() {
        String key = "VG-SCHUTZ-VARIABLEN";
        String instanz = vergabe1.erfolgreich(starten(key, start())).body().path("id").asText();
        JsonNode erklaerung = bewerter1.aufgaben("assignee=bewerter1&processInstanceBusinessKey=" + q(key)).get(0);
        String taskId = erklaerung.path("id").asText();
        String execution = erklaerung.path("executionId").asText();
        JsonNode vorher = admin.get("/process-instance/" + instanz + "/variables").body();
        Map<String, Object> frist = Map.of("value", "2021-10-01T12:00:00+02:00", "type", "String");

        record Angriff(EngineRest wer, String methode, String pfad, Object body) {
        }
        List<Angriff> angriffe = List.of(
                new Angriff(vergabe1, "PUT", "/process-instance/" + instanz + "/variables/angebotsfrist", frist),
                new Angriff(vergabe1, "POST", "/process-instance/" + instanz + "/variables", Map.of("modifications", Map.of("angebotsfrist", frist))),
                new Angriff(vergabe1, "DELETE", "/process-instance/" + instanz + "/variables/angebotsfrist", null),
                new Angriff(vergabe1, "POST", "/process-instance/variables-async", Map.of("processInstanceIds", List.of(instanz),
                        "variables", Map.of("angebotsfrist", frist))),
                new Angriff(bewerter1, "PUT", "/task/" + taskId + "/variables/interessenkonflikt", Map.of("value", "NEIN", "type", "String")),
                new Angriff(bewerter1, "PUT", "/task/" + taskId + "/localVariables/interessenkonflikt", Map.of("value", "NEIN", "type", "String")),
                new Angriff(bewerter1, "POST", "/task/" + taskId + "/variables", Map.of("modifications", Map.of("vergabeId", Map.of("value", 1, "type", "Long")))),
                new Angriff(bewerter1, "DELETE", "/task/" + taskId + "/variables/vergabeId", null),
                new Angriff(vergabe1, "PUT", "/execution/" + execution + "/localVariables/angebotsfrist", frist),
                new Angriff(vergabe1, "POST", "/execution/" + execution + "/localVariables", Map.of("modifications", Map.of("angebotsfrist", frist))));
        for (Angriff a : angriffe) {
            EngineRest.Antwort antwort = switch (a.methode()) {
                case "PUT" -> a.wer().put(a.pfad(), a.body());
                case "DELETE" -> a.wer().delete(a.pfad());
                default -> a.wer().post(a.pfad(), a.body());
            };
            // 403 from this application's check, or already from the engine's authorization (no UPDATE right):
            // both refuse before anything is written
            assertThat(antwort.status()).as(a.methode() + " " + a.pfad() + ": " + antwort.body()).isEqualTo(403);
            if (a.wer() == bewerter1) {
                // the assignee holds the engine's UPDATE right on the task: here only this application's check refuses
                assertThat(antwort.body().path("message").asText()).contains("bewerter1 darf sie nicht direkt setzen oder löschen");
            }
        }
        assertThat(admin.get("/process-instance/" + instanz + "/variables").body()).isEqualTo(vorher);
        assertThat(admin.get("/batch").body()).isEmpty();
        assertThat(bewerter1.get("/task/" + taskId).status()).isEqualTo(200);

        // the operations admin remains trusted (documented in the threat model): the same call goes through
        assertThat(admin.put("/process-instance/" + instanz + "/variables/hinweisBetrieb", Map.of("value", "Test", "type", "String")).status())
                .isEqualTo(204);
    }
}
