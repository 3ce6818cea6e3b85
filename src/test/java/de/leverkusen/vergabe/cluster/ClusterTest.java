package de.leverkusen.vergabe.cluster;

import static de.leverkusen.vergabe.cluster.Verfahrensschritte.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Two application nodes (JVMs of their own, profile {@code postgres}, job executors on) on one PostgreSQL database
 * (real binaries from Maven Central, {@link EingebettetesPostgres}). Each node names itself as the engine's
 * hostname (in the job log) and as the JDBC ApplicationName (in pg_stat_activity).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterTest {

    /** Short job lock, so that the test of a crashed node waits seconds, not the default five minutes. */
    private static final int SPERRDAUER_MS = 4000;

    private static EingebettetesPostgres postgres;
    private static String datenbank;
    private static final Map<String, Knoten> KNOTEN = new LinkedHashMap<>();

    @BeforeAll
    static void clusterStarten() {
        postgres = EingebettetesPostgres.starten(false);
        datenbank = postgres.neueDatenbank("vergabe");
        // one after the other: the first creates the schema, the users and the deployment, the second finds them
        for (String name : List.of("knoten-a", "knoten-b")) {
            KNOTEN.put(name, knoten(name));
        }
    }

    static Knoten knoten(String name) {
        Map<String, String> eigenschaften = new LinkedHashMap<>();
        eigenschaften.put("spring.profiles.active", "postgres");
        // the entities checked against the schema Flyway created on PostgreSQL (the application skips it on start)
        eigenschaften.put("spring.jpa.hibernate.ddl-auto", "validate");
        eigenschaften.put("vergabe.demo.verfahren-starten", "false");
        eigenschaften.put("vergabe.ivl.worker.enabled", "false");
        eigenschaften.put("camunda.bpm.job-execution.lock-time-in-millis", String.valueOf(SPERRDAUER_MS));
        eigenschaften.put("camunda.bpm.job-execution.wait-time-in-millis", "200");
        eigenschaften.put("camunda.bpm.job-execution.max-wait", "1000");
        eigenschaften.put("camunda.bpm.generic-properties.properties.hostname", name);
        // the database only from the environment, as an operator configures it
        Map<String, String> umgebung = Map.of("VERGABE_DB_URL", datenbank + "?ApplicationName=" + name,
                "VERGABE_DB_USER", EingebettetesPostgres.BENUTZER, "VERGABE_DB_PASSWORT", "");
        return Knoten.starten(name, eigenschaften, umgebung, List.of("-Xmx384m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"));
    }

    @AfterAll
    static void clusterBeenden() {
        KNOTEN.values().forEach(Knoten::close);
        if (postgres != null) {
            postgres.close();
        }
    }

    private static Rest a(String benutzer) {
        return new Rest(KNOTEN.get("knoten-a").port(), benutzer);
    }

    private static Rest b(String benutzer) {
        return new Rest(KNOTEN.get("knoten-b").port(), benutzer);
    }

    @Test
    @Order(1)
    void eineAufKnotenAErledigteAufgabeIstAufKnotenBSichtbarUndDerProzessGehtDortWeiter() {
        String key = "VG-CLUSTER-1";
        String instanz = starten(a("vergabe1"), key, startformular(jetzt().plusDays(1)));

        JsonNode erklaerung = eigeneAufgaben(a("bewerter1"), key, "UserTask_InteressenkonfliktErklaeren").get(0);
        a("bewerter1").erfolgreich(a("bewerter1").erledigen(erklaerung, erklaerung()));

        // node B sees the completion at once (same database, no cache of runtime data)
        assertThat(eigeneAufgaben(b("bewerter1"), key, "UserTask_InteressenkonfliktErklaeren")).isEmpty();
        assertThat(b("admin").lesen("/history/task?taskId=" + erklaerung.path("id").asText()).get(0)
                .path("deleteReason").asText()).isEqualTo("completed");
        // ... and continues the procedure: the other two declarations on B end the declarations' subprocess
        for (String bewerter : List.of("bewerter2", "bewerter3")) {
            Rest r = b(bewerter);
            r.erfolgreich(r.erledigen(eigeneAufgaben(r, key, "UserTask_InteressenkonfliktErklaeren").get(0), erklaerung()));
        }
        JsonNode unterprozess = a("admin").lesen("/history/activity-instance?processInstanceId=" + instanz
                + "&activityId=SubProcess_InteressenkonfliktErklaeren%23multiInstanceBody");
        assertThat(unterprozess).hasSize(1);
        assertThat(unterprozess.get(0).path("endTime").isNull()).as("declarations finished").isFalse();
        assertThat(a("admin").lesen("/history/variable-instance?processInstanceId=" + instanz + "&variableName=vergabeId")).hasSize(1);
    }

    @Test
    @Order(2)
    void einFaelligerTimerFeuertGenauEinmal() {
        // four procedures whose offer deadline ends a few seconds from now, while both job executors poll
        OffsetDateTime frist = jetzt().plusSeconds(5);
        List<String> instanzen = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            Rest r = i % 2 == 0 ? a("vergabe1") : b("vergabe1");
            instanzen.add(starten(r, "VG-CLUSTER-TIMER-" + i, startformular(frist)));
        }
        for (int i = 0; i < 4; i++) {
            warteAufAufgaben(a("vergabe1"), "VG-CLUSTER-TIMER-" + i, "UserTask_AngeboteOeffnen", 1);
        }
        // give a duplicate firing time to show up: longer than both nodes' polling interval and the job lock
        Knoten.schlafen(SPERRDAUER_MS + 1000);
        for (int i = 0; i < 4; i++) {
            String instanz = instanzen.get(i);
            assertThat(aufgaben(b("vergabe1"), "VG-CLUSTER-TIMER-" + i, "UserTask_AngeboteOeffnen")).hasSize(1);
            assertThat(a("admin").anzahl("/history/activity-instance/count?processInstanceId=" + instanz
                    + "&activityId=TimerEvent_AngebotsfristAbgelaufen&finished=true")).isEqualTo(1);
            assertThat(a("admin").anzahl("/history/job-log/count?processInstanceId=" + instanz
                    + "&activityIdIn=TimerEvent_AngebotsfristAbgelaufen&successLog=true")).isEqualTo(1);
            assertThat(a("admin").anzahl("/job/count?processInstanceId=" + instanz + "&timers=true&activityId=TimerEvent_AngebotsfristAbgelaufen"))
                    .isZero();
        }
        // the timer was not due before its time (the task's creation is not earlier than the deadline)
        for (int i = 0; i < 4; i++) {
            JsonNode task = aufgaben(a("vergabe1"), "VG-CLUSTER-TIMER-" + i, "UserTask_AngeboteOeffnen").get(0);
            assertThat(OffsetDateTime.parse(task.path("created").asText(), ZEITSTEMPEL)).isAfterOrEqualTo(frist.withNano(0));
        }
    }

    @Test
    @Order(3)
    void gleichzeitigAbgegebeneBewertungsboegenAufBeidenKnotenGehenNichtVerloren() throws Exception {
        String key = "VG-CLUSTER-WERTUNG";
        String instanz = starten(b("vergabe1"), key, startformular());
        for (String bewerter : BEWERTER) {
            Rest r = a(bewerter);
            r.erfolgreich(r.erledigen(eigeneAufgaben(r, key, "UserTask_InteressenkonfliktErklaeren").get(0), erklaerung()));
        }
        // the offer deadline has passed: a job executor fires the timer; opening on B, countersigned on A
        b("vergabe1").erfolgreich(b("vergabe1").erledigen(warteAufAufgaben(b("vergabe1"), key, "UserTask_AngeboteOeffnen", 1).get(0), oeffnung()));
        a("vergabe2").erfolgreich(a("vergabe2").erledigen(aufgaben(a("vergabe2"), key, "UserTask_OeffnungGegenzeichnen").get(0), gegenzeichnung()));
        int n = 0;
        for (Map.Entry<String, Map<String, Object>> schritt : List.of(Map.entry("UserTask_FormalePruefung", formalePruefung()),
                Map.entry("UserTask_AusschlussgruendePruefen", ausschlussgruende()), Map.entry("UserTask_EignungPruefen", eignung()))) {
            for (JsonNode t : warteAufAufgaben(a("vergabe1"), key, schritt.getKey(), 3)) {
                Rest r = n++ % 2 == 0 ? a("vergabe1") : b("vergabe1");
                r.erfolgreich(r.erledigen(t, schritt.getValue()));
            }
        }
        // the presentation slots (December 2021) are due: the job executors fire the three slot timers
        for (JsonNode t : warteAufAufgaben(a("vergabe1"), key, "UserTask_PraesentationProtokollieren", 3)) {
            Rest r = n++ % 2 == 0 ? a("vergabe1") : b("vergabe1");
            r.erfolgreich(r.erledigen(t, praesentation()));
        }

        // nine sheets (three evaluators x three offers), all submitted at the same moment, alternately on A and B
        List<Rest.Antwort> antworten = new ArrayList<>();
        List<Runnable> abgaben = new ArrayList<>();
        for (String bewerter : BEWERTER) {
            for (JsonNode bogen : warteAufEigeneAufgaben(a(bewerter), key, "UserTask_BewertungsbogenAusfuellen", 3)) {
                Rest r = abgaben.size() % 2 == 0 ? a(bewerter) : b(bewerter);
                abgaben.add(() -> {
                    Rest.Antwort antwort = r.erledigen(bogen, bogen(7));
                    synchronized (antworten) {
                        antworten.add(antwort);
                    }
                });
            }
        }
        CountDownLatch los = new CountDownLatch(1);
        ExecutorService clients = Executors.newFixedThreadPool(abgaben.size());
        List<Future<?>> laeufe = new ArrayList<>();
        for (Runnable abgabe : abgaben) {
            laeufe.add(clients.submit(() -> {
                los.await();
                abgabe.run();
                return null;
            }));
        }
        los.countDown();
        for (Future<?> f : laeufe) {
            f.get();
        }
        clients.shutdown();
        // every evaluator's submission was accepted: none had to be repeated
        assertThat(antworten).hasSize(9).allSatisfy(x -> assertThat(x.status()).as(x.body().toString()).isEqualTo(204));

        // the procedure continues once all sheets are in; conflicts between the nodes were retried by the job executors
        // one consolidation task per admitted offer
        warteAufAufgaben(a("vergabe1"), key, "UserTask_WertungKonsolidieren", 3);
        assertThat(a("admin").anzahl("/incident/count")).isZero();
        try (Connection c = verbindung()) {
            assertThat(zahl(c, "select count(*) from bewertungsbogen b join vergabe v on v.id = b.vergabe_id "
                    + "where v.business_key = ? and b.status = 'ABGEGEBEN'", key)).isEqualTo(9);
            assertThat(zahl(c, "select count(*) from bewertungspunkt p join bewertungsbogen b on b.id = p.bogen_id "
                    + "join vergabe v on v.id = b.vergabe_id where v.business_key = ?", key)).isEqualTo(9 * 16);  // 13 B + 3 A per sheet
            assertThat(zahl(c, "select count(*) from vermerk m join vergabe v on v.id = m.vergabe_id "
                    + "where v.business_key = ? and m.text like 'Bewertungsbogen zu %'", key)).isEqualTo(9);
        }
        assertThat(a("admin").anzahl("/history/process-instance/count?superProcessInstanceId=" + instanz
                + "&processDefinitionKey=bewertungsbogen&completed=true")).isEqualTo(9);
    }

    @Test
    @Order(4)
    void wasEinAngehaltenerKnotenGesperrtHatteErledigtDerAndereNachAblaufDerSperre() throws Exception {
        String key = "VG-CLUSTER-ABSTURZ";
        Rest admin = a("admin");
        // the offer deadline's timer is created suspended, so the test can hold the procedure's rows before it runs
        String jobDefinition = admin.lesen("/job-definition?processDefinitionKey=dms-vergabe&activityIdIn=TimerEvent_AngebotsfristAbgelaufen")
                .get(0).path("id").asText();
        admin.erfolgreich(admin.put("/job-definition/" + jobDefinition + "/suspended", Map.of("suspended", true, "includeJobs", true)));
        String instanz = starten(a("vergabe1"), key, startformular());

        String angehalten;
        Timestamp sperreBis;
        try (Connection sperre = verbindung()) {
            // hold the procedure's executions: the job executor that takes the timer locks its job and then waits
            // in its own transaction, "in the middle of work"
            sperre.setAutoCommit(false);
            try (PreparedStatement s = sperre.prepareStatement("select id_ from act_ru_execution where proc_inst_id_ = ? for update")) {
                s.setString(1, instanz);
                s.executeQuery().close();
            }
            admin.erfolgreich(admin.put("/job-definition/" + jobDefinition + "/suspended", Map.of("suspended", false, "includeJobs", true)));
            angehalten = wartenderKnoten();
            KNOTEN.get(angehalten).toeten();

            try (Connection c = verbindung();
                 PreparedStatement s = c.prepareStatement("select lock_owner_, lock_exp_time_ from act_ru_job where process_instance_id_ = ?")) {
                s.setString(1, instanz);
                try (ResultSet job = s.executeQuery()) {
                    assertThat(job.next()).as("the timer job is still there").isTrue();
                    assertThat(job.getString(1)).as("locked by the stopped node").isNotNull();
                    sperreBis = job.getTimestamp(2);
                }
            }
            sperre.rollback();
        }
        String ueberlebender = KNOTEN.keySet().stream().filter(n -> !n.equals(angehalten)).findFirst().orElseThrow();
        Rest vergabe1 = new Rest(KNOTEN.get(ueberlebender).port(), "vergabe1");

        // the surviving node takes the job once the stopped node's lock has expired and completes the step
        warteAufAufgaben(vergabe1, key, "UserTask_AngeboteOeffnen", 1);
        Rest admin2 = vergabe1.als("admin");
        JsonNode erfolg = admin2.lesen("/history/job-log?processInstanceId=" + instanz
                + "&activityIdIn=TimerEvent_AngebotsfristAbgelaufen&successLog=true");
        assertThat(erfolg).hasSize(1);
        assertThat(erfolg.get(0).path("hostname").asText()).isEqualTo(ueberlebender);
        assertThat(OffsetDateTime.parse(erfolg.get(0).path("timestamp").asText(), ZEITSTEMPEL).toInstant())
                .as("not before the lock expired").isAfterOrEqualTo(sperreBis.toInstant());
        assertThat(admin2.anzahl("/incident/count?processInstanceId=" + instanz)).isZero();
        // and the procedure goes on there
        vergabe1.erfolgreich(vergabe1.erledigen(aufgaben(vergabe1, key, "UserTask_AngeboteOeffnen").get(0), oeffnung()));
        assertThat(aufgaben(vergabe1.als("vergabe2"), key, "UserTask_OeffnungGegenzeichnen")).hasSize(1);
    }

    /** The node whose database connection waits for the test's row lock (pg_stat_activity, ApplicationName). */
    private static String wartenderKnoten() throws SQLException {
        String[] name = new String[1];
        try (Connection c = verbindung()) {
            warteBis("a job executor waits for the procedure's rows", Duration.ofSeconds(60), () -> {
                try (PreparedStatement s = c.prepareStatement("select application_name from pg_stat_activity "
                        + "where wait_event_type = 'Lock' and application_name like 'knoten-%'");
                     ResultSet r = s.executeQuery()) {
                    if (r.next()) {
                        name[0] = r.getString(1);
                        return true;
                    }
                    return false;
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
        }
        return name[0];
    }

    private static final java.time.format.DateTimeFormatter ZEITSTEMPEL =
            java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ");

    private static Connection verbindung() throws SQLException {
        return DriverManager.getConnection(datenbank, EingebettetesPostgres.BENUTZER, "");
    }

    private static long zahl(Connection c, String sql, String parameter) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, parameter);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }
}
