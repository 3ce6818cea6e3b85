package de.leverkusen.vergabe.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import de.leverkusen.vergabe.konfiguration.Demoausschreibung;
import de.leverkusen.vergabe.konfiguration.Demooeffnung;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * GET /api/vergaben/uebersicht, the data of the Projektleitung's Cockpit plugin: who may read it, and that it carries
 * neither prices (before or after the opening) nor anything of a scoring sheet.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class VerfahrensuebersichtRestTest {

    private static final String VOR_OEFFNUNG = "VG-UEBERSICHT-VOR";
    private static final String GEOEFFNET = "VG-UEBERSICHT-OFFEN";
    // the prices of Demooeffnung.oeffnungsformular(), in every spelling a JSON body could carry them
    private static final List<String> PREISE = List.of("412000", "412.000", "389500", "389.500", "455000", "455.000");

    @LocalServerPort
    int port;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    ManagementService management;

    @BeforeAll
    void verfahren() {
        runtime.startProcessInstanceByKey("dms-vergabe", VOR_OEFFNUNG, Demoausschreibung.startformular());
        ProcessInstance offen = runtime.startProcessInstanceByKey("dms-vergabe", GEOEFFNET, Demoausschreibung.startformular());
        management.executeJob(management.createJobQuery().processInstanceId(offen.getId())
                .activityId("TimerEvent_AngebotsfristAbgelaufen").singleResult().getId());
        Task oeffnen = tasks.createTaskQuery().processInstanceId(offen.getId()).taskDefinitionKey("UserTask_AngeboteOeffnen").singleResult();
        tasks.claim(oeffnen.getId(), "vergabe1");
        tasks.complete(oeffnen.getId(), Demooeffnung.oeffnungsformular());
    }

    private EngineRest api(String benutzer) {
        return new EngineRest(port, "", benutzer, "demo");
    }

    private JsonNode verfahren(JsonNode antwort, String aktenzeichen) {
        for (JsonNode v : antwort.path("verfahren")) {
            if (aktenzeichen.equals(v.path("aktenzeichen").asText())) {
                return v;
            }
        }
        throw new AssertionError(aktenzeichen + " fehlt in " + antwort);
    }

    @Test
    void nurVergabestelleProjektleitungUndBetriebLesenDieUebersicht() {
        for (String benutzer : List.of("bewerter1", "ratsbuero", "ivl")) {
            EngineRest.Antwort a = api(benutzer).get("/api/vergaben/uebersicht");
            assertThat(a.status()).as(benutzer).isEqualTo(403);
            assertThat(a.body().path("fehler").asText()).contains("nur für Vergabestelle, Projektleitung und Betrieb");
            // one format of refusals for every endpoint of ours: RFC 9457 problem details (web/Fehlerantworten)
            assertThat(a.body().path("status").asInt()).isEqualTo(403);
            assertThat(a.body().path("title").asText()).isEqualTo("Keine Berechtigung");
            assertThat(a.body().toString()).doesNotContain(VOR_OEFFNUNG);
        }
        // a wrong password locks the user for a while: one no other check here needs
        assertThat(new EngineRest(port, "", "ivl", "falsch").get("/api/vergaben/uebersicht").status()).isEqualTo(401);
        for (String benutzer : List.of("vergabe1", "projektleitung", "admin")) {
            assertThat(api(benutzer).get("/api/vergaben/uebersicht").status()).as(benutzer).isEqualTo(200);
        }
    }

    @Test
    void vorDerOeffnungStandFristUndOffeneSchritteOhnePreise() {
        EngineRest.Antwort a = api("projektleitung").get("/api/vergaben/uebersicht");
        assertThat(a.status()).isEqualTo(200);
        JsonNode v = verfahren(a.body(), VOR_OEFFNUNG);
        assertThat(v.path("titel").asText()).isEqualTo("Einführung eines Dokumentenmanagementsystems (DMS)");
        assertThat(v.path("stand").asText()).isEqualTo("eingeleitet");
        // the milestone line: set-up is the current one, nothing done yet
        List<String> zustaende = new ArrayList<>();
        v.path("meilensteine").forEach(m -> zustaende.add(m.path("meilenstein").asText() + "=" + m.path("zustand").asText()));
        assertThat(zustaende).containsExactly("EINLEITUNG=AKTUELL", "OEFFNUNG=OFFEN", "PRUEFUNG=OFFEN", "WERTUNG=OFFEN", "RAT=OFFEN",
                "WARTEFRIST=OFFEN", "ZUSCHLAG=OFFEN", "BEKANNTMACHUNG=OFFEN", "VERGABEVERMERK=OFFEN");
        // offers until 09.11.2021 00:00, i.e. the end of Monday 08.11.2021 (§ 82 VgV): long passed, the opening is overdue
        JsonNode frist = v.path("naechsteFrist");
        assertThat(frist.path("art").asText()).isEqualTo("ANGEBOTSFRIST");
        assertThat(frist.path("ueberfaellig").asBoolean()).isTrue();
        assertThat(frist.path("text").asText()).isEqualTo("Angebotsfrist abgelaufen (Ende des 08.11.2021): Öffnung der Angebote fällig (§ 55 VgV)");
        // who holds the open steps: the three declarations (§ 6 VgV), each with its evaluator's name
        List<String> schritte = new ArrayList<>();
        v.path("offeneSchritte").forEach(s -> schritte.add(s.path("aufgabe").asText() + " – " + s.path("bei").asText()));
        assertThat(schritte).containsExactlyInAnyOrder(
                "Erklärung zu Interessenkonflikten abgeben (§ 6 VgV) – Berta Bewerterin (FB 04)",
                "Erklärung zu Interessenkonflikten abgeben (§ 6 VgV) – Bernd Bewerter (FB 11)",
                "Erklärung zu Interessenkonflikten abgeben (§ 6 VgV) – Birgit Bewerterin (ivl)");
        assertThat(v.path("offeneRuegen").asInt()).isZero();
        assertThat(v.path("nachpruefungAnhaengig").asBoolean()).isFalse();
        assertThat(v.path("dokumentliste").asText()).isEqualTo("/api/vergaben/" + VOR_OEFFNUNG + "/dokumente");
        assertThat(a.body().toString()).doesNotContainIgnoringCase("preis");
        PREISE.forEach(p -> assertThat(a.body().toString()).doesNotContain(p));
    }

    @Test
    void nachDerErstoeffnungZeigtDieUebersichtDieGegenzeichnungAberKeinePreise() {
        EngineRest.Antwort a = api("projektleitung").get("/api/vergaben/uebersicht?aktenzeichen=" + GEOEFFNET);
        assertThat(a.status()).isEqualTo(200);
        assertThat(a.body().path("verfahren")).hasSize(1);
        JsonNode v = verfahren(a.body(), GEOEFFNET);
        assertThat(v.path("stand").asText()).isEqualTo("von der ersten Person geöffnet");
        assertThat(v.path("meilensteine").get(0).path("zustand").asText()).isEqualTo("ERLEDIGT");
        assertThat(v.path("meilensteine").get(1).path("zustand").asText()).isEqualTo("AKTUELL");
        // no legal date runs between the opening and the standstill
        assertThat(v.path("naechsteFrist").isNull()).isTrue();
        List<String> schritte = new ArrayList<>();
        v.path("offeneSchritte").forEach(s -> schritte.add(s.path("aufgabe").asText() + " – " + s.path("bei").asText()));
        assertThat(schritte).contains("Angebotsöffnung gegenzeichnen (2. Person) – Vergabestelle");
        // the prices are now in the Vergabeakte; the overview still carries none of them
        String body = a.body().toString();
        PREISE.forEach(p -> assertThat(body).doesNotContain(p));
        assertThat(body).doesNotContainIgnoringCase("preis").doesNotContain("punkte").doesNotContain("bewertungsbogen");
        // a running procedure's documents are linked as far as the caller may read them
        a.body().path("verfahren").get(0).path("dokumente")
                .forEach(d -> assertThat(d.path("url").asText()).startsWith("/api/vergaben/" + GEOEFFNET + "/dokumente/"));
    }

    @Test
    void einUnbekanntesAktenzeichenErgibtEineLeereListe() {
        EngineRest.Antwort a = api("vergabe1").get("/api/vergaben/uebersicht?aktenzeichen=VG-GIBT-ES-NICHT");
        assertThat(a.status()).isEqualTo(200);
        assertThat(a.body().path("verfahren")).isEmpty();
    }
}
