package de.leverkusen.vergabe.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import de.leverkusen.vergabe.konfiguration.Demoausschreibung;
import de.leverkusen.vergabe.schreiben.Schreiben;
import de.leverkusen.vergabe.schreiben.SchreibenService;
import de.leverkusen.vergabe.verfahren.Teilnahmeantrag;
import de.leverkusen.vergabe.verfahren.Teilnahmewettbewerbe;
import de.leverkusen.vergabe.verfahren.VergabeService;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * A candidate's § 56 request in Tasklist (issue 17 item 1): "Bewerber prüfen" offers the request instead of the
 * decision (the decision's fields give way to the request's), the server refuses too short a deadline under its field,
 * the letter waits in the outbox, and "Nachgereichte Unterlagen prüfen" shows what was requested until when and asks
 * for the day of receipt only when the documents came. The demo's negotiated procedure, its requests opened on
 * 10.11.2021 (engine clock) through the Java API.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "camunda.bpm.process-engine-name=" + BewerberNachforderungBrowserTest.ENGINE)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BewerberNachforderungBrowserTest {

    static final String ENGINE = "nachforderung";
    static final String AKTENZEICHEN = "VG-2021-NACHFORDERUNG";
    static final String RHEINLAND = "Rheinland Dokumentensysteme GmbH & Co. KG";

    @LocalServerPort
    int port;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    ManagementService management;
    @Autowired
    VergabeService vergaben;
    @Autowired
    Teilnahmewettbewerbe teilnahme;
    @Autowired
    SchreibenService schreiben;

    Chromium chromium;
    Tasklist aktuell;
    Long vergabeId;
    String teilnahmeInstanz;

    @BeforeAll
    void starten() throws Exception {
        chromium = Chromium.starten();
        Files.createDirectories(Chromium.SCREENSHOTS);
        String instanz = runtime.startProcessInstanceByKey("dms-vergabe", AKTENZEICHEN, Demoausschreibung.verhandlungsverfahren()).getId();
        teilnahmeInstanz = runtime.createProcessInstanceQuery().superProcessInstanceId(instanz).singleResult().getId();
        // the participation period ended on 08.11.2021, 24:00; the requests are opened on Wednesday 10.11.2021
        ClockUtil.setCurrentTime(Date.from(LocalDateTime.of(2021, 11, 10, 9, 0).atZone(ZoneId.of("Europe/Berlin")).toInstant()));
        management.executeJob(management.createJobQuery().processInstanceId(teilnahmeInstanz)
                .activityId("TimerEvent_TeilnahmefristAbgelaufen").singleResult().getId());
        erledigen("UserTask_TeilnahmeantraegeOeffnen", "vergabe1", Map.of("bewerber", Demoausschreibung.bewerber(),
                "oeffnungsniederschrift", "3 Teilnahmeanträge fristgerecht eingegangen und unversehrt."));
        erledigen("UserTask_TeilnahmeOeffnungGegenzeichnen", "vergabe2", Map.of("gegenzeichnungVermerk",
                "Öffnung gemeinsam durchgeführt, Niederschrift geprüft."));
        vergabeId = (Long) runtime.getVariable(instanz, "vergabeId");
    }

    private void erledigen(String aufgabe, String benutzer, Map<String, Object> werte) {
        Task t = tasks.createTaskQuery().processInstanceBusinessKey(AKTENZEICHEN).taskDefinitionKey(aufgabe).singleResult();
        tasks.claim(t.getId(), benutzer);
        tasks.complete(t.getId(), werte);
    }

    @AfterAll
    void beenden() {
        ClockUtil.reset();
        if (chromium != null) {
            chromium.close();
        }
    }

    @AfterEach
    void letzteSeiteBehalten(TestInfo info) throws Exception {
        Chromium.letzteSeiteBehalten(aktuell, "nachforderung-" + info.getTestMethod().map(m -> m.getName()).orElse("test"));
        aktuell = null;
    }

    private Teilnahmeantrag rheinland() {
        return teilnahme.antraege(vergabeId).stream().filter(a -> a.getBewerberName().equals(RHEINLAND)).findFirst().orElseThrow();
    }

    @Test
    void unterlagenNachfordernStattEntscheiden_undNachreichungPruefen() {
        aktuell = new Tasklist(chromium.neuesFenster(), "http://localhost:" + port, ENGINE);
        Tasklist t = aktuell.anmelden("vergabe1");
        t.filter("Vergabestelle").aufgabeOeffnen("Bewerber prüfen: " + RHEINLAND).zuweisen();
        // the form opens on the decision, as before
        assertThat(t.feld("Vorgehen").locator("xpath=..").locator(".fjs-select-display"))
                .hasText("Jetzt entscheiden (Ausschlussgründe, Eignung, Punkte)");
        assertThat(t.feld("Eignung (§ 122 GWB) nachgewiesen")).hasCount(1);
        assertThat(t.feld("Nachzureichende Unterlagen")).hasCount(0);

        t.auswaehlen("Vorgehen", "Fehlende Unterlagen nachfordern (§ 56 Abs. 2 VgV)");
        assertThat(t.feld("Eignung (§ 122 GWB) nachgewiesen")).hasCount(0);
        assertThat(t.feld("Vermerk zur Prüfung (Gründe)")).hasCount(0);
        t.eingeben("Nachzureichende Unterlagen", "Referenzbescheinigung Nr. 2 (Stadt Solingen)");
        // 15.11.2021 is 5 days after today's letter, the configured minimum is 6: refused by the server, task open
        t.datum("Frist für die Nachreichung", "15.11.2021");
        t.erledigenKnopf().click();
        assertThat(t.seite().getByText("mindestens 6 Tage", new Page.GetByTextOptions()).first()).isVisible();
        assertThat(t.erledigenKnopf()).isVisible();
        // the person closes the message, which lies over the button
        t.seite().locator(".page-notifications .alert").first().locator("xpath=.//*[normalize-space(text())='×']")
                .locator("visible=true").first().click();
        assertThat(t.seite().locator(".page-notifications .alert")).hasCount(0);
        assertThat(rheinland().getNachgefordertAm()).isNull();

        t.datum("Frist für die Nachreichung", "17.11.2021");
        t.bildschirmfoto("nachforderung-01-bewerber-pruefen");
        t.erledigen();
        assertThat(rheinland().getNachforderungsfrist()).isEqualTo(LocalDate.of(2021, 11, 17));
        assertThat(rheinland().getStatus()).isEqualTo(Teilnahmeantrag.Status.EINGEGANGEN);
        // the letter waits in the outbox for the send task (the job executor's part, here the test's)
        assertThat(schreiben.schreiben(vergabeId)).singleElement().satisfies(s -> {
            assertThat(s.getArt()).isEqualTo(Schreiben.Art.NACHFORDERUNG_56);
            assertThat(s.getText()).contains("Ihrem Teilnahmeantrag (" + RHEINLAND + ")", "Referenzbescheinigung Nr. 2", "17.11.2021");
        });
        management.executeJob(management.createJobQuery().processInstanceId(teilnahmeInstanz).activityId("ServiceTask_BewerberNachforderungVersenden").singleResult().getId());

        t.seite().reload();
        t.filter("Vergabestelle").aufgabeOeffnen("Nachgereichte Unterlagen prüfen: " + RHEINLAND).zuweisen();
        assertThat(t.feld("Nachgeforderte Unterlagen")).hasValue("Referenzbescheinigung Nr. 2 (Stadt Solingen)");
        assertThat(t.feld("Frist für die Nachreichung (24:00 Uhr)")).hasValue("17.11.2021");
        assertThat(t.feld("Eingang der Unterlagen am")).hasCount(0);
        t.auswaehlen("Unterlagen fristgerecht und vollständig nachgereicht?", "Ja");
        t.datum("Eingang der Unterlagen am", "10.11.2021");
        t.bildschirmfoto("nachforderung-02-nachreichung-pruefen");
        t.erledigen();
        assertThat(rheinland().getNachforderungAusgang()).isEqualTo(Teilnahmeantrag.Nachforderungsausgang.EINGEGANGEN);
        assertThat(rheinland().getUnterlagenEingegangenAm()).isEqualTo(LocalDate.of(2021, 11, 10));
        // back to the decision about the same candidate
        t.seite().reload();
        t.filter("Vergabestelle");
        assertThat(t.aufgabeInListe("Bewerber prüfen: " + RHEINLAND)).hasCount(1);
        t.abmelden();
    }
}
