package de.leverkusen.vergabe.paket;

import static de.leverkusen.vergabe.cluster.Verfahrensschritte.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import de.leverkusen.vergabe.cluster.Knoten;
import de.leverkusen.vergabe.cluster.Rest;
import de.leverkusen.vergabe.cluster.Verfahrensschritte;
import de.leverkusen.vergabe.lizenz.ivl.IvlAttrappe;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.springframework.util.FileSystemUtils;

/**
 * The artifacts that operators run, started exactly as docs/konfiguration.md says, each as a process of its own on a free port
 * with a fresh data folder, a real SMTP server (GreenMail) and an ivl stand-in on loopback: the fat jar
 * ({@code java -jar target/vergabe-workflow-engine-*.jar}) and the extracted jar with its CDS archive
 * ({@code java -Xmx512m -XX:SharedArchiveFile=target/app/vergabe-workflow-engine.jsa -jar target/app/vergabe-workflow-engine.jar}).
 * Each drives one whole tender through the REST API to its end event, checks its final documents and that Tasklist,
 * Cockpit and Admin load with every script they reference, and stops the application with SIGTERM: a normal stop
 * logs no ERROR. Runs with failsafe after {@code package}; the class folders the other tests use cannot show what
 * only a packaged jar does (nested jars, a manifest class path).
 * <p>
 * Time: the tender's dates lie in 2021, so its timers are due at once; only the § 134 GWB standstill lies in the
 * future. After the letters the application is stopped (SIGTERM) and started again on the same data under libfaketime
 * (Debian's {@code libfaketime}, installed by {@code .ci/run}) with {@code FAKETIME=+12d}: the standstill has passed
 * and the procedure goes on where it stopped, as on a server that runs again twelve days later. The packaged
 * application is not changed for the test; the monotonic clock is left alone.
 */
class PaketierteAnwendungIT {

    private static final Path FAKETIME = Path.of("/usr/lib/x86_64-linux-gnu/faketime/libfaketime.so.1");
    private static final String KEY = "VG-2021-DMS-PAKET";
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern SKRIPT = Pattern.compile("<script[^>]*\\ssrc=\"([^\"]+)\"");
    private static final Pattern STIL = Pattern.compile("<link[^>]*\\shref=\"([^\"]+\\.css[^\"]*)\"");
    private static final Pattern PLUGIN = Pattern.compile("location:\\s*'([^']+)',\\s*main:\\s*'([^']+)'");

    private GreenMail mailserver;
    private IvlAttrappe ivl;
    private Knoten knoten;

