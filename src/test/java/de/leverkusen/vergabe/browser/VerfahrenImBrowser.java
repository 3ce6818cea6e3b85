package de.leverkusen.vergabe.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import de.leverkusen.vergabe.verfahren.Angebot;
import de.leverkusen.vergabe.verfahren.Vergabe;
import de.leverkusen.vergabe.verfahren.VergabeService;
import de.leverkusen.vergabe.wertung.Kriterium;
import de.leverkusen.vergabe.wertung.Wertungsbeispiele;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * One procedure driven step by step in the browser, one test method a step (in {@code @Order}): the browser, a window
 * per person, the debug page of each step, the skipping of the later steps after a failed one, and what the tests do
 * beside the browser as the job executor and the people of the repetitive steps would (timers and async jobs through
 * the engine API, the job executor being off; tasks through the TaskService with their forms' values). A subclass is a
 * {@code @SpringBootTest} with an engine of its own name ({@link #engineName()}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
abstract class VerfahrenImBrowser {

    @LocalServerPort
    int port;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    ManagementService management;
    @Autowired
    HistoryService historie;
    @Autowired
    IdentityService identitaet;
    @Autowired
    VergabeService vergaben;

    Chromium chromium;
    Tasklist aktuell;
    /** the procedure's instance of dms-vergabe, set by the first step */
    String instanz;
    String fehlgeschlagen;

    /** The process engine's name of the subclass's own context ({@code camunda.bpm.process-engine-name}). */
    abstract String engineName();

    /** Prefix of the files in target/browser-debug/. */
    String debugPraefix() {
        return "";
    }

    /** A step that does not build on the ones before: it runs after a failed step too. */
    boolean eigenstaendig(String methode) {
        return false;
    }

    @BeforeAll
    void browserStarten() throws Exception {
        chromium = Chromium.starten();
        Files.createDirectories(Chromium.SCREENSHOTS);
    }

    @AfterAll
    void browserBeenden() {
        ClockUtil.reset();
        if (chromium != null) {
            chromium.close();
        }
    }

    /** The last page of each step is kept (HTML and picture) in target/browser-debug/; the engine's time goes back to now. */
    @AfterEach
    void letzteSeiteBehalten(TestInfo info) throws Exception {
        ClockUtil.reset();
        Chromium.letzteSeiteBehalten(aktuell, debugPraefix() + info.getTestMethod().map(m -> m.getName()).orElse("test"));
        aktuell = null;
    }

    /** The steps build on each other: after a failed step the later ones are skipped, not failed again. */
    @BeforeEach
    void vorigerSchrittGelungen(TestInfo info) {
        boolean eigenstaendig = info.getTestMethod().map(m -> eigenstaendig(m.getName())).orElse(false);
        assumeTrue(eigenstaendig || fehlgeschlagen == null, () -> "skipped: the earlier step " + fehlgeschlagen + " failed");
    }

    @RegisterExtension
    final TestWatcher schritte = new TestWatcher() {
        @Override
        public void testFailed(ExtensionContext context, Throwable cause) {
            fehlgeschlagen = context.getDisplayName();
        }
    };

    /** A fresh window (one person at one desk); the window before it is closed if still open. */
    Tasklist fenster() {
        if (aktuell != null && !aktuell.seite().isClosed()) {
            Chromium.schliessen(aktuell.seite());
        }
        aktuell = new Tasklist(chromium.neuesFenster(), "http://localhost:" + port, engineName());
        return aktuell;
    }

    Tasklist tasklist(String benutzer) {
        return fenster().anmelden(benutzer);
    }

    Vergabe vergabe() {
        Long id = ((Number) historie.createHistoricVariableInstanceQuery().processInstanceId(instanz)
                .variableName("vergabeId").singleResult().getValue()).longValue();
        return vergaben.vergabe(id);
    }

    /**
     * Four eyes: after the first person completed an opening, the countersignature ({@code aufgabe}, one task of
     * {@code taskDefinitionKey}) is open but not offered to them in their filter.
     */
    void vierAugen(Tasklist ersterOeffner, String aufgabe, String taskDefinitionKey) {
        ersterOeffner.seite().reload();
        ersterOeffner.filter("Vergabestelle");
        assertThat(ersterOeffner.seite().locator(".tasks-list")).isVisible();
        assertThat(ersterOeffner.aufgabeInListe(aufgabe)).hasCount(0);
        assertThat(tasks.createTaskQuery().taskDefinitionKey(taskDefinitionKey).count()).isEqualTo(1);
    }

    /**
     * The first person completes the opening they filled (photographed as {@code bild}); the countersignature
     * {@code aufgabe} is not offered to them ({@link #vierAugen}); they log out, vergabe2 logs in and claims it.
     */
    Tasklist zurGegenzeichnung(Tasklist ersterOeffner, String bild, String aufgabe, String taskDefinitionKey) {
        ersterOeffner.bildschirmfoto(bild);
        ersterOeffner.erledigen();
        vierAugen(ersterOeffner, aufgabe, taskDefinitionKey);
        ersterOeffner.abmelden();
        Tasklist zweite = tasklist("vergabe2");
        zweite.filter("Vergabestelle").aufgabeOeffnen(aufgabe).zuweisen();
        return zweite;
    }

    /** The checks of every offer still open (formal, exclusion grounds, suitability) with no finding: all admitted. */
    void uebrigePruefungenOhneBefund(String eignungVermerk) {
        alleErledigen("UserTask_FormalePruefung", "vergabe1",
                Map.of("formalePruefung", "VOLLSTAENDIG", "formalePruefungVermerk", "Alle geforderten Unterlagen liegen vor."));
        alleErledigen("UserTask_AusschlussgruendePruefen", "vergabe1",
                Map.of("ausschlussgrund", "KEINER", "ausschlussgruendeVermerk", "Eigenerklärungen und Registerauskunft ohne Befund."));
        alleErledigen("UserTask_EignungPruefen", "vergabe1", Map.of(
                "befaehigungBerufsausuebung", "ERFUELLT", "wirtschaftlicheLeistungsfaehigkeit", "ERFUELLT",
                "technischeLeistungsfaehigkeit", "ERFUELLT", "eignungVermerk", eignungVermerk));
        assertThat(vergaben.angebote(vergabe().getId())).extracting(Angebot::getStatus).containsOnly(Angebot.Status.ZUGELASSEN);
    }

    /** The procedure ended at its regular end: status ABGESCHLOSSEN, the award given to {@code bieter}. */
    void abgeschlossenMitZuschlagAn(String bieter) {
        assertThat(historie.createHistoricProcessInstanceQuery().processInstanceId(instanz).singleResult().getState()).isEqualTo("COMPLETED");
        assertThat(historie.createHistoricActivityInstanceQuery().processInstanceId(instanz)
                .activityId("EndEvent_VerfahrenAbgeschlossen").count()).isEqualTo(1);
        Vergabe vergabe = vergabe();
        assertThat(vergabe.getStatus()).isEqualTo(Vergabe.Status.ABGESCHLOSSEN);
        assertThat(vergaben.angebot(vergabe.getZuschlagAngebotId()).getBieterName()).isEqualTo(bieter);
    }

    /** An asynchronous step (send or document task), executed through the engine API (the job executor is off). */
    void jobAusfuehren(String prozessInstanz, String activityId) {
        List<Job> jobs = management.createJobQuery().processInstanceId(prozessInstanz).activityId(activityId).list();
        assertThat(jobs).as("job %s", activityId).isNotEmpty();
        management.executeJob(jobs.get(0).getId());
    }

    /** A timer the test cannot wait for, executed through the engine API (the job executor is off). */
    void timerAusfuehren(String prozessInstanz, String activityId) {
        List<Job> jobs = management.createJobQuery().processInstanceId(prozessInstanz).activityId(activityId).timers().list();
        if (jobs.isEmpty()) {
            // timers inside sub-processes and call activities live in the instance's executions
            jobs = management.createJobQuery().activityId(activityId).timers().list();
        }
        assertThat(jobs).as("timer %s", activityId).isNotEmpty();
        management.executeJob(jobs.get(0).getId());
    }

    /** Claims and completes every open task of that kind as that user, through the TaskService. */
    void alleErledigen(String taskDefinitionKey, String benutzer, Map<String, Object> werte) {
        List<Task> offen;
        while (!(offen = tasks.createTaskQuery().taskDefinitionKey(taskDefinitionKey).list()).isEmpty()) {
            Task task = offen.get(0);
            if (task.getAssignee() == null) {
                tasks.claim(task.getId(), benutzer);
            }
            identitaet.setAuthentication(benutzer, identitaet.createGroupQuery().groupMember(benutzer).list().stream()
                    .map(g -> g.getId()).toList());
            try {
                tasks.complete(task.getId(), werte);
            } finally {
                identitaet.clearAuthentication();
            }
        }
    }

    /** The same points on every B-criterion, every A-criterion fulfilled: L = 100 x points (weights sum to 100). */
    static Map<String, Object> bogen(int punkte) {
        Map<String, Object> werte = new HashMap<>();
        for (Kriterium k : Wertungsbeispiele.dms().kriterien()) {
            if (k.gewertet()) {
                werte.put("punkte" + k.id(), punkte);
            } else {
                werte.put("erfuellt" + k.id(), "ERFUELLT");
            }
            werte.put("begruendung" + k.id(), "Die Anforderungen werden in der Präsentation nachvollziehbar gezeigt.");
        }
        return werte;
    }
}
