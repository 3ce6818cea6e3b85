package de.leverkusen.vergabe.lizenz.ivl;

import static de.leverkusen.vergabe.lizenz.ivl.IvlAttrappe.Skript.status;
import static de.leverkusen.vergabe.lizenz.ivl.IvlAttrappe.Skript.verspaetet;
import static org.assertj.core.api.Assertions.assertThat;

import de.leverkusen.vergabe.konfiguration.Demoausschreibung;
import de.leverkusen.vergabe.lizenz.Lizenzbestellung;
import de.leverkusen.vergabe.lizenz.LizenzbestellungService;
import de.leverkusen.vergabe.rest.EngineRest;
import de.leverkusen.vergabe.verfahren.Ratsbeschluss;
import de.leverkusen.vergabe.verfahren.Verfahrensart;
import de.leverkusen.vergabe.verfahren.Vergabe;
import de.leverkusen.vergabe.verfahren.VergabeService;
import de.leverkusen.vergabe.verfahren.Vergabeantrag;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.camunda.bpm.client.task.ExternalTask;
import org.camunda.bpm.engine.ExternalTaskService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.externaltask.ExternalTaskQuery;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The licence order through the real worker (official external task client, HTTP Basic as ivl-worker against the
 * application's /engine-rest) to a stand-in for ivl on loopback that deduplicates by Idempotency-Key: whatever fails,
 * ivl accepts exactly one order per order number. ivl's confirmation goes through the real REST API as user ivl.
 * Each test starts its own worker (the in-app worker is off in the test profile) with short waits.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class IvlBestellungIntegrationTest {

    private static final Duration HOECHSTENS = Duration.ofSeconds(30);
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static IvlAttrappe ivl;

    @LocalServerPort
    int port;
    @Autowired
    VergabeService vergaben;
    @Autowired
    LizenzbestellungService lizenzen;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    org.camunda.bpm.engine.ManagementService management;
    @Autowired
    TaskService taskService;
    @Autowired
    ExternalTaskService externalTaskService;

    private String bk;
    private String instanz;
    private IvlWorker worker;

    @BeforeAll
    static void ivlStarten() throws Exception {
        ivl = new IvlAttrappe();
    }

    @AfterAll
    static void ivlBeenden() {
        ivl.close();
    }

    @BeforeEach
    void zuschlagErteilt() {
        ivl.zuruecksetzen();
        bk = "VG-IVL-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        Vergabe v = vergaben.anlegen(new Vergabeantrag(bk, Demoausschreibung.VERFAHRENSKENNUNG, "Einführung eines Dokumentenmanagementsystems (DMS)",
                Verfahrensart.OFFENES_VERFAHREN, null, new BigDecimal("1250000.00"), OffsetDateTime.parse("2021-11-09T00:00:00+01:00"),
                LocalDate.of(2021, 10, 7), true, false, LocalDate.of(2021, 12, 7), LocalDate.of(2021, 12, 9), List.of("bewerter1"),
                List.of(new Vergabeantrag.Bieter("Kommunal-DMS AG", "angebote@kommunal-dms.example"))), "vergabe1");
        // the Vergabeakte through its stages up to the award (the domain refuses any other order)
        vergaben.oeffnen(v.getId(), "vergabe1", true, "Angebot fristgerecht eingegangen", Map.of("Kommunal-DMS AG", new BigDecimal("389500.00")));
        vergaben.gegenzeichnen(v.getId(), "vergabe2", true, "Öffnung gegengezeichnet");
        Long angebot = vergaben.angebote(v.getId()).get(0).getId();
        vergaben.zulassen(angebot, "geeignet");
        vergaben.praesentationenPlanen(v.getId());
        vergaben.wertungFestgestellt(v.getId(), angebot);
        vergaben.beschlussvorlage(v.getId(), "vergabe1", "2022/0042", "Vergabe DMS", true);
        vergaben.ratsbeschluss(v.getId(), "ratsbuero", Ratsbeschluss.ZUGESTIMMT, LocalDate.of(2022, 2, 10), "einstimmig");
        vergaben.bieterInformiert(v.getId(), LocalDate.of(2022, 2, 22));
        // the procedure from the award on (the stages before are covered by DmsVergabeProzessTest and GanzeAusschreibungRestTest)
        instanz = runtimeService.createProcessInstanceByKey("dms-vergabe").businessKey(bk)
                .startBeforeActivity("ServiceTask_ZuschlagDokumentieren")
                .setVariable("vergabeId", v.getId()).setVariable("bestbieterAngebotId", angebot)
                .setVariable("bestbieter", "Kommunal-DMS AG").setVariable("titel", "Einführung DMS")
                .setVariable("zuschlagVermerk", "Zuschlag elektronisch erteilt.")
                .execute().getId();
        // the § 62 letters leave the outbox in their send task (asyncBefore; the job executor is off in tests)
        management.executeJob(management.createJobQuery().processInstanceId(instanz)
                .activityId("ServiceTask_ZuschlagsinformationVersenden").singleResult().getId());
        assertThat(aufgabe("UserTask_LizenzbestellungPruefen")).isNotNull();
    }

    @AfterEach
    void aufraeumen() {
        if (worker != null) {
            worker.close();
        }
        if (runtimeService.createProcessInstanceQuery().processInstanceId(instanz).count() > 0) {
            runtimeService.deleteProcessInstance(instanz, "Testende");
        }
    }

    @Test
    void bestellungAngenommen_ivlBestaetigtUeberDieRestApi() {
        worker = workerStarten(t -> { });
        pruefenUndFreigeben();

        wartenAufUebermittlung();
        assertThat(ivl.angenommeneBestellungen()).isEqualTo(1);
        var auftrag = ivl.angenommen(bestellnummer());
        assertThat(auftrag.path("bestellnummer").asText()).isEqualTo(bestellnummer());
        assertThat(auftrag.path("aktenzeichen").asText()).isEqualTo(bk);
        assertThat(auftrag.path("loiReferenz").asText()).isEqualTo("LoI DMS Stadt Leverkusen / ivl");
        assertThat(auftrag.path("vorlageNummer").asText()).isEqualTo("2022/0042");
        assertThat(auftrag.path("ratsbeschlussDatum").asText()).isEqualTo("2022-02-10");
        assertThat(auftrag.path("auftragnehmer").asText()).isEqualTo("Kommunal-DMS AG");
        assertThat(auftrag.path("lizenzart").asText()).isEqualTo("NAMED_USER");
        assertThat(auftrag.path("anzahlLizenzen").asInt()).isEqualTo(1900);
        assertThat(auftrag.path("preisNetto").decimalValue()).isEqualByComparingTo("389500.00");
        assertThat(auftrag.path("waehrung").asText()).isEqualTo("EUR");
        assertThat(auftrag.path("kostenstelle").asText()).isEqualTo("040100");
        assertThat(auftrag.path("liefertermin").asText()).isEqualTo(LocalDate.now(BERLIN).plusDays(30).toString());
        assertThat(ivl.anfragen()).extracting(IvlAttrappe.Anfrage::idempotencyKey).containsExactly(bestellnummer());

        // ivl reads the order it was sent and confirms it with its reference through its API (it has no right on the
        // process instance, so the engine's message call is refused)
        EngineRest alsIvl = new EngineRest(port, "", "ivl", "demo");
        assertThat(alsIvl.get("/api/ivl/bestellungen/" + bestellnummer()).body().path("anzahlLizenzen").asInt()).isEqualTo(1900);
        assertThat(new EngineRest(port, "ivl", "demo").post("/message", bestaetigung("IVL-AUF-2022-0815")).status())
                .as("engine message call").isIn(400, 403);
        assertThat(alsIvl.post(bestaetigungspfad(), Map.of()).status()).as("without reference").isEqualTo(400);
        EngineRest.Antwort antwort = alsIvl.post(bestaetigungspfad(), Map.of("ivlReferenz", "IVL-AUF-2022-0815"));
        assertThat(antwort.status()).as(antwort.body().toString()).isEqualTo(204);
        assertThat(aufgabe("UserTask_LizenzbereitstellungErfassen")).isNotNull();
        Lizenzbestellung bestaetigt = lizenzen.bestellung(bestellnummer());
        assertThat(bestaetigt.getStatus()).isEqualTo(Lizenzbestellung.Status.BESTAETIGT);
        assertThat(bestaetigt.getIvlReferenz()).isEqualTo("IVL-AUF-2022-0815");
        assertThat(taskService.getVariable(aufgabe("UserTask_LizenzbereitstellungErfassen").getId(), "ivlReferenz"))
                .isEqualTo("IVL-AUF-2022-0815");
    }

    @Test
    void zweimal503_dannAngenommen_genauEineBestellung() {
        ivl.antworten(status(503, "{\"meldung\":\"Wartung\"}"), status(503, null));
        worker = workerStarten(t -> { });
        pruefenUndFreigeben();

        wartenAufUebermittlung();
        assertThat(ivl.anfragen()).extracting(IvlAttrappe.Anfrage::antwort).containsExactly(503, 503, 201);
        assertThat(ivl.anfragen()).extracting(IvlAttrappe.Anfrage::idempotencyKey).containsOnly(bestellnummer());
        assertThat(ivl.angenommeneBestellungen()).isEqualTo(1);
    }

    @Test
    void zeitueberschreitung_ivlHatDieBestellungDochErhalten_wiederholungWirdNichtZweimalAngenommen() {
        // ivl takes the order but answers after the worker's timeout (2 s): the retry gets 409, which counts as accepted
        ivl.antworten(verspaetet(3_000));
        worker = workerStarten(t -> { });
        pruefenUndFreigeben();

        wartenAufUebermittlung();
        assertThat(ivl.anfragen()).extracting(IvlAttrappe.Anfrage::antwort).containsExactlyInAnyOrder(201, 409);
        assertThat(ivl.angenommeneBestellungen()).isEqualTo(1);
    }

    @Test
    void wiederholungenErschoepft_stoerungMitGrund_wiederholungenSetzenSetztFort() {
        ivl.antworten(status(503, null), status(503, null), status(503, null), status(503, "{\"meldung\":\"Wartung bis 18 Uhr\"}"));
        worker = workerStarten(t -> { });
        pruefenUndFreigeben();

        warten("Störung", () -> runtimeService.createIncidentQuery().processInstanceId(instanz).count() == 1);
        Incident stoerung = runtimeService.createIncidentQuery().processInstanceId(instanz).singleResult();
        assertThat(stoerung.getIncidentType()).isEqualTo("failedExternalTask");
        assertThat(stoerung.getIncidentMessage()).contains(bestellnummer(), "HTTP 503", "Wartung bis 18 Uhr");
        assertThat(bestellaufgabe().singleResult().getRetries()).isZero();
        assertThat(ivl.anfragen()).hasSize(4);
        assertThat(ivl.angenommeneBestellungen()).isZero();

        // operations resolve the incident (Cockpit: increment retries); ivl is back
        externalTaskService.setRetries(bestellaufgabe().singleResult().getId(), 1);
        wartenAufUebermittlung();
        assertThat(runtimeService.createIncidentQuery().processInstanceId(instanz).count()).isZero();
        assertThat(ivl.angenommeneBestellungen()).isEqualTo(1);
        assertThat(ivl.anfragen()).extracting(IvlAttrappe.Anfrage::idempotencyKey).containsOnly(bestellnummer());
    }

    @Test
    void abgelehnt400_zurueckZurVergabestelleMitDerMeldung() {
        ivl.antworten(status(400, "{\"meldung\":\"Kostenstelle 040100 ist für die Stadt Leverkusen nicht freigegeben\"}"));
        worker = workerStarten(t -> { });
        pruefenUndFreigeben();

        warten("erneute Prüfung", () -> aufgabe("UserTask_LizenzbestellungPruefen") != null);
        Task pruefen = aufgabe("UserTask_LizenzbestellungPruefen");
        assertThat(taskService.getVariable(pruefen.getId(), "ivlAblehnung"))
                .isEqualTo("Kostenstelle 040100 ist für die Stadt Leverkusen nicht freigegeben");
        assertThat(lizenzen.bestellung(bestellnummer()).getStatus()).isEqualTo(Lizenzbestellung.Status.ABGELEHNT);
        assertThat(ivl.angenommeneBestellungen()).isZero();

        // corrected and released again: the same order number, accepted once
        Map<String, Object> korrigiert = pruefwerte();
        korrigiert.put("kostenstelle", "0401200");
        absenden(pruefen, korrigiert);
        wartenAufUebermittlung();
        assertThat(ivl.angenommeneBestellungen()).isEqualTo(1);
        assertThat(ivl.angenommen(bestellnummer()).path("kostenstelle").asText()).isEqualTo("0401200");
    }

    @Test
    void workerAngehaltenZwischenSendenUndAbschliessen_neustartSendetErneut_keineZweiteBestellung() {
        // the first worker sends the order and dies before it reports the result
        AtomicBoolean gesendet = new AtomicBoolean();
        worker = workerStarten(t -> {
            gesendet.set(true);
            throw new IllegalStateException("Absturz zwischen Senden und Abschließen (simuliert)");
        });
        pruefenUndFreigeben();
        warten("erste Übermittlung", gesendet::get);
        worker.close();
        worker = null;
        assertThat(ivl.angenommeneBestellungen()).isEqualTo(1);
        assertThat(bestellaufgabe().locked().count()).as("still locked by the stopped worker").isEqualTo(1);

        // restart: once the lock has expired the new worker sends again with the same key; ivl answers 409
        worker = workerStarten(t -> { });
        wartenAufUebermittlung();
        assertThat(ivl.anfragen()).extracting(IvlAttrappe.Anfrage::antwort).containsExactly(201, 409);
        assertThat(ivl.anfragen()).extracting(IvlAttrappe.Anfrage::idempotencyKey).containsOnly(bestellnummer());
        assertThat(ivl.angenommeneBestellungen()).isEqualTo(1);
    }

    // ---------------------------------------------------------------------------------------------------------

    private IvlWorker workerStarten(Consumer<ExternalTask> nachDemSenden) {
        IvlEigenschaften eigenschaften = new IvlEigenschaften(ivl.url(), IvlAttrappe.BENUTZER, IvlAttrappe.PASSWORT,
                Duration.ofSeconds(2), 10, new IvlEigenschaften.Worker(true, "ivl-worker", "demo", null,
                List.of(Duration.ofMillis(200), Duration.ofMillis(200), Duration.ofMillis(200)), Duration.ofSeconds(4),
                Duration.ofSeconds(1)));
        return IvlWorker.starten("http://localhost:" + port + "/engine-rest", eigenschaften, nachDemSenden);
    }

    private String bestellnummer() {
        return "IVL-" + bk;
    }

    private Map<String, Object> pruefwerte() {
        Map<String, Object> werte = new HashMap<>();
        werte.put("loiReferenz", "LoI DMS Stadt Leverkusen / ivl");
        werte.put("lizenzanzahl", 1900L);
        werte.put("kostenstelle", "040100");
        werte.put("liefertermin", LocalDate.now(BERLIN).plusDays(30).toString());
        werte.put("lizenzPruefvermerk", "Bestellung gegen Zuschlag und Ratsbeschluss geprüft.");
        return werte;
    }

    /** The Vergabestelle releases the order through the REST API, as in Tasklist. */
    private void pruefenUndFreigeben() {
        absenden(aufgabe("UserTask_LizenzbestellungPruefen"), pruefwerte());
    }

    private void absenden(Task task, Map<String, Object> werte) {
        EngineRest vergabe1 = new EngineRest(port, "vergabe1", "demo");
        assertThat(vergabe1.post("/task/" + task.getId() + "/claim", Map.of("userId", "vergabe1")).status()).isEqualTo(204);
        EngineRest.Antwort antwort = vergabe1.formularAbsenden(task.getId(), werte);
        assertThat(antwort.status()).as(String.valueOf(antwort.body())).isEqualTo(204);
    }

    private String bestaetigungspfad() {
        return "/api/ivl/bestellungen/" + bestellnummer() + "/bestaetigung";
    }

    private Map<String, Object> bestaetigung(String ivlReferenz) {
        Map<String, Object> nachricht = new HashMap<>();
        nachricht.put("messageName", "IvlBestellungBestaetigt");
        nachricht.put("correlationKeys", Map.of("bestellnummer", Map.of("value", bestellnummer(), "type", "String")));
        if (ivlReferenz != null) {
            nachricht.put("processVariables", Map.of("ivlReferenz", Map.of("value", ivlReferenz, "type", "String")));
        }
        return nachricht;
    }

    private void wartenAufUebermittlung() {
        warten("Übermittlung abgeschlossen", () -> lizenzen.bestellung(bestellnummer()).getStatus() == Lizenzbestellung.Status.UEBERMITTELT);
        assertThat(bestellaufgabe().count()).isZero();
        assertThat(runtimeService.createExecutionQuery().processInstanceId(instanz).activityId("TimerEvent_IvlBestaetigungsfristAbgelaufen")
                .count()).isEqualTo(1);
    }

    private ExternalTaskQuery bestellaufgabe() {
        return externalTaskService.createExternalTaskQuery().processInstanceId(instanz).topicName("ivl-lizenzbestellung");
    }

    private Task aufgabe(String key) {
        return taskService.createTaskQuery().processInstanceId(instanz).taskDefinitionKey(key).singleResult();
    }

    private static void warten(String was, BooleanSupplier bedingung) {
        long ende = System.nanoTime() + HOECHSTENS.toNanos();
        while (!bedingung.getAsBoolean()) {
            if (System.nanoTime() > ende) {
                throw new AssertionError("nicht eingetreten in " + HOECHSTENS.toSeconds() + " s: " + was);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