    @BeforeEach
    void aussenwelt() throws IOException {
        assertThat(FAKETIME).as("libfaketime (Debian: apt-get install libfaketime; .ci/run installs it)").isRegularFile();
        mailserver = new GreenMail(new ServerSetup(freierPort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mailserver.start();
        ivl = new IvlAttrappe();
    }

    @AfterEach
    void aufraeumen() {
        if (knoten != null) {
            knoten.close();
        }
        if (ivl != null) {
            ivl.close();
        }
        if (mailserver != null) {
            mailserver.stop();
        }
    }

    @Test
    void fettesJar() throws Exception {
        Path jar = Path.of(System.getProperty("vergabe.jar", "target/vergabe-workflow-engine-0.1.0-SNAPSHOT.jar")).toAbsolutePath();
        ausschreibungMitDemStart("fettes-jar", List.of("-Xmx512m", "-jar", jar.toString()));
    }

    @Test
    @DisabledIfSystemProperty(named = "vergabe.cds.skip", matches = "true", disabledReason = "target/app not built (-Dvergabe.cds.skip=true)")
    void ausgepacktesJarMitCdsArchiv() throws Exception {
        Path app = Path.of(System.getProperty("vergabe.app", "target/app")).toAbsolutePath();
        Path cdsLog = Path.of("target", "knoten", "ausgepackt-cds-cds.log").toAbsolutePath();
        Files.deleteIfExists(cdsLog);
        // the documented command (docs/konfiguration.md); the JVM's CDS log (to a file of its own) shows whether the archive was mapped
        ausschreibungMitDemStart("ausgepackt-cds", List.of("-Xmx512m", "-XX:SharedArchiveFile=" + app.resolve("vergabe-workflow-engine.jsa"),
                "-Xlog:cds=info:file=" + cdsLog, "-jar", app.resolve("vergabe-workflow-engine.jar").toString()));
        assertThat(Files.readString(cdsLog)).as("CDS archive used").contains("Mapped dynamic region");
    }

    private void ausschreibungMitDemStart(String name, List<String> javaArgumente) throws Exception {
        int port = freierPort();
        Path ordner = Files.createDirectories(Path.of("target", "knoten").toAbsolutePath());
        Path daten = ordner.resolve(name + "-daten");
        FileSystemUtils.deleteRecursively(daten);
        knoten = Knoten.starten(name, port, befehl(javaArgumente, port, daten), Map.of());
        webanwendungenLaden(port);
        // up to the § 134 letters in real time; then a regular stop and a restart 12 days later on the same data:
        // the standstill has passed and the procedure goes on where it was
        ganzeAusschreibung(port, () -> {
            stoppen(name);
            int spaeter = freierPort();
            Map<String, String> umgebung = new LinkedHashMap<>();
            umgebung.put("LD_PRELOAD", FAKETIME.toString());
            umgebung.put("FAKETIME", "+12d");
            umgebung.put("FAKETIME_DONT_FAKE_MONOTONIC", "1");
            // libfaketime 0.9.10 forces its monotonic fix on this glibc, and the JVM's timed waits then return at once
            // (Object.wait(1) and parkNanos spin, Thread.sleep(1) takes 17 ms): the start took 130-170 s instead of 14 s
            umgebung.put("FAKETIME_FORCE_MONOTONIC_FIX", "0");
            knoten = Knoten.starten(name + "-12-tage-spaeter", spaeter, befehl(javaArgumente, spaeter, daten), umgebung);
            return spaeter;
        });
        stoppen(name + "-12-tage-spaeter");
    }

    /** The documented command (docs/konfiguration.md) with what an operator sets: port, data folder, mail server, ivl's endpoint and credentials. */
    private List<String> befehl(List<String> javaArgumente, int port, Path daten) {
        List<String> befehl = new ArrayList<>();
        befehl.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        befehl.addAll(javaArgumente);
        befehl.addAll(List.of("--server.port=" + port, "--vergabe.daten-verzeichnis=" + daten,
                "--spring.mail.host=127.0.0.1", "--spring.mail.port=" + mailserver.getSmtp().getPort(),
                "--vergabe.ivl.url=" + ivl.url(), "--vergabe.ivl.username=" + IvlAttrappe.BENUTZER,
                "--vergabe.ivl.password=" + IvlAttrappe.PASSWORT));
        return befehl;
    }

    /** SIGTERM, as an operator stops the service: a regular shutdown logs no ERROR, before or during it. */
    private void stoppen(String name) {
        int exit = knoten.beenden(Duration.ofSeconds(60));
        String log = knoten.log();
        knoten = null;
        // SIGTERM: the JVM's exit code is 143 (128 + 15) after a regular shutdown
        assertThat(exit).as("exit code of " + name).isIn(0, 143);
        assertThat(log).contains("ivl-Worker angehalten");
        assertThat(log.lines().filter(z -> z.contains(" ERROR ")).toList()).as("ERROR lines in the log of " + name).isEmpty();
    }

    /** Tasklist, Cockpit and Admin: the page and every script, style sheet and plugin script it references. */
    private static void webanwendungenLaden(int port) throws IOException {
        Rest anonym = new Rest(port, "niemand");
        for (String app : List.of("tasklist", "cockpit", "admin")) {
            Rest.Roh seite = anonym.getRoh("/camunda/app/" + app + "/default/");
            assertThat(seite.status()).as(app).isEqualTo(200);
            List<String> verweise = new ArrayList<>();
            for (Pattern p : List.of(SKRIPT, STIL)) {
                Matcher m = p.matcher(seite.text());
                while (m.find()) {
                    verweise.add(m.group(1));
                }
            }
            Matcher plugins = PLUGIN.matcher(seite.text());
            int anzahlPlugins = 0;
            while (plugins.find()) {
                verweise.add(plugins.group(1) + "/" + plugins.group(2));
                anzahlPlugins++;
            }
            assertThat(anzahlPlugins).as("plugin packages of " + app).isPositive();
            assertThat(verweise).as(app).hasSizeGreaterThan(4);
            for (String verweis : verweise) {
                assertThat(anonym.getRoh(verweis).status()).as(app + ": " + verweis).isEqualTo(200);
            }
        }
        // the forms Tasklist renders are deployed with the models
        Rest vergabe1 = new Rest(port, "vergabe1");
        String definition = vergabe1.lesen("/process-definition/key/dms-vergabe").path("id").asText();
        JsonNode startformular = vergabe1.lesen("/process-definition/" + definition + "/deployed-start-form");
        assertThat(startformular.path("components").isArray()).as("deployed start form").isTrue();
    }

    private void ganzeAusschreibung(int port, java.util.concurrent.Callable<Integer> zwoelfTageSpaeter) throws Exception {
        Rest vergabe1 = new Rest(port, "vergabe1");
        String instanz = Verfahrensschritte.bisZurBieterinformation(vergabe1, KEY);

        // § 134 GWB: the letters to the two unsuccessful bidders go out by e-mail
        vergabe1.erfolgreich(vergabe1.erledigen(aufgaben(vergabe1, KEY, "UserTask_BieterInformieren").get(0), bieterinformation()));
        assertThat(empfaenger("Information nach § 134 GWB", 2)).containsExactlyInAnyOrder("vergabe@aktenwerk.example", "angebote@kommunal-dms.example");
        // the standstill (10 days from the day after dispatch, § 134 Abs. 2 GWB) passes: the service runs again 12 days later
        LocalDate heute = LocalDate.now(BERLIN);
        int spaeter = zwoelfTageSpaeter.call();
        nachDerWartefrist(new Rest(spaeter, "vergabe1"), instanz, heute);
    }

    /** From the award on, on the restarted application 12 days after the § 134 letters. */
    private void nachDerWartefrist(Rest vergabe1, String instanz, LocalDate heute) throws Exception {
        Rest admin = vergabe1.als("admin");
        assertThat(serverDatum(vergabe1)).isEqualTo(heute.plusDays(12));
        // the standstill's timer is due: the job executor fires it after the start (executing it through the REST API
        // as well would race the job executor)
        warteBis("award task after the standstill", Duration.ofSeconds(150),
                () -> aufgaben(vergabe1, KEY, "UserTask_ZuschlagErteilen").size() == 1);
        vergabe1.erfolgreich(vergabe1.erledigen(warteAufAufgaben(vergabe1, KEY, "UserTask_ZuschlagErteilen", 1).get(0),
                Map.of("zuschlagVermerk", "Zuschlagsschreiben elektronisch versandt.")));
        assertThat(empfaenger("Information über die Zuschlagserteilung", 3)).hasSize(3);

        // licence order: reviewed, sent by the in-app worker to the ivl stand-in, confirmed by ivl, delivery recorded
        vergabe1.erfolgreich(vergabe1.erledigen(warteAufAufgaben(vergabe1, KEY, "UserTask_LizenzbestellungPruefen", 1).get(0), Map.of(
                "loiReferenz", "LoI DMS Stadt Leverkusen / ivl", "lizenzanzahl", 1900, "kostenstelle", "040100",
                "liefertermin", serverDatum(vergabe1).plusDays(30).toString(),
                "lizenzPruefvermerk", "Bestellung gegen Zuschlag und Ratsbeschluss 2022/1234 geprüft.")));
        warteBis("order received by ivl", Duration.ofSeconds(60), () -> ivl.angenommeneBestellungen() == 1);
        assertThat(ivl.angenommen("IVL-" + KEY).path("auftragnehmer").asText()).isEqualTo("Rheinland Dokumentensysteme GmbH & Co. KG");
        Rest ivlBenutzer = vergabe1.als("ivl");
        warteBis("order sent (worker completed the external task)", Duration.ofSeconds(60), () -> admin.lesen(
                "/process-instance/" + instanz + "/activity-instances").toString().contains("TimerEvent_IvlBestaetigungsfristAbgelaufen"));
        ivlBenutzer.erfolgreich(ivlBenutzer.postAnwendung("/api/ivl/bestellungen/IVL-" + KEY + "/bestaetigung",
                Map.of("ivlReferenz", "IVL-AUF-2022-0815")));
        vergabe1.erfolgreich(vergabe1.erledigen(warteAufAufgaben(vergabe1, KEY, "UserTask_LizenzbereitstellungErfassen", 1).get(0), Map.of(
                "bereitgestelltAm", serverDatum(vergabe1).toString(), "bereitgestellteLizenzen", 1900,
                "bereitstellungVermerk", "Lizenzen im Portal der ivl freigeschaltet.")));

        // award notice: the eForms XML generated and validated against the SDK's schema inside the packaged jar
        vergabe1.erfolgreich(vergabe1.erledigen(warteAufAufgaben(vergabe1, KEY, "UserTask_BekanntmachungVeroeffentlichen", 1).get(0),
                bekanntmachung(serverDatum(vergabe1).toString())));
        vergabe1.erfolgreich(vergabe1.erledigen(warteAufAufgaben(vergabe1, KEY, "UserTask_VergabevermerkAbschliessen", 1).get(0),
                Map.of("vergabevermerkZusammenfassung", "Zuschlag an Rheinland Dokumentensysteme nach Ratsbeschluss 2022/1234.")));

        // the procedure has reached its regular end
        warteBis("procedure completed", Duration.ofSeconds(60),
                () -> "COMPLETED".equals(admin.lesen("/history/process-instance/" + instanz).path("state").asText()));
        assertThat(admin.lesen("/history/activity-instance?processInstanceId=" + instanz + "&activityId=EndEvent_VerfahrenAbgeschlossen")).hasSize(1);

        // the final documents exist and open
        Rest.Roh liste = vergabe1.getRoh("/api/vergaben/" + KEY + "/dokumente");
        assertThat(liste.status()).isEqualTo(200);
        Rest.Roh vermerk = vergabe1.getRoh("/api/vergaben/" + KEY + "/dokumente/vergabevermerk.pdf");
        assertThat(vermerk.status()).isEqualTo(200);
        assertThat(vermerk.headers().firstValue("X-Dokument-Status")).hasValue("ENDFASSUNG");
        assertThat(vermerk.text()).startsWith("%PDF-");
        Rest.Roh xml = vergabe1.getRoh("/api/vergaben/" + KEY + "/dokumente/vergabebekanntmachung.xml");
        assertThat(xml.status()).isEqualTo(200);
        assertThat(xml.text()).contains("ContractAwardNotice", "Rheinland Dokumentensysteme GmbH &amp; Co. KG");
        for (String vorlage : List.of("ratsbeschlussvorlage.pdf", "ratsbeschlussvorlage.docx", "ratsbeschlussvorlage-oparl.json")) {
            assertThat(vergabe1.getRoh("/api/vergaben/" + KEY + "/dokumente/" + vorlage).status()).as(vorlage).isEqualTo(200);
        }
        assertThat(JSON.readTree(liste.body()).path("dokumente").toString())
                .contains("vergabevermerk.pdf", "vergabebekanntmachung.xml", "ratsbeschlussvorlage.pdf");
    }

    /** The application's date: its clock runs under libfaketime; the web server states it in every answer's Date header. */
    private static LocalDate serverDatum(Rest benutzer) {
        String datum = benutzer.getRoh("/engine-rest/engine").headers().firstValue("Date").orElseThrow();
        return java.time.ZonedDateTime.parse(datum, java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME)
                .withZoneSameInstant(BERLIN).toLocalDate();
    }

    /** Recipients of the received mails of this procedure whose subject starts with the given words. */
    /** The recipients once {@code anzahl} letters arrived: the outbox's send task sends them one after the other. */
    private List<String> empfaenger(String betreff, int anzahl) throws Exception {
        warteBis("mails: " + betreff, Duration.ofSeconds(30), () -> empfaengerJetzt(betreff).size() >= anzahl);
        return empfaengerJetzt(betreff);
    }

    private List<String> empfaengerJetzt(String betreff) {
        List<String> liste = new ArrayList<>();
        try {
            for (MimeMessage m : mailserver.getReceivedMessages()) {
                if (m.getSubject().startsWith(betreff) && m.getSubject().contains(KEY + ")")) {
                    liste.add(m.getAllRecipients()[0].toString());
                }
            }
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
        return liste;
    }

    private static int freierPort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
