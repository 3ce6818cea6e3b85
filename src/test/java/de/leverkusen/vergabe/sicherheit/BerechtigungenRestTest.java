package de.leverkusen.vergabe.sicherheit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import de.leverkusen.vergabe.konfiguration.Demoausschreibung;
import de.leverkusen.vergabe.konfiguration.Demooeffnung;
import de.leverkusen.vergabe.rest.EngineRest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Who may do what, proved through the REST API as the user concerned: a table of (user, call, expected status)
 * over every role, with the confidentiality rules (offers before the opening, evaluators' sheets) and bad input.
 * The procedures are driven to the scoring stage through the Java API first (as the engine, without a user).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BerechtigungenRestTest {

    private static final String IN_WERTUNG = "VG-RECHTE-WERTUNG";
    private static final String VOR_OEFFNUNG = "VG-RECHTE-VOR-OEFFNUNG";

    @LocalServerPort
    int port;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    ManagementService management;
    @Autowired
    IdentityService identity;

    ProcessInstance wertung;
    ProcessInstance vorOeffnung;
    String bogenBewerter1;
    String bogenBewerter2;
    String instanzBogenBewerter2;

    record Fall(String name, String benutzer, String methode, String pfad, Object body, int status, Consumer<JsonNode> pruefung) {
    }

    @BeforeAll
    void verfahrenVorbereiten() {
        vorOeffnung = runtime.startProcessInstanceByKey("dms-vergabe", VOR_OEFFNUNG, Demoausschreibung.startformular());
        wertung = runtime.startProcessInstanceByKey("dms-vergabe", IN_WERTUNG, Demoausschreibung.startformular());
        timer(wertung, "TimerEvent_AngebotsfristAbgelaufen");
        erledigeAlle("UserTask_InteressenkonfliktErklaeren", Map.of("interessenkonflikt", "NEIN"));
        Task oeffnen = eine("UserTask_AngeboteOeffnen");
        tasks.claim(oeffnen.getId(), "vergabe1");
        tasks.complete(oeffnen.getId(), Demooeffnung.oeffnungsformular());
        Task gegenzeichnen = eine("UserTask_OeffnungGegenzeichnen");
        tasks.claim(gegenzeichnen.getId(), "vergabe2");
        tasks.complete(gegenzeichnen.getId(), Map.of("gegenzeichnungVermerk", "Öffnung gemeinsam durchgeführt."));
        erledigeAlle("UserTask_FormalePruefung", Map.of("formalePruefung", "VOLLSTAENDIG", "formalePruefungVermerk", "vollständig vorgelegt"));
        erledigeAlle("UserTask_AusschlussgruendePruefen", Map.of("ausschlussgrund", "KEINER", "ausschlussgruendeVermerk", "keine Ausschlussgründe"));
        erledigeAlle("UserTask_EignungPruefen", Map.of("befaehigungBerufsausuebung", "ERFUELLT",
                "wirtschaftlicheLeistungsfaehigkeit", "ERFUELLT", "technischeLeistungsfaehigkeit", "ERFUELLT"));
        for (int i = 0; i < 3; i++) {
            timer(wertung, "TimerEvent_PraesentationsterminErreicht");
        }
        erledigeAlle("UserTask_PraesentationProtokollieren", Map.of("anwesendeBewerter", "bewerter1, bewerter2, bewerter3",
                "praesentationProtokoll", "Präsentation mit Live-Demo durchgeführt."));
        bogenBewerter1 = tasks.createTaskQuery().processInstanceBusinessKey(IN_WERTUNG).taskAssignee("bewerter1").list().get(0).getId();
        Task bogen2 = tasks.createTaskQuery().processInstanceBusinessKey(IN_WERTUNG).taskAssignee("bewerter2").list().get(0);
        bogenBewerter2 = bogen2.getId();
        instanzBogenBewerter2 = bogen2.getProcessInstanceId();
        // a user of its own for the wrong password: a failed login locks the user for a while
        if (identity.createUserQuery().userId("gesperrt").count() == 0) {
            User u = identity.newUser("gesperrt");
            u.setPassword("richtig-und-lang");
            identity.saveUser(u);
            identity.createMembership("gesperrt", "ratsbuero");
        }
    }

    @TestFactory
    Stream<DynamicTest> rechteTabelle() {
        Map<String, Object> start = new HashMap<>(EngineRest.variablen(Demoausschreibung.startformular()));
        List<Fall> faelle = new ArrayList<>();
        // --- authentication
        faelle.add(new Fall("ohne Anmeldung", null, "GET", "/task", null, 401, null));
        faelle.add(new Fall("ohne Anmeldung: Prozessdefinitionen", null, "GET", "/process-definition", null, 401, null));
        faelle.add(new Fall("Versionsabfrage ist offen", null, "GET", "/engine", null, 200, b -> assertThat(b.toString()).contains("default")));
        faelle.add(new Fall("falsches Passwort", "gesperrt:falsch", "GET", "/task", null, 401,
                b -> assertThat(b.toString()).doesNotContain("gesperrt").doesNotContain("ratsbuero")));
        // --- starting the procedure
        faelle.add(new Fall("Vergabestelle startet", "vergabe1", "POST", "/process-definition/key/dms-vergabe/submit-form", start, 200, null));
        for (String b : List.of("bewerter1", "projektleitung", "ratsbuero", "ivl")) {
            faelle.add(new Fall(b + " startet nicht", b, "POST", "/process-definition/key/dms-vergabe/submit-form", start, 403, null));
        }
        faelle.add(new Fall("unbekannter Prozess", "vergabe1", "POST", "/process-definition/key/gibt-es-nicht/submit-form", start, 404, null));
        // --- offers before the opening: they do not exist anywhere, not even for the admin
        faelle.add(new Fall("vor der Öffnung keine Preise (Vergabestelle)", "vergabe1", "GET",
                "/process-instance/" + vorOeffnung.getId() + "/variables?deserializeValues=false", null, 200,
                b -> {
                    // the opening form's template names the bidders, with no price after the colon
                    assertThat(b.path("angebotspreise").path("value").asText()).isEqualTo(
                            "Aktenwerk Software GmbH: \nKommunal-DMS AG: \nRheinland Dokumentensysteme GmbH & Co. KG: ");
                    assertThat(b.toString()).doesNotContain("412000").doesNotContain("412.000");
                }));
        faelle.add(new Fall("vor der Öffnung keine Preise (Admin, Historie)", "admin", "GET",
                "/history/variable-instance?processInstanceId=" + vorOeffnung.getId() + "&deserializeValues=false", null, 200,
                b -> assertThat(b.toString()).doesNotContain("412000").doesNotContain("412.000")));
        // --- evaluators: only their own sheets
        faelle.add(new Fall("Bewerter sieht nur eigene Aufgaben", "bewerter1", "GET", "/task?processInstanceBusinessKey=" + IN_WERTUNG, null, 200,
                b -> assertThat(b).hasSize(3).allSatisfy(t -> assertThat(t.path("assignee").asText()).isEqualTo("bewerter1"))));
        faelle.add(new Fall("fremder Bogen: Aufgabe", "bewerter1", "GET", "/task/" + bogenBewerter2, null, 404, null));
        faelle.add(new Fall("fremder Bogen: Formularvariablen", "bewerter1", "GET", "/task/" + bogenBewerter2 + "/form-variables", null, 403, null));
        faelle.add(new Fall("fremder Bogen: Variablen", "bewerter1", "GET", "/task/" + bogenBewerter2 + "/variables", null, 403, null));
        faelle.add(new Fall("fremder Bogen: Variableninstanzen", "bewerter1", "GET", "/variable-instance?processInstanceIdIn=" + instanzBogenBewerter2, null, 200,
                b -> assertThat(b).isEmpty()));
        faelle.add(new Fall("fremder Bogen: Historie", "bewerter1", "GET", "/history/variable-instance?processInstanceId=" + instanzBogenBewerter2, null, 200,
                b -> assertThat(b).isEmpty()));
        faelle.add(new Fall("fremder Bogen: Aufgabenhistorie", "bewerter1", "GET", "/history/task?processInstanceId=" + instanzBogenBewerter2, null, 200,
                b -> assertThat(b).isEmpty()));
        faelle.add(new Fall("fremden Bogen abschließen", "bewerter1", "POST", "/task/" + bogenBewerter2 + "/submit-form",
                EngineRest.variablen(Map.of("punkteB1", 10)), 403, null));
        faelle.add(new Fall("eigenes Formular lädt (Tasklist)", "bewerter1", "GET", "/task/" + bogenBewerter1 + "/deployed-form", null, 200,
                b -> assertThat(b.path("id").asText()).isEqualTo("bewertungsbogen")));
        faelle.add(new Fall("Startformular lädt (Tasklist)", "vergabe1", "GET", "/process-definition/key/dms-vergabe/deployed-start-form", null, 200,
                b -> assertThat(b.path("id").asText()).isEqualTo("vergabe-starten")));
        faelle.add(new Fall("eigener Bogen ohne Preise", "bewerter1", "GET", "/task/" + bogenBewerter1 + "/form-variables?deserializeValues=false", null, 200,
                b -> assertThat(b.toString()).doesNotContain("412000").doesNotContain("389500").doesNotContain("455000").doesNotContain("preis")));
        faelle.add(new Fall("Bewerter liest das Verfahren nicht", "bewerter1", "GET", "/process-instance/" + wertung.getId() + "/variables", null, 403, null));
        faelle.add(new Fall("Bewerter sieht keine Vergabestellen-Aufgaben", "bewerter1", "GET", "/task?candidateGroup=vergabestelle", null, 200,
                b -> assertThat(b).isEmpty()));
        // --- Projektleitung: reads every procedure, works no other role's tasks, no sheets
        faelle.add(new Fall("Projektleitung liest Verfahren", "projektleitung", "GET", "/process-instance?businessKey=" + IN_WERTUNG, null, 200,
                b -> assertThat(b).hasSize(1)));
        faelle.add(new Fall("Projektleitung liest Historie", "projektleitung", "GET", "/history/activity-instance?processInstanceId=" + wertung.getId(), null, 200,
                b -> assertThat(b).isNotEmpty()));
        // Cockpit shows the project lead the user tasks of the procedures (READ_TASK), never those of the sheets
        faelle.add(new Fall("Projektleitung: keine Aufgaben der Bögen", "projektleitung", "GET", "/task?processInstanceBusinessKey=" + IN_WERTUNG, null, 200,
                b -> assertThat(b).noneSatisfy(t -> assertThat(t.path("processDefinitionId").asText()).startsWith("bewertungsbogen"))));
        faelle.add(new Fall("Projektleitung liest die Aufgaben des Verfahrens", "projektleitung", "GET", "/task?processInstanceId=" + vorOeffnung.getId(),
                null, 200, b -> assertThat(b).hasSize(3).allSatisfy(t -> assertThat(t.path("name").asText()).startsWith(VOR_OEFFNUNG + " · Erklärung zu Interessenkonflikten"))));
        String erklaerung = tasks.createTaskQuery().processInstanceId(vorOeffnung.getId()).list().get(0).getId();
        faelle.add(new Fall("Projektleitung weist keine Aufgabe zu", "projektleitung", "POST", "/task/" + erklaerung + "/assignee",
                Map.of("userId", "projektleitung"), 403, null));
        faelle.add(new Fall("Projektleitung ändert keine Aufgabenvariable", "projektleitung", "POST", "/task/" + erklaerung + "/variables",
                Map.of("modifications", Map.of("interessenkonflikt", Map.of("value", "JA", "type", "String"))), 403, null));
        faelle.add(new Fall("Projektleitung schließt keine fremde Aufgabe ab", "projektleitung", "POST", "/task/" + erklaerung + "/complete",
                Map.of(), 403, null));
        faelle.add(new Fall("Projektleitung: keine Bögen", "projektleitung", "GET", "/process-instance/" + instanzBogenBewerter2 + "/variables", null, 403, null));
        // --- Ratsbüro and ivl: nothing of this stage
        faelle.add(new Fall("Ratsbüro sieht keine Aufgaben dieser Stufe", "ratsbuero", "GET", "/task?processInstanceBusinessKey=" + IN_WERTUNG, null, 200,
                b -> assertThat(b).isEmpty()));
        faelle.add(new Fall("Ratsbüro liest das Verfahren nicht", "ratsbuero", "GET", "/process-instance/" + wertung.getId() + "/variables", null, 403, null));
        faelle.add(new Fall("ivl sieht keine Aufgaben", "ivl", "GET", "/task", null, 200, b -> assertThat(b).isEmpty()));
        faelle.add(new Fall("ivl liest das Verfahren nicht", "ivl", "GET", "/process-instance/" + wertung.getId() + "/variables", null, 403, null));
        faelle.add(new Fall("ivl: vor dem Zuschlag keine Bestellung", "ivl", "POST", "/external-task/fetchAndLock",
                Map.of("workerId", "ivl", "maxTasks", 5, "topics", List.of(Map.of("topicName", "ivl-lizenzbestellung", "lockDuration", 1000))), 200,
                b -> assertThat(b).isEmpty()));
        // --- Vergabestelle: its tasks, not the sheets
        faelle.add(new Fall("Vergabestelle liest das Verfahren", "vergabe1", "GET", "/process-instance/" + wertung.getId() + "/variables", null, 200, null));
        faelle.add(new Fall("Vergabestelle liest keine Bögen", "vergabe1", "GET", "/process-instance/" + instanzBogenBewerter2 + "/variables", null, 403, null));
        faelle.add(new Fall("Vergabestelle schließt keinen Bogen ab", "vergabe1", "POST", "/task/" + bogenBewerter2 + "/submit-form",
                EngineRest.variablen(Map.of("punkteB1", 10)), 403, null));
        // --- bad input: clear 4xx, nothing executed
        faelle.add(new Fall("Ausdruck in Abfrage", "vergabe1", "GET", "/task?assigneeExpression=%24%7BcurrentUser()%7D", null, 400,
                b -> assertThat(b.path("message").asText()).contains("Expressions are forbidden")));
        faelle.add(new Fall("Skript im Textfeld", "vergabe1", "POST", "/process-definition/key/dms-vergabe/submit-form",
                mit(start, "titel", "<script>alert('x')</script> DMS"), 400,
                b -> assertThat(b.path("message").asText()).contains("Feld 'titel'", "keine HTML-Auszeichnungen")));
        faelle.add(new Fall("falscher Typ", "vergabe1", "POST", "/process-definition/key/dms-vergabe/submit-form",
                mit(start, "wertungGewichtLeistung", true), 400, b -> assertThat(b.path("message").asText()).contains("Feld 'wertungGewichtLeistung'", "Zahl erwartet")));
        faelle.add(new Fall("Vergabestelle verschiebt keine Token", "vergabe1", "POST", "/process-instance/" + wertung.getId() + "/modification",
                Map.of("instructions", List.of(Map.of("type", "startBeforeActivity", "activityId", "UserTask_ZuschlagErteilen"))), 403, null));
        faelle.add(new Fall("Vergabestelle setzt keine Variablen am Verfahren", "vergabe1", "POST", "/process-instance/" + wertung.getId() + "/variables",
                Map.of("modifications", Map.of("vergabeId", Map.of("value", 1, "type", "Long"))), 403, null));
        // --- the Vergabestelle's own actions: review application, immediate appeal, complaint
        faelle.add(new Fall("Nachprüfungsantrag ohne Anmeldung", null, "POST", "/api/vergaben/" + IN_WERTUNG + "/nachpruefungsantrag", Map.of(), 401, null));
        faelle.add(new Fall("Nachprüfungsantrag durch Bewerter", "bewerter1", "POST", "/api/vergaben/" + IN_WERTUNG + "/nachpruefungsantrag", Map.of(), 403, null));
        // (in any stage before the award, issue 16 item 4; here refused only for a service date in the future)
        faelle.add(new Fall("Nachprüfungsantrag mit Zustellung in der Zukunft", "vergabe1", "POST", "/api/vergaben/" + IN_WERTUNG + "/nachpruefungsantrag",
                Map.of("zugestelltAm", "2099-01-01"), 400, b -> assertThat(b.path("fehler").asText()).contains("Feld 'zugestelltAm'", "Zukunft")));
        faelle.add(new Fall("Sofortige Beschwerde durch Bewerter", "bewerter1", "POST", "/api/vergaben/" + IN_WERTUNG + "/sofortige-beschwerde",
                Map.of("eingelegtAm", "2021-12-01"), 403, null));
        faelle.add(new Fall("Sofortige Beschwerde ohne ablehnende Entscheidung der Kammer", "vergabe1", "POST", "/api/vergaben/" + IN_WERTUNG
                + "/sofortige-beschwerde", Map.of("eingelegtAm", "2021-12-01"), 409,
                b -> assertThat(b.path("fehler").asText()).contains("keine ablehnende Entscheidung der Vergabekammer")));
        faelle.add(new Fall("Rüge durch Bewerter", "bewerter1", "POST", "/api/vergaben/" + IN_WERTUNG + "/ruege",
                Map.of("bieter", "Aktenwerk Software GmbH", "inhalt", "Die Wertung sei fehlerhaft."), 403, null));
        faelle.add(new Fall("Rüge eines unbekannten Bieters", "vergabe1", "POST", "/api/vergaben/" + IN_WERTUNG + "/ruege",
                Map.of("bieter", "Niemand GmbH", "inhalt", "Die Wertung sei fehlerhaft."), 400, b -> assertThat(b.path("fehler").asText()).contains("Feld 'bieter'")));
        faelle.add(new Fall("Rüge mit Skript", "vergabe1", "POST", "/api/vergaben/" + IN_WERTUNG + "/ruege",
                Map.of("bieter", "Aktenwerk Software GmbH", "inhalt", "<script>alert(1)</script> Wertung fehlerhaft"), 400,
                b -> assertThat(b.path("fehler").asText()).contains("Feld 'inhalt'")));
        faelle.add(new Fall("Rüge ohne den Tag der Kenntnis", "vergabe1", "POST", "/api/vergaben/" + IN_WERTUNG + "/ruege",
                Map.of("bieter", "Aktenwerk Software GmbH", "inhalt", "Die Wertung sei fehlerhaft."), 400,
                b -> assertThat(b.path("fehler").asText()).contains("Feld 'kenntnisAm'")));
        faelle.add(new Fall("Rüge mit Kenntnis nach dem Eingang", "vergabe1", "POST", "/api/vergaben/" + IN_WERTUNG + "/ruege",
                Map.of("bieter", "Aktenwerk Software GmbH", "inhalt", "Die Wertung sei fehlerhaft.", "kenntnisAm", "2021-12-10",
                        "eingegangenAm", "2021-12-09"), 400, b -> assertThat(b.path("fehler").asText()).contains("Feld 'kenntnisAm'")));
        // --- ranking and matrix of a procedure: Vergabestelle, Projektleitung, admin; 409 until the consolidation is done
        String wertungPfad = "/api/vergaben/" + IN_WERTUNG + "/wertung";
        faelle.add(new Fall("Wertung ohne Anmeldung", null, "GET", wertungPfad, null, 401, null));
        faelle.add(new Fall("Wertung durch Bewerter", "bewerter1", "GET", wertungPfad, null, 403, null));
        faelle.add(new Fall("Bewertungsmatrix durch Bewerter", "bewerter1", "GET", wertungPfad + "/matrix.xlsx", null, 403, null));
        faelle.add(new Fall("Wertung durch ivl", "ivl", "GET", wertungPfad, null, 403, null));
        faelle.add(new Fall("Wertung durch Ratsbüro", "ratsbuero", "GET", wertungPfad, null, 403, null));
        faelle.add(new Fall("Wertung vor der Konsolidierung", "vergabe1", "GET", wertungPfad, null, 409,
                b -> assertThat(b.path("fehler").asText()).contains("noch nicht vor")));
        faelle.add(new Fall("Bewertungsmatrix vor der Konsolidierung", "projektleitung", "GET", wertungPfad + "/matrix.xlsx", null, 409, null));
        faelle.add(new Fall("Wertung eines unbekannten Verfahrens", "admin", "GET", "/api/vergaben/VG-GIBT-ES-NICHT/wertung", null, 404, null));
        faelle.add(new Fall("Nachprüfungsantrag für unbekanntes Verfahren", "vergabe1", "POST", "/api/vergaben/VG-GIBT-ES-NICHT/nachpruefungsantrag", Map.of(), 404, null));

        return faelle.stream().map(f -> DynamicTest.dynamicTest(f.name() + " (" + f.benutzer() + " " + f.methode() + " " + f.pfad() + ")", () -> {
            EngineRest client = client(f.benutzer(), f.pfad());
            EngineRest.Antwort antwort = "GET".equals(f.methode()) ? client.get(f.pfad()) : client.post(f.pfad(), f.body());
            assertThat(antwort.status()).as(antwort.body().toString()).isEqualTo(f.status());
            if (f.pruefung() != null) {
                f.pruefung().accept(antwort.body());
            }
        }));
    }

    private EngineRest client(String benutzer, String pfad) {
        if (benutzer == null) {
            return EngineRest.anonym(port, pfad.startsWith("/api/") ? "" : "/engine-rest");
        }
        String[] teile = benutzer.split(":");
        return new EngineRest(port, pfad.startsWith("/api/") ? "" : "/engine-rest", teile[0], teile.length > 1 ? teile[1] : "demo");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> mit(Map<String, Object> startBody, String feld, Object wert) {
        Map<String, Object> variablen = new HashMap<>((Map<String, Object>) startBody.get("variables"));
        variablen.put(feld, Map.of("value", wert, "type", wert instanceof Boolean ? "Boolean" : "String"));
        return Map.of("variables", variablen);
    }

    private void timer(ProcessInstance instanz, String activityId) {
        management.executeJob(management.createJobQuery().processInstanceId(instanz.getId()).activityId(activityId).list().get(0).getId());
    }

    private Task eine(String taskDefinitionKey) {
        return tasks.createTaskQuery().processInstanceBusinessKey(IN_WERTUNG).taskDefinitionKey(taskDefinitionKey).singleResult();
    }

    private void erledigeAlle(String taskDefinitionKey, Map<String, Object> werte) {
        for (Task t : tasks.createTaskQuery().processInstanceBusinessKey(IN_WERTUNG).taskDefinitionKey(taskDefinitionKey).list()) {
            tasks.complete(t.getId(), werte);
        }
    }
}
