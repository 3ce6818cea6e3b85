package de.leverkusen.vergabe.leistung;

import com.fasterxml.jackson.databind.JsonNode;
import de.leverkusen.vergabe.VergabeApplication;
import de.leverkusen.vergabe.cluster.EingebettetesPostgres;
import de.leverkusen.vergabe.cluster.Knoten;
import de.leverkusen.vergabe.cluster.Rest;
import de.leverkusen.vergabe.cluster.Verfahrensschritte;
import de.leverkusen.vergabe.prozess.Ausschreibungslauf;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.builder.AbstractFlowNodeBuilder;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Benchmark harness (profile {@code leistung}, not part of {@code mvn verify}; see docs/leistung.md). Prints one
 * table; each part can be chosen with {@code -Dleistung.teile=start,rest-h2,rest-pg,ausschreibung,abfrage}.
 *
 * <ul>
 *   <li>start: start-up time (process start until the REST API answers) and resident memory of the packaged
 *       application ({@code java -Xmx512m -jar target/*.jar}), first start on an empty H2 database and restart;</li>
 *   <li>rest-h2, rest-pg: 8 concurrent clients complete user tasks through the REST API (submit-form, HTTP Basic)
 *       on the packaged application, H2 file and PostgreSQL: throughput, median and p99 latency, memory after;</li>
 *   <li>ausschreibung: whole DMS tenders through the Java API in this JVM, and a bare BPMN with as many user tasks,
 *       gateways and jobs, no delegates or listeners, in the same engine in the same run: tenders per second, ratio;</li>
 *   <li>abfrage: Tasklist's task query (candidate group, sorted by due date, first page of 15) through the REST API
 *       with {@code leistung.verfahren} (10,000) running procedures: median and p99.</li>
 * </ul>
 */
public final class Leistungsmessung {

    private static final int CLIENTS = 8;
    private static final List<String[]> TABELLE = new ArrayList<>();

    private Leistungsmessung() {
    }

    public static void main(String[] args) throws Exception {
        List<String> teile = Arrays.asList(System.getProperty("leistung.teile", "start,rest-h2,rest-pg,ausschreibung,abfrage").split(","));
        Path jar = jar();
        System.out.println("Leistungsmessung " + Instant.now() + ", " + Runtime.getRuntime().availableProcessors() + " cores, jar " + jar);
        // one failing part does not cost the figures of the others
        if (teile.contains("start") || teile.contains("rest-h2")) {
            teil("start, rest-h2", () -> startUndRestH2(jar, teile.contains("rest-h2")));
        }
        if (teile.contains("rest-pg")) {
            teil("rest-pg", () -> restPostgres(jar));
        }
        if (teile.contains("ausschreibung") || teile.contains("abfrage")) {
            teil("ausschreibung, abfrage", () -> imProzess(teile.contains("ausschreibung"), teile.contains("abfrage")));
        }
        drucken();
        System.exit(0);
    }

    private interface Teil {
        void messen() throws Exception;
    }

    private static void teil(String name, Teil teil) {
        try {
            teil.messen();
        } catch (Exception | Error e) {
            e.printStackTrace();
            zeile(name, "-", "FEHLER: " + e, "");
        }
    }

    // --- packaged application: start-up, memory, REST completions --------------------------------------------

    /** Starts of each kind on an empty database: median and range (a 2-core VM varies by seconds between starts). */
    private static final int STARTS = 3;

    private static void startUndRestH2(Path jar, boolean last) throws Exception {
        for (Start art : Start.values()) {
            List<Double> dauern = new ArrayList<>();
            String speicher = "";
            for (int i = 0; i < STARTS; i++) {
                Path leer = Files.createTempDirectory("vergabe-leistung-start-");
                try (Knoten k = jarStarten(art, jar, "start-" + art.name().toLowerCase(Locale.ROOT) + "-" + i,
                        List.of("--vergabe.daten-verzeichnis=" + leer, "--vergabe.ivl.worker.enabled=false"), Map.of())) {
                    dauern.add(k.startdauer(STARTDAUER.get(k)).toMillis() / 1000.0);
                    speicher = rss(k);
                }
            }
            Collections.sort(dauern);
            zeile("start-up, empty database (schema, deployment, demo data), " + art.beschreibung + ", median of " + STARTS, "H2",
                    String.format(Locale.ROOT, "%.1f s (%.1f-%.1f s)", dauern.get(dauern.size() / 2), dauern.get(0), dauern.get(dauern.size() - 1)),
                    "< 10 s");
            zeile("resident memory after start, " + art.beschreibung, "H2", speicher, "-Xmx512m");
        }
        Path daten = Files.createTempDirectory("vergabe-leistung-h2-");
        List<String> einstellungen = List.of("--vergabe.daten-verzeichnis=" + daten, "--vergabe.ivl.worker.enabled=false");
        jarStarten(Start.CDS, jar, "start-leer", einstellungen, Map.of()).close();
        Knoten knoten = jarStarten(Start.CDS, jar, "start-wieder", einstellungen, Map.of());
        zeile("start-up, existing database, " + Start.CDS.beschreibung, "H2", sekunden(knoten), "< 10 s");
        try {
            if (last) {
                restLast(knoten, "H2");
            }
        } finally {
            knoten.close();
        }
    }

    private static void restPostgres(Path jar) throws Exception {
        try (EingebettetesPostgres pg = EingebettetesPostgres.starten(true)) {
            String url = pg.neueDatenbank("vergabe");
            Knoten knoten = jarStarten(Start.CDS, jar, "rest-pg", List.of("--spring.profiles.active=postgres", "--vergabe.ivl.worker.enabled=false"),
                    Map.of("VERGABE_DB_URL", url, "VERGABE_DB_USER", EingebettetesPostgres.BENUTZER, "VERGABE_DB_PASSWORT", ""));
            zeile("start-up, empty database, " + Start.CDS.beschreibung, "PostgreSQL", sekunden(knoten), "< 10 s");
            try {
                restLast(knoten, "PostgreSQL");
            } finally {
                knoten.close();
            }
        }
    }

    /** The two ways to start the packaged application (docs/konfiguration.md, "Run in production"). */
    private enum Start {
        JAR("java -jar target/*.jar"),
        CDS("extracted jar with its CDS archive (target/app)");

        final String beschreibung;

        Start(String beschreibung) {
            this.beschreibung = beschreibung;
        }

        List<String> befehl(Path jar) {
            Path app = jar.resolveSibling("app");
            return switch (this) {
                case JAR -> List.of("-jar", jar.toString());
                case CDS -> {
                    if (!Files.exists(app.resolve("vergabe-workflow-engine.jsa"))) {
                        throw new IllegalStateException(app + "/vergabe-workflow-engine.jsa fehlt: mvn package ohne -Dvergabe.cds.skip");
                    }
                    yield List.of("-XX:SharedArchiveFile=" + app.resolve("vergabe-workflow-engine.jsa"), "-jar",
                            app.resolve("vergabe-workflow-engine.jar").toString());
                }
            };
        }
    }

    private static Knoten jarStarten(Start art, Path jar, String name, List<String> einstellungen, Map<String, String> umgebung) {
        int port = freierPort();
        List<String> befehl = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m"));
        befehl.addAll(art.befehl(jar));
        befehl.add("--server.port=" + port);
        befehl.addAll(einstellungen);
        Knoten k = Knoten.starten(name, port, befehl, umgebung);
        STARTDAUER.put(k, System.nanoTime());
        return k;
    }

    private static final Map<Knoten, Long> STARTDAUER = new HashMap<>();

    private static String sekunden(Knoten k) {
        return String.format(Locale.ROOT, "%.1f s", k.startdauer(STARTDAUER.get(k)).toMillis() / 1000.0);
    }

    /** 8 clients, each completing the declarations of its own procedures (no conflicts between clients). */
    private static void restLast(Knoten knoten, String db) throws Exception {
        Rest vergabe1 = new Rest(knoten.port(), "vergabe1");
        runde(knoten, vergabe1, "warm-up", 16);
        List<Long> latenzen = new ArrayList<>();
        long dauer = runde(knoten, vergabe1, "run", 80);
        synchronized (LATENZEN) {
            latenzen.addAll(LATENZEN);
        }
        zeile("REST task completion, 8 clients: throughput", db,
                String.format(Locale.ROOT, "%.1f completions/s (%d in %.1f s)", latenzen.size() * 1e9 / dauer, latenzen.size(), dauer / 1e9), "");
        zeile("REST task completion, 8 clients: median / p99", db, ms(latenzen, 0.5) + " / " + ms(latenzen, 0.99), "");
        zeile("resident memory after the load", db, rss(knoten), "-Xmx512m");
    }

    private static final List<Long> LATENZEN = Collections.synchronizedList(new ArrayList<>());

    private static long runde(Knoten knoten, Rest vergabe1, String name, int verfahren) throws Exception {
        OffsetDateTime frist = OffsetDateTime.now(ZoneId.of("Europe/Berlin")).plusDays(1);
        List<List<String[]>> jeClient = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            jeClient.add(new ArrayList<>());
        }
        for (int i = 0; i < verfahren; i++) {
            String instanz = Verfahrensschritte.starten(vergabe1, "VG-LAST-" + name + "-" + i + "-" + System.nanoTime(),
                    Verfahrensschritte.startformular(frist));
            for (JsonNode t : vergabe1.als("admin").lesen("/task?processInstanceId=" + instanz)) {
                jeClient.get(i % CLIENTS).add(new String[] {t.path("id").asText(), t.path("assignee").asText()});
            }
        }
        LATENZEN.clear();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        long start = System.nanoTime();
        List<Future<?>> laeufe = new ArrayList<>();
        for (List<String[]> aufgaben : jeClient) {
            laeufe.add(clients.submit(() -> {
                for (String[] a : aufgaben) {
                    Rest r = new Rest(knoten.port(), a[1]);
                    long t0 = System.nanoTime();
                    Rest.Antwort antwort = r.post("/task/" + a[0] + "/submit-form", Rest.variablen(Verfahrensschritte.erklaerung()));
                    LATENZEN.add(System.nanoTime() - t0);
                    if (antwort.status() != 204) {
                        throw new IllegalStateException("HTTP " + antwort.status() + " " + antwort.body());
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : laeufe) {
            f.get();
        }
        long dauer = System.nanoTime() - start;
        clients.shutdown();
        return dauer;
    }

    // --- in this JVM: whole tenders vs. bare BPMN, task queries with many procedures -------------------------

    private static void imProzess(boolean ausschreibung, boolean abfrage) throws Exception {
        Path daten = Files.createTempDirectory("vergabe-leistung-prozess-");
        // as arguments: they win over application*.yaml (builder properties would only be defaults)
        try (ConfigurableApplicationContext ctx = new SpringApplicationBuilder(VergabeApplication.class).profiles("test")
                .run("--spring.datasource.url=jdbc:h2:file:" + daten + "/vergabe;DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0", "--server.port=0",
                        "--logging.level.root=WARN", "--logging.level.de.leverkusen=WARN")) {
            ProcessEngine engine = ctx.getBean(ProcessEngine.class);
            int port = ctx.getEnvironment().getProperty("local.server.port", Integer.class);
            if (ausschreibung) {
                ausschreibungen(engine);
            }
            if (abfrage) {
                abfragen(engine, port, Integer.getInteger("leistung.verfahren", 10_000));
            }
        }
    }

    private static void ausschreibungen(ProcessEngine engine) {
        Ausschreibungslauf lauf = new Ausschreibungslauf(engine);
        String probe = "VG-PROBE-" + System.nanoTime();
        lauf.durchlaufen(probe);
        int[] umfang = umfang(engine, probe);
        BpmnModelInstance nackt = nackteAusschreibung(umfang[0], umfang[1], umfang[2]);
        engine.getRepositoryService().createDeployment().name("leistung-nackt").addModelInstance("nackt.bpmn", nackt).deploy();
        for (int i = 0; i < 3; i++) {
            lauf.durchlaufen("VG-WARM-" + i + "-" + System.nanoTime());
            nacktDurchlaufen(engine);
            nacktDurchlaufen(engine, lauf.eingaben());
        }
        int n = Integer.getInteger("leistung.ausschreibungen", 10);
        long echt = 0;
        long blank = 0;
        long gleich = 0;
        for (int i = 0; i < n; i++) {
            long t0 = System.nanoTime();
            lauf.durchlaufen("VG-MESS-" + i + "-" + System.nanoTime());
            long t1 = System.nanoTime();
            nacktDurchlaufen(engine);
            long t2 = System.nanoTime();
            nacktDurchlaufen(engine, lauf.eingaben());
            long t3 = System.nanoTime();
            echt += t1 - t0;
            blank += t2 - t1;
            gleich += t3 - t2;
        }
        zeile("bare BPMN, same input", "H2",
                String.format(Locale.ROOT, "%.2f tenders/s (%.0f ms each)", n * 1e9 / gleich, gleich / 1e6 / n), "");
        zeile("ratio tender / bare BPMN same input", "H2", String.format(Locale.ROOT, "%.2f", (double) echt / gleich), "<= 1.5");
        zeile("whole DMS tender, Java API (" + umfang[0] + " user tasks, " + umfang[1] + " gateways, " + umfang[2] + " jobs)", "H2",
                String.format(Locale.ROOT, "%.2f tenders/s (%.0f ms each)", n * 1e9 / echt, echt / 1e6 / n), "");
        zeile("bare BPMN of the same size, same engine", "H2",
                String.format(Locale.ROOT, "%.2f tenders/s (%.0f ms each)", n * 1e9 / blank, blank / 1e6 / n), "");
        zeile("ratio tender / bare BPMN", "H2", String.format(Locale.ROOT, "%.2f", (double) echt / blank), "<= 1.5");
    }

    /** User tasks, gateways and executed jobs of one tender (all its process instances share the business key). */
    private static int[] umfang(ProcessEngine engine, String bk) {
        HistoryService h = engine.getHistoryService();
        int aufgaben = (int) h.createHistoricTaskInstanceQuery().processInstanceBusinessKey(bk).count();
        int gateways = 0;
        int jobs = 0;
        for (HistoricProcessInstance pi : h.createHistoricProcessInstanceQuery().processInstanceBusinessKey(bk).list()) {
            for (String typ : List.of("exclusiveGateway", "parallelGateway", "inclusiveGateway", "eventBasedGateway")) {
                gateways += (int) h.createHistoricActivityInstanceQuery().processInstanceId(pi.getId()).activityType(typ).count();
            }
            jobs += (int) h.createHistoricJobLogQuery().processInstanceId(pi.getId()).successLog().count();
        }
        return new int[] {aufgaben, gateways, jobs};
    }

    /** A chain of user tasks with exclusive gateways between them; the first {@code jobs} tasks start asynchronously. */
    static BpmnModelInstance nackteAusschreibung(int aufgaben, int gateways, int jobs) {
        AbstractFlowNodeBuilder<?, ?> b = Bpmn.createExecutableProcess("nackt").camundaHistoryTimeToLive(1).startEvent();
        for (int i = 0; i < Math.max(aufgaben, gateways); i++) {
            if (i < aufgaben) {
                b = i < jobs ? b.userTask("t" + i).camundaAssignee("vergabe1").camundaAsyncBefore()
                        : b.userTask("t" + i).camundaAssignee("vergabe1");
            }
            if (i < gateways) {
                b = b.exclusiveGateway("g" + i);
            }
        }
        return b.endEvent().done();
    }

    private static void nacktDurchlaufen(ProcessEngine engine) {
        nacktDurchlaufen(engine, List.of());
    }

    /** Completes the i-th task with the i-th map of {@code eingaben} (one variable where there is none). */
    private static void nacktDurchlaufen(ProcessEngine engine, List<Map<String, Object>> eingaben) {
        int i = 0;
        RuntimeService runtime = engine.getRuntimeService();
        TaskService tasks = engine.getTaskService();
        ManagementService management = engine.getManagementService();
        String pi = runtime.startProcessInstanceByKey("nackt", "NACKT-" + System.nanoTime()).getId();
        while (runtime.createProcessInstanceQuery().processInstanceId(pi).count() > 0) {
            for (Job job : management.createJobQuery().processInstanceId(pi).list()) {
                management.executeJob(job.getId());
            }
            Task t = tasks.createTaskQuery().processInstanceId(pi).singleResult();
            if (t != null) {
                tasks.claim(t.getId(), "vergabe1");
                tasks.complete(t.getId(), i < eingaben.size() ? eingaben.get(i) : Map.of("wert", "x"));
                i++;
            }
        }
    }

    private static void abfragen(ProcessEngine engine, int port, int verfahren) throws Exception {
        Ausschreibungslauf lauf = new Ausschreibungslauf(engine);
        long vorhanden = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("dms-vergabe").active().count();
        AtomicInteger gestartet = new AtomicInteger();
        long t0 = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<?>> laeufe = new ArrayList<>();
        for (int w = 0; w < 2; w++) {
            laeufe.add(pool.submit(() -> {
                int i;
                while ((i = gestartet.getAndIncrement()) < verfahren - vorhanden) {
                    lauf.angebotsfristAblaufen(lauf.starten("VG-MENGE-" + i));
                    if (i % 1000 == 0) {
                        System.out.println("  " + i + " procedures started");
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : laeufe) {
            f.get();
        }
        pool.shutdown();
        long laufend = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("dms-vergabe").count();
        System.out.printf(Locale.ROOT, "  %d running procedures, set up in %.0f s%n", laufend, (System.nanoTime() - t0) / 1e9);
        Rest vergabe1 = new Rest(port, "vergabe1");
        Map<String, Object> abfrage = Map.of("candidateGroup", "vergabestelle",
                "sorting", List.of(Map.of("sortBy", "dueDate", "sortOrder", "asc")));
        List<Long> latenzen = new ArrayList<>();
        for (int i = 0; i < 550; i++) {
            long s = System.nanoTime();
            Rest.Antwort a = vergabe1.post("/task?firstResult=0&maxResults=15", abfrage);
            long d = System.nanoTime() - s;
            if (a.status() != 200 || a.body().size() != 15) {
                throw new IllegalStateException("HTTP " + a.status() + " " + a.body());
            }
            if (i >= 50) {
                latenzen.add(d);
            }
        }
        zeile("task query (candidate group, by due date, first 15) with " + laufend + " running procedures: median / p99", "H2",
                ms(latenzen, 0.5) + " / " + ms(latenzen, 0.99), "p99 < 100 ms");
        zeile("resident memory of this JVM (application in-process) after the load", "H2", rss(ProcessHandle.current().pid()), "-Xmx512m");
    }

    // --- helpers ---------------------------------------------------------------------------------------------

    private static String ms(List<Long> nanos, double quantil) {
        List<Long> s = new ArrayList<>(nanos);
        Collections.sort(s);
        long wert = s.get(Math.min(s.size() - 1, (int) Math.ceil(quantil * s.size()) - 1));
        return String.format(Locale.ROOT, "%.1f ms", wert / 1e6);
    }

    private static String rss(Knoten k) {
        return rss(k.pid());
    }

    private static String rss(long pid) {
        try (Stream<String> zeilen = Files.lines(Path.of("/proc/" + pid + "/status"))) {
            return zeilen.filter(z -> z.startsWith("VmRSS:")).map(z -> z.substring(6).trim().replace(" kB", ""))
                    .map(kb -> Long.parseLong(kb) / 1024 + " MiB").findFirst().orElse("?");
        } catch (IOException e) {
            return "?";
        }
    }

    private static Path jar() throws IOException {
        try (Stream<Path> dateien = Files.list(Path.of("target"))) {
            return dateien.filter(p -> p.getFileName().toString().matches("vergabe-workflow-engine-.*\\.jar")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("target/*.jar fehlt: mvn -Pleistung package ... (docs/leistung.md)"))
                    .toAbsolutePath();
        }
    }

    private static int freierPort() {
        try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void zeile(String messung, String db, String ergebnis, String ziel) {
        TABELLE.add(new String[] {messung, db, ergebnis, ziel});
        System.out.println("  " + messung + " [" + db + "]: " + ergebnis);
    }

    private static void drucken() {
        StringBuilder sb = new StringBuilder("\n| measurement | database | result | target |\n|---|---|---|---|\n");
        for (String[] z : TABELLE) {
            sb.append("| ").append(String.join(" | ", z)).append(" |\n");
        }
        System.out.println(sb);
        try {
            Files.writeString(Path.of("target", "leistung.md"), sb.toString());
        } catch (IOException e) {
            System.out.println("target/leistung.md nicht geschrieben: " + e);
        }
    }
}
