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
import java.time.LocalDate;
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
            teil("start, rest-h2", () -> startUndRestH2(jar, teile.contains("start"), teile.contains("rest-h2")));
        }
        if (teile.contains("rest-pg")) {
            teil("rest-pg", () -> restPostgres(jar));
        }
        if (teile.stream().anyMatch(List.of("ausschreibung", "abfrage", "klick", "historie", "dauer")::contains)) {
            teil("ausschreibung, abfrage, klick, historie, dauer", () -> imProzess(teile));
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
    private static final int STARTS = Integer.getInteger("leistung.starts", 3);

    private static void startUndRestH2(Path jar, boolean start, boolean last) throws Exception {
        if (start) {
            starts(jar);
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

    /**
     * Three starts of each kind on an empty H2 folder, alternating (one kind per round), so that the load of the
     * shared machine falls on all kinds alike: the jar, the jar with its CDS archive, and the bare Camunda application
     * with its own CDS archive (same starters and libraries, same JVM flags, no application code).
     */
    private static void starts(Path jar) throws Exception {
        Path nackt = nacktesJar(jar);
        Map<Start, List<Double>> dauern = new java.util.EnumMap<>(Start.class);
        Map<Start, String> speicher = new java.util.EnumMap<>(Start.class);
        for (int i = 0; i < STARTS; i++) {
            for (Start art : Start.values()) {
                Path leer = Files.createTempDirectory("vergabe-leistung-start-");
                List<String> einstellungen = art == Start.NACKT
                        ? List.of("--spring.datasource.url=jdbc:h2:file:" + leer + "/camunda;DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0",
                                "--camunda.bpm.history-level=full", "--camunda.bpm.authorization.enabled=true")
                        : List.of("--vergabe.daten-verzeichnis=" + leer, "--vergabe.ivl.worker.enabled=false");
                try (Knoten k = jarStarten(art, art == Start.NACKT ? nackt : jar, "start-" + art.name().toLowerCase(Locale.ROOT) + "-" + i,
                        einstellungen, Map.of())) {
                    dauern.computeIfAbsent(art, a -> new ArrayList<>()).add(k.startdauer(STARTDAUER.get(k)).toMillis() / 1000.0);
                    speicher.put(art, rss(k));
                }
            }
        }
        for (Start art : Start.values()) {
            List<Double> d = dauern.get(art);
            Collections.sort(d);
            zeile("start-up, empty database, " + art.beschreibung + ", median of " + STARTS, "H2",
                    String.format(Locale.ROOT, "%.1f s (%.1f-%.1f s)", median(d), d.get(0), d.get(d.size() - 1)),
                    art == Start.NACKT ? "baseline" : "< 10 s");
            zeile("resident memory after start, " + art.beschreibung, "H2", speicher.get(art), "-Xmx512m");
        }
        zeile("ratio start-up application with CDS / bare Camunda application with CDS (medians)", "H2",
                String.format(Locale.ROOT, "%.2f", median(dauern.get(Start.CDS)) / median(dauern.get(Start.NACKT))), "<= 1.3");
    }

    private static double median(List<Double> werte) {
        List<Double> s = new ArrayList<>(werte);
        Collections.sort(s);
        return s.get(s.size() / 2);
    }

    /**
     * The baseline of the start-up: {@code target/app/leistung-nackt.jar}, the class {@link NackteCamundaAnwendung}
     * with the packaged application's {@code lib/} as its Class-Path, and its CDS archive recorded by one training start
     * exactly as {@code mvn package} records the application's (pom.xml, cds-trainieren).
     */
    private static Path nacktesJar(Path jar) throws Exception {
        Path app = jar.resolveSibling("app");
        Path nackt = app.resolve("leistung-nackt.jar");
        List<String> bibliotheken;
        try (Stream<Path> s = Files.list(app.resolve("lib"))) {
            bibliotheken = s.map(p -> "lib/" + p.getFileName()).sorted().toList();
        }
        java.util.jar.Manifest manifest = new java.util.jar.Manifest();
        manifest.getMainAttributes().put(java.util.jar.Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(java.util.jar.Attributes.Name.MAIN_CLASS, NackteCamundaAnwendung.class.getName());
        manifest.getMainAttributes().put(java.util.jar.Attributes.Name.CLASS_PATH, String.join(" ", bibliotheken));
        String klasse = NackteCamundaAnwendung.class.getName().replace('.', '/') + ".class";
        try (java.util.jar.JarOutputStream aus = new java.util.jar.JarOutputStream(Files.newOutputStream(nackt), manifest);
             java.io.InputStream ein = NackteCamundaAnwendung.class.getClassLoader().getResourceAsStream(klasse)) {
            aus.putNextEntry(new java.util.jar.JarEntry(klasse));
            ein.transferTo(aus);
            aus.closeEntry();
        }
        Path archiv = app.resolve("leistung-nackt.jsa");
        Files.deleteIfExists(archiv);
        Process training = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
                "-Xlog:disable", "-XX:ArchiveClassesAtExit=" + archiv, "-Dspring.context.exit=onRefresh", "-jar", nackt.toString(),
                "--server.port=0", "--spring.datasource.url=jdbc:h2:mem:cds-training", "--logging.level.root=WARN",
                "--spring.main.banner-mode=off").redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (training.waitFor() != 0 || !Files.exists(archiv)) {
            throw new IllegalStateException("CDS-Training der nackten Anwendung fehlgeschlagen: " + training.exitValue());
        }
        return nackt;
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
        CDS("extracted jar with its CDS archive (target/app)"),
        NACKT("bare Camunda 7.24 Spring Boot application (same lib/, its own CDS archive, no application code)");

        final String beschreibung;

        Start(String beschreibung) {
            this.beschreibung = beschreibung;
        }

        List<String> befehl(Path jar) {
            Path app = jar.resolveSibling("app");
            return switch (this) {
                case JAR -> List.of("-jar", jar.toString());
                case NACKT -> List.of("-XX:SharedArchiveFile=" + jar.resolveSibling("leistung-nackt.jsa"), "-jar", jar.toString());
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
        List<Klick> klicks = new ArrayList<>();
        for (int i = 0; i < verfahren; i++) {
            String instanz = Verfahrensschritte.starten(vergabe1, "VG-LAST-" + name + "-" + i + "-" + System.nanoTime(),
                    Verfahrensschritte.startformular(frist));
            for (JsonNode t : vergabe1.als("admin").lesen("/task?processInstanceId=" + instanz)) {
                klicks.add(new Klick(i % CLIENTS, t.path("id").asText(), t.path("assignee").asText(), Verfahrensschritte.erklaerung()));
            }
        }
        long start = System.nanoTime();
        List<Long> latenzen = klickrunde(knoten.port(), klicks);
        long dauer = System.nanoTime() - start;
        LATENZEN.clear();
        LATENZEN.addAll(latenzen);
        return dauer;
    }

    // --- in this JVM: whole tenders vs. bare BPMN, task queries with many procedures -------------------------

    /** The database of the in-process parts: the embedded H2 file, or with {@code -Dleistung.datenbank=postgres} an embedded PostgreSQL. */
    private static final String DATENBANK = "postgres".equals(System.getProperty("leistung.datenbank")) ? "PostgreSQL" : "H2";

    private static void imProzess(List<String> teile) throws Exception {
        if (DATENBANK.equals("PostgreSQL")) {
            // as in production (profile postgres, fsync on); the history part's row copy is written for H2 only
            try (EingebettetesPostgres pg = EingebettetesPostgres.starten(true)) {
                imProzess(teile, List.of("--spring.profiles.include=postgres", "--spring.datasource.url=" + pg.neueDatenbank("vergabe"),
                        "--spring.datasource.username=" + EingebettetesPostgres.BENUTZER, "--spring.datasource.password="));
            }
            return;
        }
        Path daten = Files.createTempDirectory("vergabe-leistung-prozess-");
        try {
            imProzess(teile, List.of("--spring.datasource.url=jdbc:h2:file:" + daten + "/vergabe;DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0"));
        } finally {
            // the copied history fills gigabytes
            try (Stream<Path> dateien = Files.walk(daten)) {
                dateien.sorted(java.util.Comparator.reverseOrder()).forEach(d -> d.toFile().delete());
            }
        }
    }

    private static void imProzess(List<String> teile, List<String> datenquelle) throws Exception {
        // as arguments: they win over application*.yaml (builder properties would only be defaults)
        // the stand-ins of our code (Attrappen) only where the tender part runs; they pass every call on otherwise
        SpringApplicationBuilder anwendung = teile.contains("ausschreibung")
                ? new SpringApplicationBuilder(VergabeApplication.class, Attrappen.class).profiles("test", "leistung-attrappen")
                : new SpringApplicationBuilder(VergabeApplication.class).profiles("test");
        List<String> argumente = new ArrayList<>(datenquelle);
        argumente.addAll(List.of("--server.port=0", "--logging.level.root=WARN", "--logging.level.de.leverkusen=WARN"));
        try (ConfigurableApplicationContext ctx = anwendung.run(argumente.toArray(String[]::new))) {
            ProcessEngine engine = ctx.getBean(ProcessEngine.class);
            int port = ctx.getEnvironment().getProperty("local.server.port", Integer.class);
            if (teile.contains("ausschreibung")) {
                teil("ausschreibung", () -> ausschreibungen(engine));
            }
            if (teile.contains("klick")) {
                teil("klick", () -> klicks(engine, port, Integer.getInteger("leistung.klickverfahren", 24)));
            }
            if (teile.contains("historie") && !"H2".equals(DATENBANK)) {
                zeile("history at scale", DATENBANK, "not measured: the row copy (vervielfachen) is written for H2", "");
            } else if (teile.contains("historie")) {
                teil("historie", () -> historie(ctx, engine, port, Integer.getInteger("leistung.historie", 10_000)));
            }
            if (teile.contains("dauer")) {
                teil("dauer", () -> dauerlast(engine, port, Integer.getInteger("leistung.dauer.minuten", 30)));
            }
            if (teile.contains("abfrage")) {
                abfragen(engine, port, Integer.getInteger("leistung.verfahren", 10_000));
            }
        }
    }

    /**
     * Our code's cost: whole tenders on our models with our code (ECHT) against the same models with our code
     * replaced by stand-ins (ATTRAPPE, see {@link Attrappen}: they set what our code set in a recorded tender with
     * the same input), and, as information on the models' size, the bare BPMN of issue 9; alternating in one engine.
     */
    private static void ausschreibungen(ProcessEngine engine) {
        Ausschreibungslauf lauf = new Ausschreibungslauf(engine);
        String probe = "VG-PROBE-" + System.nanoTime();
        Attrappen.modus(Attrappen.Modus.AUFZEICHNEN);
        lauf.durchlaufen(probe);
        Attrappen.modus(Attrappen.Modus.ECHT);
        System.out.println("  stand-ins: " + Attrappen.aufgezeichnet() + " calls of our code recorded in one tender: " + Attrappen.aufgezeichnetJeBean()
                + "; form checks wrapped while parsing: " + Attrappen.formularpruefungenUmhuellt());
        int[] umfang = umfang(engine, probe);
        BpmnModelInstance nackt = nackteAusschreibung(umfang[0], umfang[1], umfang[2]);
        engine.getRepositoryService().createDeployment().name("leistung-nackt").addModelInstance("nackt.bpmn", nackt).deploy();
        for (int i = 0; i < 3; i++) {
            lauf.durchlaufen("VG-WARM-" + i + "-" + System.nanoTime());
            attrappeDurchlaufen(lauf, "VG-WARM-ATTRAPPE-" + i + "-" + System.nanoTime());
            nacktDurchlaufen(engine);
        }
        int n = Integer.getInteger("leistung.ausschreibungen", 10);
        long echt = 0;
        long attrappe = 0;
        long blank = 0;
        for (int i = 0; i < n; i++) {
            long t0 = System.nanoTime();
            lauf.durchlaufen("VG-MESS-" + i + "-" + System.nanoTime());
            long t1 = System.nanoTime();
            attrappeDurchlaufen(lauf, "VG-MESS-ATTRAPPE-" + i + "-" + System.nanoTime());
            long t2 = System.nanoTime();
            nacktDurchlaufen(engine);
            long t3 = System.nanoTime();
            echt += t1 - t0;
            attrappe += t2 - t1;
            blank += t3 - t2;
        }
        // where our code's time goes: one more tender, the time inside each bean summed (not part of the ratio)
        Attrappen.zeitnahme(true);
        long z0 = System.nanoTime();
        lauf.durchlaufen("VG-ZEIT-" + System.nanoTime());
        long gesamt = System.nanoTime() - z0;
        Attrappen.zeitnahme(false);
        zeile("whole DMS tender, Java API (" + umfang[0] + " user tasks, " + umfang[1] + " gateways, " + umfang[2] + " jobs), " + n + " tenders", DATENBANK,
                String.format(Locale.ROOT, "%.2f tenders/s (%.0f ms each)", n * 1e9 / echt, echt / 1e6 / n), "");
        zeile("the same models, our delegates, listeners, expression beans and binding replaced by stand-ins, alternating", DATENBANK,
                String.format(Locale.ROOT, "%.2f tenders/s (%.0f ms each)", n * 1e9 / attrappe, attrappe / 1e6 / n), "");
        zeile("ratio tender / same models with stand-ins (our code's cost)", DATENBANK, String.format(Locale.ROOT, "%.2f", (double) echt / attrappe), "<= 1.3");
        StringBuilder anteile = new StringBuilder();
        for (Map.Entry<String, Long> e : Attrappen.zeiten().stream().limit(8).toList()) {
            anteile.append(String.format(Locale.ROOT, "%s %.0f ms, ", e.getKey(), e.getValue() / 1e6));
        }
        zeile("time inside our beans in one tender of " + String.format(Locale.ROOT, "%.0f ms", gesamt / 1e6) + " (inclusive), largest", DATENBANK,
                anteile.toString().replaceAll(", $", ""), "");
        zeile("bare BPMN of the same size, same engine (information: size of the models)", DATENBANK,
                String.format(Locale.ROOT, "%.2f tenders/s (%.0f ms each)", n * 1e9 / blank, blank / 1e6 / n), "");
        zeile("ratio tender / bare BPMN (information)", DATENBANK, String.format(Locale.ROOT, "%.2f", (double) echt / blank), "");
    }

    /** One tender with the stand-ins: the same path and input, the wrappers replay what the recorded tender's code did. */
    private static void attrappeDurchlaufen(Ausschreibungslauf lauf, String bk) {
        Attrappen.modus(Attrappen.Modus.ATTRAPPE);
        try {
            lauf.durchlaufen(bk);
            if (Attrappen.aufrufe() == 0) {
                throw new IllegalStateException("Attrappen: kein Aufruf unseres Codes ersetzt");
            }
        } finally {
            Attrappen.modus(Attrappen.Modus.ECHT);
        }
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

    /**
     * Runs the bare BPMN to its end, each task claimed and completed without variables (the application's input
     * guard refuses values on a task without a form, so the "same input" variant of issue 9 is gone).
     */
    private static void nacktDurchlaufen(ProcessEngine engine) {
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
                tasks.complete(t.getId());
            }
        }
    }

    // --- click latency: the tender's user tasks against a plain user task, 8 clients through the REST API ---------

    /** The user tasks a person completes in a tender, in the order of the path, with who completes them. */
    private static final List<String[]> KLICKAUFGABEN = List.of(
            new String[] {"UserTask_InteressenkonfliktErklaeren", "declaration of interests"},
            new String[] {"UserTask_BewertungsbogenAusfuellen", "scoring sheet"},
            new String[] {"UserTask_WertungKonsolidieren", "consolidation"},
            new String[] {"UserTask_BieterInformieren", "§ 134 release"},
            new String[] {"UserTask_ZuschlagErteilen", "award"},
            new String[] {"UserTask_BekanntmachungVeroeffentlichen", "award notice"});

    /** One completion: the task, who submits its form, the values. */
    private record Klick(int client, String taskId, String benutzer, Map<String, Object> werte) {
    }

    /**
     * {@code verfahren} tenders walk their regular path; at each task of {@link #KLICKAUFGABEN} all of them stop,
     * and 8 clients submit those tasks' forms through the REST API (POST /task/{id}/submit-form, HTTP Basic as the
     * person, authorizations on), each client the tasks of its own procedures. Before each such round, a round of
     * as many completions of a plain user task (a minimal process deployed into this application, one task
     * assigned to vergabe1, no form, no listener) by the same 8 clients. The steps between the clicks run through
     * the Java API (Ausschreibungslauf) and are not measured. The same is done first for 8 procedures as a warm-up,
     * whose slowest clicks are reported apart (what the first user after a start waits).
     */
    private static void klicks(ProcessEngine engine, int port, int verfahren) throws Exception {
        engine.getRepositoryService().createDeployment().name("leistung-klick").addModelInstance("leistung-klick.bpmn",
                Bpmn.createExecutableProcess("leistung-klick").camundaHistoryTimeToLive(1).startEvent()
                        .userTask("UserTask_Schlicht").camundaAssignee("vergabe1").endEvent().done()).deploy();
        klickrunde(port, schlichteKlicks(engine, 64));
        // warm-up as for the plain task: the first click of each kind after the start pays the JIT and what is built on
        // first use (the eForms schema); with fewer than 100 completions that click alone would be the p99
        Klickphase kalt = klickphase(engine, port, CLIENTS, "VG-KLICK-KALT-");
        Klickphase phase = klickphase(engine, port, verfahren, "VG-KLICK-");
        zeile("REST click, 8 clients: plain user task of a minimal process (" + phase.schlicht().size() + " completions), median / p99", DATENBANK,
                ms(phase.schlicht(), 0.5) + " / " + ms(phase.schlicht(), 0.99), "baseline");
        double basis = quantil(phase.schlicht(), 0.99);
        for (Map.Entry<String, List<Long>> e : phase.jeAufgabe().entrySet()) {
            zeile("REST click, 8 clients: " + e.getKey() + " (" + e.getValue().size() + " completions), median / p99, p99 ratio to plain", DATENBANK,
                    ms(e.getValue(), 0.5) + " / " + ms(e.getValue(), 0.99)
                            + String.format(Locale.ROOT, " (%.2f)", quantil(e.getValue(), 0.99) / basis), "p99 ratio <= 2");
        }
        StringBuilder langsamste = new StringBuilder("plain " + ms(kalt.schlicht(), 1.0));
        for (Map.Entry<String, List<Long>> e : kalt.jeAufgabe().entrySet()) {
            langsamste.append(", ").append(e.getKey().replaceAll(" \\(.*", "")).append(' ').append(ms(e.getValue(), 1.0));
        }
        zeile("REST click, 8 clients, warm-up: the first " + CLIENTS + " procedures after the start (not counted above), slowest click per task",
                DATENBANK, langsamste.toString(), "");
    }

    /** The plain clicks and each task's clicks of one phase. */
    private record Klickphase(List<Long> schlicht, Map<String, List<Long>> jeAufgabe) {
    }

    private static Klickphase klickphase(ProcessEngine engine, int port, int verfahren, String praefix) throws Exception {
        Ausschreibungslauf lauf = new Ausschreibungslauf(engine);
        TaskService tasks = engine.getTaskService();
        ManagementService management = engine.getManagementService();
        List<String> verfahrensnummern = new ArrayList<>();
        for (int i = 0; i < verfahren; i++) {
            String bk = praefix + i + "-" + System.nanoTime();
            verfahrensnummern.add(bk);
            lauf.starten(bk);
        }
        List<Long> schlicht = new ArrayList<>();
        Map<String, List<Long>> jeAufgabe = new java.util.LinkedHashMap<>();
        java.util.Date uhr = null;
        for (String[] aufgabe : KLICKAUFGABEN) {
            String key = aufgabe[0];
            List<Klick> klicks = new ArrayList<>();
            for (int i = 0; i < verfahren; i++) {
                String bk = verfahrensnummern.get(i);
                if (key.equals("UserTask_ZuschlagErteilen")) {
                    // the standstill ends: its timer fires at its due date; the awards are clicked a minute after the latest
                    lauf.fortsetzenBis(bk, "TimerEvent_WartefristAbgelaufen");
                    Job frist = management.createJobQuery().processInstanceId(engine.getRuntimeService().createProcessInstanceQuery()
                            .processInstanceBusinessKey(bk).processDefinitionKey("dms-vergabe").singleResult().getId()).activityId("TimerEvent_WartefristAbgelaufen").singleResult();
                    org.camunda.bpm.engine.impl.util.ClockUtil.setCurrentTime(frist.getDuedate());
                    try {
                        management.executeJob(frist.getId());
                    } finally {
                        org.camunda.bpm.engine.impl.util.ClockUtil.reset();
                    }
                    java.util.Date ende = new java.util.Date(frist.getDuedate().getTime() + 60_000);
                    uhr = uhr == null || ende.after(uhr) ? ende : uhr;
                } else if (!key.equals("UserTask_InteressenkonfliktErklaeren")) {
                    lauf.fortsetzenBis(bk, key);
                }
                for (Task t : tasks.createTaskQuery().processInstanceBusinessKey(bk).taskDefinitionKey(key).orderByTaskId().asc().list()) {
                    String benutzer = t.getAssignee() != null ? t.getAssignee()
                            : key.equals("UserTask_BekanntmachungVeroeffentlichen") ? "vergabe2" : "vergabe1";
                    if (t.getAssignee() == null) {
                        // Tasklist's claim is a click of its own, not measured
                        tasks.claim(t.getId(), benutzer);
                    }
                    klicks.add(new Klick(i % CLIENTS, t.getId(), benutzer, klickwerte(key)));
                }
            }
            schlicht.addAll(klickrunde(port, schlichteKlicks(engine, klicks.size())));
            if (key.equals("UserTask_BekanntmachungVeroeffentlichen")) {
                // the notice goes out a day after the awards
                uhr = new java.util.Date(uhr.getTime() + Duration.ofDays(1).toMillis());
            }
            if (key.equals("UserTask_ZuschlagErteilen") || key.equals("UserTask_BekanntmachungVeroeffentlichen")) {
                org.camunda.bpm.engine.impl.util.ClockUtil.setCurrentTime(uhr);
            }
            try {
                jeAufgabe.put(aufgabe[1] + " (" + key + ")", klickrunde(port, klicks));
            } finally {
                org.camunda.bpm.engine.impl.util.ClockUtil.reset();
            }
        }
        for (String bk : verfahrensnummern) {
            lauf.fortsetzen(bk);
        }
        return new Klickphase(schlicht, jeAufgabe);
    }

    private static Map<String, Object> klickwerte(String key) {
        return switch (key) {
            case "UserTask_InteressenkonfliktErklaeren" -> Verfahrensschritte.erklaerung();
            case "UserTask_BewertungsbogenAusfuellen" -> Verfahrensschritte.bogen(7);
            case "UserTask_BekanntmachungVeroeffentlichen" -> Verfahrensschritte.bekanntmachung(LocalDate.now(ZoneId.of("Europe/Berlin")).plusDays(5).toString());
            default -> Ausschreibungslauf.formular(key);
        };
    }

    /** {@code anzahl} fresh instances of the minimal process, their tasks spread over the 8 clients. */
    private static List<Klick> schlichteKlicks(ProcessEngine engine, int anzahl) {
        List<Klick> klicks = new ArrayList<>();
        for (int i = 0; i < anzahl; i++) {
            String pi = engine.getRuntimeService().startProcessInstanceByKey("leistung-klick", "KLICK-" + System.nanoTime()).getId();
            klicks.add(new Klick(i % CLIENTS, engine.getTaskService().createTaskQuery().processInstanceId(pi).singleResult().getId(),
                    "vergabe1", Map.of()));
        }
        return klicks;
    }

    /** 8 clients, each submitting its own tasks one after the other; the latency of each submit. */
    private static List<Long> klickrunde(int port, List<Klick> klicks) throws Exception {
        List<Long> latenzen = Collections.synchronizedList(new ArrayList<>());
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        try {
            List<Future<?>> laeufe = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                int client = c;
                laeufe.add(clients.submit(() -> {
                    for (Klick k : klicks) {
                        if (k.client() != client) {
                            continue;
                        }
                        Rest r = new Rest(port, k.benutzer());
                        long t0 = System.nanoTime();
                        Rest.Antwort antwort = r.post("/task/" + k.taskId() + "/submit-form", Rest.variablen(k.werte()));
                        latenzen.add(System.nanoTime() - t0);
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
        } finally {
            clients.shutdown();
        }
        return new ArrayList<>(latenzen);
    }

    // --- history at scale: the same reads with an empty history and with the history of many finished tenders ---

    /**
     * One procedure stands at "Vergabevermerk abschließen" and 20 more at the opening; the four reads below are
     * measured, then the rows of one finished tender (engine history and the application's tables) are copied
     * {@code verfahren} times ({@link #vervielfachen}), then the same four reads again: medians and ratios.
     */
    private static void historie(ConfigurableApplicationContext ctx, ProcessEngine engine, int port, int verfahren) throws Exception {
        Ausschreibungslauf lauf = new Ausschreibungslauf(engine);
        String vorlage = "VG-HIST-VORLAGE-" + System.nanoTime();
        lauf.durchlaufen(vorlage);
        String bk = "VG-HIST-MESS-" + System.nanoTime();
        lauf.bisZumVergabevermerk(bk);
        for (int i = 0; i < 20; i++) {
            lauf.angebotsfristAblaufen(lauf.starten("VG-HIST-OFFEN-" + i + "-" + System.nanoTime()));
        }
        Rest vergabe1 = new Rest(port, "vergabe1");
        Map<String, List<Long>> leer = lesungen(vergabe1, bk);
        long t0 = System.nanoTime();
        vervielfachen(ctx.getBean(javax.sql.DataSource.class), engine, vorlage, verfahren);
        long beendet = engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey("dms-vergabe").finished().count();
        System.out.printf(Locale.ROOT, "  history of %d finished tenders, copied in %.0f s%n", beendet, (System.nanoTime() - t0) / 1e9);
        Map<String, List<Long>> voll = lesungen(vergabe1, bk);
        for (String lesung : leer.keySet()) {
            zeile(lesung + ": median empty history / with " + beendet + " finished tenders, ratio", DATENBANK,
                    ms(leer.get(lesung), 0.5) + " / " + ms(voll.get(lesung), 0.5)
                            + String.format(Locale.ROOT, " (%.2f)", quantil(voll.get(lesung), 0.5) / quantil(leer.get(lesung), 0.5)),
                    "<= 1.5");
        }
    }

    /** Each read 5 times to warm up, then 25 times measured, round-robin. */
    private static Map<String, List<Long>> lesungen(Rest vergabe1, String bk) {
        Map<String, java.util.function.Supplier<Integer>> lesungen = new java.util.LinkedHashMap<>();
        lesungen.put("Vergabevermerk (draft PDF generated from the history)",
                () -> vergabe1.getRoh("/api/vergaben/" + bk + "/dokumente/vergabevermerk.pdf").status());
        lesungen.put("documents list", () -> vergabe1.getRoh("/api/vergaben/" + bk + "/dokumente").status());
        lesungen.put("ranking endpoint", () -> vergabe1.getRoh("/api/vergaben/" + bk + "/wertung").status());
        Map<String, Object> abfrage = Map.of("candidateGroup", "vergabestelle",
                "sorting", List.of(Map.of("sortBy", "dueDate", "sortOrder", "asc")));
        lesungen.put("Tasklist's task query (candidate group, by due date, first 15)",
                () -> vergabe1.post("/task?firstResult=0&maxResults=15", abfrage).status());
        Map<String, List<Long>> latenzen = new java.util.LinkedHashMap<>();
        for (int i = 0; i < 30; i++) {
            for (Map.Entry<String, java.util.function.Supplier<Integer>> l : lesungen.entrySet()) {
                long s = System.nanoTime();
                int status = l.getValue().get();
                long d = System.nanoTime() - s;
                if (status != 200) {
                    throw new IllegalStateException(l.getKey() + ": HTTP " + status);
                }
                if (i >= 5) {
                    latenzen.computeIfAbsent(l.getKey(), k -> new ArrayList<>()).add(d);
                }
            }
        }
        return latenzen;
    }

    /** Engine columns that name a model, a definition, a person or a type: the same in every copy. */
    private static final java.util.Set<String> GLEICHE_SPALTEN = java.util.Set.of("PROC_DEF_ID_", "PROCESS_DEF_ID_", "DEPLOYMENT_ID_",
            "JOB_DEF_ID_", "DEC_DEF_ID_", "DEC_REQ_ID_", "CASE_DEF_ID_", "TENANT_ID_", "USER_ID_", "START_USER_ID_", "ASSIGNER_ID_",
            "GROUP_ID_", "ACT_ID_", "START_ACT_ID_", "END_ACT_ID_", "FAILED_ACT_ID_", "ACTIVITY_ID_", "FAILED_ACTIVITY_ID_",
            "CLAUSE_ID_", "RULE_ID_", "WORKER_ID_", "BATCH_ID_");
    /** Copies per statement. */
    private static final int JE_ANWEISUNG = 200;

    /**
     * The faster route to the history of many finished tenders (one tender through the engine takes about a second
     * here, 10,000 would take hours): the rows one finished tender left, copied {@code kopien} times with SQL. In
     * the engine's history tables and the byte arrays of that history (all rows of its root process instance),
     * every id of an instance, execution, activity instance, task, variable, job, byte array and the business key
     * get the copy's number appended (or in place of their last 6 characters, see below); ids of models, definitions, people and activities stay. In the application's
     * tables (the retention list, {@link de.leverkusen.vergabe.verfahren.Aufbewahrung#TABELLEN}) the numeric ids
     * move by a multiple of an offset, and the engine ids and unique keys get the same suffix. So every copy has
     * the rows, sizes and index entries of a real tender, as a real history would.
     */
    private static void vervielfachen(javax.sql.DataSource ds, ProcessEngine engine, String vorlage, int kopien) throws Exception {
        String wurzel = engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceBusinessKey(vorlage)
                .processDefinitionKey("dms-vergabe").singleResult().getId();
        try (java.sql.Connection c = ds.getConnection()) {
            c.setAutoCommit(true);
            Map<String, List<String[]>> tabellen = new java.util.LinkedHashMap<>();
            try (java.sql.ResultSet rs = c.createStatement().executeQuery("select table_name, column_name, data_type, coalesce(character_maximum_length, 0) from "
                    + "information_schema.columns where table_schema = current_schema and (table_name like 'ACT_HI_%' or table_name = 'ACT_GE_BYTEARRAY' "
                    + "or lower(table_name) in (" + String.join(",", de.leverkusen.vergabe.verfahren.Aufbewahrung.TABELLEN.stream()
                    .map(t -> "'" + t + "'").toList()) + ")) order by table_name, ordinal_position")) {
                while (rs.next()) {
                    tabellen.computeIfAbsent(rs.getString(1), t -> new ArrayList<>()).add(new String[] {rs.getString(2), rs.getString(3), rs.getString(4)});
                }
            }
            long versatz;
            try (java.sql.ResultSet rs = c.createStatement().executeQuery("select max(id) from vergabe")) {
                rs.next();
                // larger than every id of the application's tables (a tender has a few hundred rows in each)
                versatz = Math.max(1_000_000, rs.getLong(1) * 1000);
            }
            long vergabeId;
            try (java.sql.PreparedStatement p = c.prepareStatement("select id from vergabe where business_key = ?")) {
                p.setString(1, vorlage);
                java.sql.ResultSet rs = p.executeQuery();
                rs.next();
                vergabeId = rs.getLong(1);
            }
            List<String> fachtabellen = new ArrayList<>(de.leverkusen.vergabe.verfahren.Aufbewahrung.TABELLEN);
            Collections.reverse(fachtabellen);
            List<String> reihenfolge = new ArrayList<>();
            tabellen.keySet().stream().filter(t -> t.startsWith("ACT_")).forEach(reihenfolge::add);
            for (String t : fachtabellen) {
                tabellen.keySet().stream().filter(n -> n.equalsIgnoreCase(t)).forEach(reihenfolge::add);
            }
            for (int von = 1; von <= kopien; von += JE_ANWEISUNG) {
                int bis = Math.min(kopien, von + JE_ANWEISUNG - 1);
                for (String tabelle : reihenfolge) {
                    List<String[]> spalten = tabellen.get(tabelle);
                    boolean engineTabelle = tabelle.startsWith("ACT_");
                    if (engineTabelle && spalten.stream().noneMatch(s -> s[0].equals("ROOT_PROC_INST_ID_"))) {
                        continue;
                    }
                    List<String> namen = new ArrayList<>();
                    List<String> werte = new ArrayList<>();
                    for (String[] s : spalten) {
                        String name = s[0];
                        boolean text = s[1].contains("CHAR");
                        String n = name.toUpperCase(Locale.ROOT);
                        namen.add(name);
                        if (engineTabelle ? text && (n.equals("ID_") || n.endsWith("ID_") && !GLEICHE_SPALTEN.contains(n) || n.equals("BUSINESS_KEY_"))
                                : text && (n.endsWith("_ID") || List.of("BUSINESS_KEY", "MESSAGE_ID", "BESTELLNUMMER").contains(n))) {
                            // the same id gets the same new id in every column; ids near the column's 64 characters
                            // (activity instance ids: activity id and a time-based UUID) lose their last 6 characters
                            // (the UUID's node, the same in all ids of a node) for the copy's number instead
                            // (in a shorter column, e.g. the xdomea process id of 36, at its own length)
                            int grenze = Math.min(Integer.parseInt(s[2]), 64) - 8;
                            werte.add("case when length(t." + name + ") > " + grenze + " then left(t." + name + ", length(t." + name
                                    + ") - 6) || '~' || lpad(r.x, 5, '0') else t." + name + " || '~' || r.x end");
                        } else if (!engineTabelle && !text && (n.equals("ID") || n.endsWith("_ID"))) {
                            werte.add("t." + name + " + r.x * " + versatz);
                        } else {
                            werte.add("t." + name);
                        }
                    }
                    String filter = engineTabelle ? "t.ROOT_PROC_INST_ID_ = '" + wurzel + "'"
                            : switch (tabelle.toLowerCase(Locale.ROOT)) {
                                case "vergabe" -> "t.id = " + vergabeId;
                                case "bewertungspunkt" -> "t.bogen_id in (select id from bewertungsbogen where vergabe_id = " + vergabeId + ")";
                                case "konsolidierungspunkt" -> "t.konsolidierung_id in (select id from konsolidierung where vergabe_id = " + vergabeId + ")";
                                default -> "t.vergabe_id = " + vergabeId;
                            };
                    c.createStatement().executeUpdate("insert into " + tabelle + " (" + String.join(", ", namen) + ") select "
                            + String.join(", ", werte) + " from " + tabelle + " t, system_range(" + von + ", " + bis + ") r where " + filter);
                }
                System.out.println("  " + bis + " tenders' history copied");
            }
            // the application's identity columns continue after the copies
            for (String t : fachtabellen) {
                if (tabellen.keySet().stream().noneMatch(n -> n.equalsIgnoreCase(t) && tabellen.get(n).stream().anyMatch(s -> s[0].equalsIgnoreCase("id")))) {
                    continue;
                }
                try (java.sql.ResultSet rs = c.createStatement().executeQuery("select coalesce(max(id), 0) + 1 from " + t)) {
                    rs.next();
                    c.createStatement().execute("alter table " + t + " alter column id restart with " + rs.getLong(1));
                }
            }
            c.createStatement().execute("analyze");
        }
    }

    // --- memory: a soak of mixed REST work ------------------------------------------------------------------

    /**
     * {@code minuten} of mixed REST work by 4 clients against the application in this JVM ({@code -Xmx512m}): each
     * round starts a procedure with the start form, completes its three declarations, reads its documents list and
     * downloads the draft Vergabevermerk (PDF, generated from the history) and the draft resolution of a procedure
     * prepared at "Vergabevermerk abschließen". Once a minute the clients pause after their current round (what a
     * request in flight holds would count as live otherwise), then a full GC, the heap in use and the resident memory
     * of the process are read and the clients go on. Printed as a table; "flat" is judged over the last two thirds of
     * the samples (the last 20 of 30 minutes).
     */
    private static void dauerlast(ProcessEngine engine, int port, int minuten) throws Exception {
        Ausschreibungslauf lauf = new Ausschreibungslauf(engine);
        String akte = "VG-DAUER-AKTE-" + System.nanoTime();
        lauf.bisZumVergabevermerk(akte);
        long ende = System.nanoTime() + Duration.ofMinutes(minuten).toNanos();
        AtomicInteger runden = new AtomicInteger();
        ExecutorService clients = Executors.newFixedThreadPool(4);
        // a round holds the read lock, a sample the write lock: the sample waits for the rounds in flight
        java.util.concurrent.locks.ReadWriteLock probe = new java.util.concurrent.locks.ReentrantReadWriteLock(true);
        List<Future<?>> laeufe = new ArrayList<>();
        for (int c = 0; c < 4; c++) {
            int client = c;
            laeufe.add(clients.submit(() -> {
                Rest vergabe1 = new Rest(port, "vergabe1");
                int i = 0;
                while (System.nanoTime() < ende) {
                    probe.readLock().lock();
                    try {
                        dauerrunde(vergabe1, "VG-DAUER-" + client + "-" + (i++) + "-" + System.nanoTime(), akte);
                        runden.incrementAndGet();
                    } finally {
                        probe.readLock().unlock();
                    }
                }
                return null;
            }));
        }
        java.lang.management.MemoryMXBean speicher = java.lang.management.ManagementFactory.getMemoryMXBean();
        List<long[]> proben = new ArrayList<>();
        long beginn = System.nanoTime();
        for (long k = 1; System.nanoTime() < ende; k++) {
            // on the minute from the start, however long the last sample waited for the rounds in flight
            Thread.sleep(Math.max(1, (Math.min(beginn + k * 60_000_000_000L, ende) - System.nanoTime()) / 1_000_000));
            long heap;
            long rss;
            probe.writeLock().lock();
            try {
                System.gc();
                System.gc();
                heap = speicher.getHeapMemoryUsage().getUsed() / (1024 * 1024);
                rss = rssMib(ProcessHandle.current().pid());
            } finally {
                probe.writeLock().unlock();
            }
            long minute = Math.round((System.nanoTime() - beginn) / 6e10);
            proben.add(new long[] {minute, heap, rss, runden.get()});
            System.out.printf(Locale.ROOT, "  soak minute %d: heap after GC %d MiB, RSS %d MiB, %d rounds%n", minute, heap, rss, runden.get());
        }
        for (Future<?> f : laeufe) {
            f.get();
        }
        clients.shutdown();
        StringBuilder tabelle = new StringBuilder("| minute | heap after full GC (MiB) | resident memory (MiB) | rounds so far |\n|---|---|---|---|\n");
        for (long[] p : proben) {
            tabelle.append(String.format(Locale.ROOT, "| %d | %d | %d | %d |%n", p[0], p[1], p[2], p[3]));
        }
        Files.writeString(Path.of("target", "leistung-dauer.md"), tabelle);
        System.out.println(tabelle);
        List<long[]> spaet = proben.subList(proben.size() / 3, proben.size());
        zeile("soak " + minuten + " min, 4 clients (start, 3 declarations, documents list, 2 PDF downloads per round): "
                + runden.get() + " rounds; heap after GC / RSS, spread over the last two thirds (target/leistung-dauer.md)", DATENBANK,
                String.format(Locale.ROOT, "heap %d-%d MiB (%.0f %%), RSS %d-%d MiB (%.0f %%)", min(spaet, 1), max(spaet, 1),
                        100.0 * (max(spaet, 1) - min(spaet, 1)) / min(spaet, 1), min(spaet, 2), max(spaet, 2),
                        100.0 * (max(spaet, 2) - min(spaet, 2)) / min(spaet, 2)), "flat within 10 %, -Xmx512m");
    }

    /** One round of the soak: a start, its three declarations, its documents list and two PDFs of the prepared Akte. */
    private static void dauerrunde(Rest vergabe1, String bk, String akte) {
        Verfahrensschritte.starten(vergabe1, bk, Verfahrensschritte.startformular(OffsetDateTime.now(ZoneId.of("Europe/Berlin")).plusDays(1)));
        for (String bewerter : Verfahrensschritte.BEWERTER) {
            Rest r = vergabe1.als(bewerter);
            for (JsonNode t : Verfahrensschritte.eigeneAufgaben(r, bk, "UserTask_InteressenkonfliktErklaeren")) {
                r.erfolgreich(r.erledigen(t, Verfahrensschritte.erklaerung()));
            }
        }
        pruefen(vergabe1.getRoh("/api/vergaben/" + bk + "/dokumente"));
        pruefen(vergabe1.getRoh("/api/vergaben/" + akte + "/dokumente/vergabevermerk.pdf"));
        pruefen(vergabe1.getRoh("/api/vergaben/" + akte + "/dokumente/ratsbeschlussvorlage.pdf"));
    }

    private static long min(List<long[]> proben, int spalte) {
        return proben.stream().mapToLong(p -> p[spalte]).min().orElse(0);
    }

    private static long max(List<long[]> proben, int spalte) {
        return proben.stream().mapToLong(p -> p[spalte]).max().orElse(0);
    }

    private static void pruefen(Rest.Roh antwort) {
        if (antwort.status() != 200) {
            throw new IllegalStateException("HTTP " + antwort.status() + " " + antwort.text());
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
        zeile("task query (candidate group, by due date, first 15) with " + laufend + " running procedures: median / p99", DATENBANK,
                ms(latenzen, 0.5) + " / " + ms(latenzen, 0.99), "p99 < 100 ms");
        zeile("resident memory of this JVM (application in-process) after the load", DATENBANK, rss(ProcessHandle.current().pid()), "-Xmx512m");
    }

    // --- helpers ---------------------------------------------------------------------------------------------

    private static String ms(List<Long> nanos, double quantil) {
        return String.format(Locale.ROOT, "%.1f ms", quantil(nanos, quantil) / 1e6);
    }

    /** The nearest-rank quantile (p99 of fewer than 100 values is their maximum). */
    private static double quantil(List<Long> nanos, double quantil) {
        List<Long> s = new ArrayList<>(nanos);
        Collections.sort(s);
        return s.get(Math.min(s.size() - 1, Math.max(0, (int) Math.ceil(quantil * s.size()) - 1)));
    }

    private static String rss(Knoten k) {
        return rss(k.pid());
    }

    private static long rssMib(long pid) {
        try (Stream<String> zeilen = Files.lines(Path.of("/proc/" + pid + "/status"))) {
            return zeilen.filter(z -> z.startsWith("VmRSS:")).map(z -> z.substring(6).trim().replace(" kB", ""))
                    .mapToLong(kb -> Long.parseLong(kb) / 1024).findFirst().orElse(-1);
        } catch (IOException e) {
            return -1;
        }
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
