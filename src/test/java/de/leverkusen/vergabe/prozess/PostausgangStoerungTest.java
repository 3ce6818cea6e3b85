package de.leverkusen.vergabe.prozess;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMail;
import de.leverkusen.vergabe.dokumente.Dokument;
import de.leverkusen.vergabe.dokumente.DokumentRepository;
import de.leverkusen.vergabe.dokumente.Dokumenthaken;
import de.leverkusen.vergabe.schreiben.Postausgang;
import de.leverkusen.vergabe.schreiben.PostausgangRepository;
import de.leverkusen.vergabe.schreiben.Schreiben;
import de.leverkusen.vergabe.schreiben.SchreibenService;
import de.leverkusen.vergabe.schreiben.Versandhaken;
import de.leverkusen.vergabe.verfahren.Vergabe;
import de.leverkusen.vergabe.verfahren.VergabeService;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.test.context.ActiveProfiles;

/**
 * The outbox under faults of the real protocol (GreenMail for SMTP, a socket that never answers, a port where nothing
 * listens), with the real engine, delegates and tables. Job executor off: the test is the job executor.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = {"spring.autoconfigure.exclude=org.camunda.bpm.spring.boot.starter.rest.CamundaBpmRestJerseyAutoConfiguration",
                // a context (and engine) of its own: it has the crash hook below
                "camunda.bpm.process-engine-name=postausgangtest",
                // two waits, so three attempts in all before the incident
                "vergabe.postausgang.wiederholungen=PT1M,PT5M"})
@ActiveProfiles("test")
class PostausgangStoerungTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    /** Throws once, when armed, after the mail server accepted a message and before it is marked sent. */
    static final class Absturz implements Versandhaken {
        final AtomicBoolean scharf = new AtomicBoolean();

        @Override
        public void angenommen(Postausgang nachricht) {
            if (scharf.getAndSet(false)) {
                throw new IllegalStateException("simulierter Absturz nach der Annahme von " + nachricht.getMessageId());
            }
        }
    }

    /** A broken document generator while {@code kaputt} is set. */
    static final class Dokumentfehler implements Dokumenthaken {
        final AtomicBoolean kaputt = new AtomicBoolean();

        @Override
        public void erzeugt(String businessKey, String dateiname) {
            if (kaputt.get()) {
                throw new IllegalStateException("Erzeugung von " + dateiname + " für " + businessKey + " fehlgeschlagen (Testfehler)");
            }
        }
    }

    @TestConfiguration
    static class Haken {
        @Bean
        Absturz absturz() {
            return new Absturz();
        }

        @Bean
        Dokumentfehler dokumentfehler() {
            return new Dokumentfehler();
        }
    }

    @Autowired ProcessEngine engine;
    @Autowired RuntimeService runtime;
    @Autowired TaskService tasks;
    @Autowired ManagementService management;
    @Autowired VergabeService vergaben;
    @Autowired SchreibenService schreiben;
    @Autowired PostausgangRepository postausgang;
    @Autowired GreenMail greenMail;
    @Autowired JavaMailSenderImpl mailSender;
    @Autowired Absturz absturz;
    @Autowired Dokumentfehler dokumentfehler;
    @Autowired DokumentRepository dokumente;

    private int smtpPort;

    @BeforeEach
    void port() {
        smtpPort = mailSender.getPort();
    }

    @AfterEach
    void zuruecksetzen() {
        mailSender.setPort(smtpPort);
        absturz.scharf.set(false);
        dokumentfehler.kaputt.set(false);
        ClockUtil.reset();
    }

    @Test
    void mailserverAusgefallen_dieAufgabeWirdErledigt_dieSchreibenGehenNachDerWiederkehrJeGenauEinmalAus() throws Exception {
        String bk = "VG-POST-AUSFALL";
        String pi = new Ausschreibungslauf(engine).bisZurBieterinformation(bk);
        Long vergabeId = (Long) runtime.getVariable(pi, "vergabeId");
        mailSender.setPort(freierPort());

        // the Vergabestelle's release succeeds although no mail server answers
        erledigen(aufgabe(pi, "UserTask_BieterInformieren"), ProzessTestHelfer.bieterinformation());
        assertThat(tasks.createTaskQuery().processInstanceId(pi).taskDefinitionKey("UserTask_BieterInformieren").count()).isZero();
        Job senden = sendejob(pi);

        // every attempt fails: after the retries an incident that names the recipient and the error
        int versuche = 0;
        while (management.createJobQuery().jobId(senden.getId()).singleResult().getRetries() > 0) {
            assertThatThrownBy(() -> management.executeJob(senden.getId())).hasMessageContaining("E-Mail an vergabe@aktenwerk.example");
            versuche++;
        }
        // PT1M,PT5M: the first attempt and one retry after each wait
        assertThat(versuche).isEqualTo(3);
        Incident stoerung = runtime.createIncidentQuery().processInstanceId(pi).singleResult();
        assertThat(stoerung.getActivityId()).isEqualTo("ServiceTask_BieterinformationVersenden");
        assertThat(stoerung.getIncidentMessage()).contains("E-Mail an vergabe@aktenwerk.example", "nicht versandt", "Couldn't connect to host");
        assertThat(briefe134(bk)).isEmpty();
        assertThat(schreiben134(vergabeId)).allSatisfy(s -> assertThat(s.getVersandtAm()).isNull());
        // no standstill, no award while the letters wait
        assertThat(vergaben.vergabe(vergabeId).getStatus()).isEqualTo(Vergabe.Status.RAT_ZUGESTIMMT);
        assertThat(vergaben.zuschlagVerwehrt(vergabeId)).isNotNull();

        // two days later the mail server is back; operations retries the job (Cockpit: "Retry")
        LocalDate wieder = LocalDate.now(BERLIN).plusDays(2);
        ClockUtil.setCurrentTime(Date.from(LocalDateTime.of(wieder, java.time.LocalTime.of(9, 30)).atZone(BERLIN).toInstant()));
        mailSender.setPort(smtpPort);
        management.setJobRetries(senden.getId(), 1);
        management.executeJob(senden.getId());

        assertThat(runtime.createIncidentQuery().processInstanceId(pi).count()).isZero();
        List<MimeMessage> briefe = briefe134(bk);
        assertThat(briefe).extracting(m -> m.getAllRecipients()[0].toString())
                .containsExactlyInAnyOrder("vergabe@aktenwerk.example", "ausschreibung@rheinland-doku.example");
        assertThat(briefe).extracting(m -> m.getHeader("Message-ID")[0]).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(postausgang.findByVergabeIdOrderById(vergabeId).stream().map(Postausgang::getMessageId).toList());
        assertThat(schreiben134(vergabeId)).allSatisfy(s -> assertThat(s.getVersandtAm().atZoneSameInstant(BERLIN).toLocalDate()).isEqualTo(wieder));
        assertThat(postausgang.findByVergabeIdOrderById(vergabeId)).extracting(Postausgang::getEmpfaenger, Postausgang::getVersuche)
                // Aktenwerk: three refused attempts and the accepted one; Rheinland was never tried before
                .containsExactly(org.assertj.core.groups.Tuple.tuple("vergabe@aktenwerk.example", 4),
                        org.assertj.core.groups.Tuple.tuple("ausschreibung@rheinland-doku.example", 1));
        // the standstill from the acceptance: accepted on day W -> 10 days from W+1 -> last day W+10, award from W+11
        assertThat(runtime.getVariable(pi, "wartefristLetzterTag")).isEqualTo(wieder.plusDays(10).toString());
        assertThat(vergaben.vergabe(vergabeId).getFruehesterZuschlag()).isEqualTo(wieder.plusDays(11));
        assertThat(management.createJobQuery().processInstanceId(pi).activityId("TimerEvent_WartefristAbgelaufen").singleResult().getDuedate())
                .isEqualTo(Date.from(wieder.plusDays(11).atStartOfDay(BERLIN).toInstant()));
    }

    @Test
    void langsamerMailserver_dieErledigungWartetNichtAufIhn() throws Exception {
        String bk = "VG-POST-LANGSAM";
        String pi = new Ausschreibungslauf(engine).bisZurBieterinformation(bk);
        // a server that accepts connections and never sends its greeting: a send would block here
        try (ServerSocket blockiert = new ServerSocket(0)) {
            List<Socket> verbindungen = new CopyOnWriteArrayList<>();
            Thread annehmer = new Thread(() -> {
                try {
                    while (true) {
                        verbindungen.add(blockiert.accept());
                    }
                } catch (IOException geschlossen) {
                    // the test is over
                }
            });
            annehmer.start();
            mailSender.setPort(blockiert.getLocalPort());

            erledigen(aufgabe(pi, "UserTask_BieterInformieren"), ProzessTestHelfer.bieterinformation());

            // the completion has returned without ever talking to the mail server: the send is a job of its own
            assertThat(verbindungen).isEmpty();
            assertThat(sendejob(pi).getRetries()).isEqualTo(3);
            assertThat(tasks.createTaskQuery().processInstanceId(pi).count()).isZero();
        }
        mailSender.setPort(smtpPort);
        management.executeJob(sendejob(pi).getId());
        assertThat(briefe134(bk)).hasSize(2);
    }

    @Test
    void absturzNachDerAnnahme_dieselbeNachrichtMitDerselbenMessageIdNochmalNieEinAndererBrief() throws Exception {
        String bk = "VG-POST-ABSTURZ";
        String pi = new Ausschreibungslauf(engine).bisZurBieterinformation(bk);
        Long vergabeId = (Long) runtime.getVariable(pi, "vergabeId");
        erledigen(aufgabe(pi, "UserTask_BieterInformieren"), ProzessTestHelfer.bieterinformation());
        Job senden = sendejob(pi);

        // the mail server accepts the first letter, then the process dies before it is marked sent
        absturz.scharf.set(true);
        assertThatThrownBy(() -> management.executeJob(senden.getId())).hasMessageContaining("simulierter Absturz");
        assertThat(briefe134(bk)).hasSize(1);
        assertThat(schreiben134(vergabeId)).allSatisfy(s -> assertThat(s.getVersandtAm()).isNull());

        // the retry sends what is not marked: the first letter once more, the second for the first time
        management.executeJob(senden.getId());
        List<MimeMessage> briefe = briefe134(bk);
        assertThat(briefe).extracting(m -> m.getAllRecipients()[0].toString()).containsExactlyInAnyOrder(
                "vergabe@aktenwerk.example", "vergabe@aktenwerk.example", "ausschreibung@rheinland-doku.example");
        List<MimeMessage> aktenwerk = briefe.stream().filter(m -> empfaenger(m).equals("vergabe@aktenwerk.example")).toList();
        // same Message-ID, same subject, date and text: the same letter twice, never a second one with other content
        assertThat(aktenwerk.get(1).getHeader("Message-ID")).isEqualTo(aktenwerk.get(0).getHeader("Message-ID"));
        assertThat(aktenwerk.get(1).getSubject()).isEqualTo(aktenwerk.get(0).getSubject());
        assertThat(aktenwerk.get(1).getSentDate()).isEqualTo(aktenwerk.get(0).getSentDate());
        assertThat(aktenwerk.get(1).getContent()).isEqualTo(aktenwerk.get(0).getContent());
        assertThat(schreiben134(vergabeId)).allSatisfy(s -> assertThat(s.getVersandtAm()).isNotNull());
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(pi).activityIdIn("TimerEvent_WartefristAbgelaufen").count()).isOne();
    }

    @Test
    void dokumenterzeugungScheitert_stoerung_dieWiederholungLegtDenVermerkEinmalAb() {
        String bk = "VG-DOK-FEHLER";
        String pi = new Ausschreibungslauf(engine).bisZumVergabevermerk(bk);
        Long vergabeId = (Long) runtime.getVariable(pi, "vergabeId");
        dokumentfehler.kaputt.set(true);

        // the Vergabestelle's completion returns: the PDF is the next, asynchronous step
        erledigen(aufgabe(pi, "UserTask_VergabevermerkAbschliessen"), ProzessTestHelfer.vergabevermerk());
        assertThat(vergaben.vergabe(vergabeId).getStatus()).isEqualTo(Vergabe.Status.ABGESCHLOSSEN);
        Job ablegen = management.createJobQuery().processInstanceId(pi).activityId("ServiceTask_VergabevermerkAblegen").singleResult();
        while (management.createJobQuery().jobId(ablegen.getId()).singleResult().getRetries() > 0) {
            assertThatThrownBy(() -> management.executeJob(ablegen.getId())).hasMessageContaining("vergabevermerk.pdf");
        }
        Incident stoerung = runtime.createIncidentQuery().processInstanceId(pi).singleResult();
        assertThat(stoerung.getActivityId()).isEqualTo("ServiceTask_VergabevermerkAblegen");
        assertThat(stoerung.getIncidentMessage()).contains("Erzeugung von vergabevermerk.pdf für " + bk + " fehlgeschlagen");
        assertThat(dokumente.findByVergabeIdAndName(vergabeId, "vergabevermerk.pdf")).isEmpty();

        // the generator is fixed; operations retries the job
        dokumentfehler.kaputt.set(false);
        management.setJobRetries(ablegen.getId(), 1);
        management.executeJob(ablegen.getId());

        assertThat(runtime.createIncidentQuery().processInstanceId(pi).count()).isZero();
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(pi).count()).isZero();
        assertThat(dokumente.findByVergabeIdOrderById(vergabeId)).filteredOn(d -> d.getName().equals("vergabevermerk.pdf"))
                .singleElement().satisfies(d -> assertThat(new String(d.getInhalt(), 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-"));
        // every document once: the draft resolution's three formats (from the council) and the Vergabevermerk
        assertThat(dokumente.findByVergabeIdOrderById(vergabeId)).extracting(Dokument::getName).doesNotHaveDuplicates()
                .contains("vergabevermerk.pdf", "ratsbeschlussvorlage.pdf");
    }

    /** Deploys dms-vergabe as it was before V10 (with the forms it references), then the current one again as the latest. */
    private String modellVorV10() throws IOException {
        org.springframework.core.io.Resource[] formulare = new org.springframework.core.io.support.PathMatchingResourcePatternResolver()
                .getResources("classpath*:forms/*.form");
        org.camunda.bpm.engine.repository.DeploymentBuilder alt = engine.getRepositoryService().createDeployment().name("dms-vergabe vor V10")
                .addInputStream("dms-vergabe.bpmn", getClass().getResourceAsStream("/modelle-vor-v10/dms-vergabe.bpmn"));
        org.camunda.bpm.engine.repository.DeploymentBuilder neu = engine.getRepositoryService().createDeployment().name("dms-vergabe aktuell")
                .addInputStream("dms-vergabe.bpmn", getClass().getResourceAsStream("/bpmn/dms-vergabe.bpmn"));
        for (org.springframework.core.io.Resource f : formulare) {
            alt.addInputStream(f.getFilename(), f.getInputStream());
            neu.addInputStream(f.getFilename(), f.getInputStream());
        }
        String deployment = alt.deploy().getId();
        neu.deploy();
        return engine.getRepositoryService().createProcessDefinitionQuery().deploymentId(deployment).singleResult().getId();
    }

    private List<MimeMessage> briefe134(String bk) throws Exception {
        List<MimeMessage> briefe = new ArrayList<>();
        for (MimeMessage m : greenMail.getReceivedMessages()) {
            if (m.getSubject().startsWith("Information nach § 134 GWB") && m.getSubject().contains("(" + bk + ")")) {
                briefe.add(m);
            }
        }
        return briefe;
    }

    private List<Schreiben> schreiben134(Long vergabeId) {
        List<Schreiben> alle = schreiben.schreiben(vergabeId).stream().filter(s -> s.getArt() == Schreiben.Art.INFORMATION_134).toList();
        assertThat(alle).hasSize(2);
        return alle;
    }

    private static String empfaenger(MimeMessage m) {
        try {
            return m.getAllRecipients()[0].toString();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private Job sendejob(String pi) {
        return management.createJobQuery().processInstanceId(pi).activityId("ServiceTask_BieterinformationVersenden").singleResult();
    }

    private Task aufgabe(String pi, String key) {
        return tasks.createTaskQuery().processInstanceId(pi).taskDefinitionKey(key).singleResult();
    }

    private void erledigen(Task task, java.util.Map<String, Object> werte) {
        tasks.claim(task.getId(), "vergabe1");
        tasks.complete(task.getId(), werte);
    }

    /** A loopback port where nothing listens: a mail server that is down. */
    private static int freierPort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
