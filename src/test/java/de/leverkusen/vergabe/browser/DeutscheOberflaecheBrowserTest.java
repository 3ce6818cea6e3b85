package de.leverkusen.vergabe.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import de.leverkusen.vergabe.konfiguration.Demoausschreibung;
import java.nio.file.Files;
import org.camunda.bpm.engine.RuntimeService;
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
 * The webapps as the city's users see them (docs/webapps.md): German labels, dates as TT.MM.JJJJ with weeks from
 * Monday, the end-of-life banner for operations only, and the Projektleitung's Cockpit plugin with the milestone line
 * and the overdue marker of a procedure whose offer deadline has passed (the demo tender's: 08.11.2021).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "camunda.bpm.process-engine-name=" + DeutscheOberflaecheBrowserTest.ENGINE)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DeutscheOberflaecheBrowserTest {

    static final String ENGINE = "oberflaeche";
    static final String AKTENZEICHEN = "VG-2021-OBERFLAECHE";

    @LocalServerPort
    int port;
    @Autowired
    RuntimeService runtime;

    Chromium chromium;
    Tasklist aktuell;
    String instanz;

    @BeforeAll
    void starten() throws Exception {
        chromium = Chromium.starten();
        Files.createDirectories(Chromium.SCREENSHOTS);
        // the demo tender, offers until 09.11.2021 00:00: the deadline has passed, nobody has opened the offers
        instanz = runtime.startProcessInstanceByKey("dms-vergabe", AKTENZEICHEN, Demoausschreibung.startformular()).getId();
    }

    @AfterAll
    void beenden() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @AfterEach
    void letzteSeiteBehalten(TestInfo info) throws Exception {
        Chromium.letzteSeiteBehalten(aktuell, "oberflaeche-" + info.getTestMethod().map(m -> m.getName()).orElse("test"));
        aktuell = null;
    }

    private Tasklist fenster() {
        aktuell = new Tasklist(chromium.neuesFenster(), "http://localhost:" + port, ENGINE);
        return aktuell;
    }

    @Test
    void tasklistSprichtDeutschUndZeigtDerVergabestelleKeinBanner() {
        Tasklist t = fenster();
        Page p = t.seite();
        p.navigate("http://localhost:" + port + "/camunda/app/tasklist/" + ENGINE + "/");
        // the login form: German placeholders and button (Tasklist.anmelden finds them by these texts)
        assertThat(p.getByPlaceholder("Benutzername")).isVisible();
        assertThat(p.getByPlaceholder("Passwort")).isVisible();
        assertThat(p.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Anmelden"))).isVisible();
        assertThat(p.locator(".ce-eol-banner")).isHidden();
        t.bildschirmfoto("oberflaeche-01-anmeldung");

        t.anmelden("vergabe1");
        // the task list of a filter, in German
        t.filter("Vergabestelle");
        assertThat(p.locator(".task-filters")).containsText("Meine Aufgaben");
        assertThat(p.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Prozess starten"))).isVisible();
        assertThat(p.locator("body")).not().containsText("Start process");
        assertThat(p.locator("body")).not().containsText("Created");
        // the end-of-life banner is in the page (Camunda 7 CE always renders it) and hidden for the Vergabestelle
        assertThat(p.locator(".ce-eol-banner")).hasCount(1);
        assertThat(p.locator(".ce-eol-banner")).isHidden();
        assertThat(p.locator("html")).not().hasClass(java.util.regex.Pattern.compile(".*vergabe-betrieb.*"));
        t.bildschirmfoto("oberflaeche-02-tasklist-vergabestelle");
    }

    @Test
    void derStartformularKalenderBeginntAmMontagUndRedetDeutsch() {
        Tasklist t = fenster().anmelden("vergabe1");
        Page p = t.seite();
        p.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Prozess starten")).click();
        p.locator(".modal").getByText("EU-weite Vergabe DMS", new Locator.GetByTextOptions().setExact(true)).click();
        Locator feld = t.feld("Angebotsfrist");
        feld.click();
        Locator kalender = p.locator(".flatpickr-calendar.open");
        assertThat(kalender).isVisible();
        // weeks from Monday (DIN EN 28601), German weekday and month names
        assertThat(kalender.locator(".flatpickr-weekday").first()).hasText("Mo");
        assertThat(kalender.locator(".flatpickr-weekday").last()).hasText("So");
        assertThat(kalender.locator(".flatpickr-monthDropdown-months, .cur-month").first())
                .hasText(java.util.regex.Pattern.compile("Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember"));
        t.bildschirmfoto("oberflaeche-03-kalender");
    }

    @Test
    void derBetriebSiehtDasBanner() {
        Tasklist t = fenster();
        t.anmelden("tasklist", "admin", "demo");
        Page p = t.seite();
        assertThat(p.locator("html")).hasClass(java.util.regex.Pattern.compile(".*vergabe-betrieb.*"));
        assertThat(p.locator(".ce-eol-banner")).isVisible();
        // the shipped German translation of the banner
        assertThat(p.locator(".ce-eol-banner")).containsText("Camunda 8");
        t.bildschirmfoto("oberflaeche-04-tasklist-betrieb-banner");
    }

    @Test
    void dieProjektleitungSiehtImCockpitMeilensteineUndDieUeberfaelligeFrist() {
        Tasklist t = fenster();
        Page p = t.seite();
        t.anmelden("cockpit", "projektleitung", "demo");
        Locator zeile = p.locator(".vergabe-uebersicht tr[data-aktenzeichen='" + AKTENZEICHEN + "']");
        assertThat(zeile).isVisible();
        assertThat(p.locator(".ce-eol-banner")).isHidden();
        // the milestone line: set-up is where the procedure stands, the rest lies ahead
        assertThat(zeile.locator("ol.meilensteine li")).hasCount(9);
        assertThat(zeile.locator("li.aktuell")).hasText("Einleitung");
        assertThat(zeile.locator("li.erledigt")).hasCount(0);
        assertThat(zeile.locator("li").nth(8)).hasText("Vergabevermerk");
        // the offer deadline (end of 08.11.2021) has passed without the opening: marked overdue
        Locator frist = zeile.locator("[data-frist='ANGEBOTSFRIST']");
        assertThat(frist.locator(".ueberfaellig")).hasText("überfällig");
        assertThat(frist).containsText("Angebotsfrist abgelaufen (Ende des 08.11.2021)");
        // who holds the open steps: the evaluators' declarations, by name
        assertThat(zeile).containsText("Erklärung zu Interessenkonflikten abgeben (§ 6 VgV) – Berta Bewerterin (FB 04)");
        t.bildschirmfoto("oberflaeche-05-cockpit-verfahrensuebersicht");

        // the procedure's own tab in the process instance view, reached from the overview
        zeile.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(AKTENZEICHEN)).click();
        assertThat(p).hasURL(java.util.regex.Pattern.compile(".*/process-instance/" + instanz + ".*"));
        assertThat(p.locator(".djs-container svg").first()).isVisible();
        Locator reiter = p.locator("ul.nav-tabs a");
        reiter.filter(new Locator.FilterOptions().setHasText("Vergabeverfahren")).click();
        Locator tab = p.locator(".ctn-tabbed-content .vergabe-uebersicht tr[data-aktenzeichen='" + AKTENZEICHEN + "']");
        assertThat(tab.locator("li.aktuell")).hasText("Einleitung");
        assertThat(tab.locator(".ueberfaellig").first()).isVisible();
        t.bildschirmfoto("oberflaeche-06-cockpit-instanz-vergabeverfahren");

        // Cockpit's own user task tab: the project lead reads the tasks of the procedure (READ_TASK), offered no change
        reiter.filter(new Locator.FilterOptions().setHasText(java.util.regex.Pattern.compile("^\\s*Tasks\\s*$"))).click();
        Locator aufgaben = p.locator(".ctn-tabbed-content table tbody tr");
        assertThat(aufgaben).hasCount(3);
        assertThat(aufgaben.first()).containsText("Erklärung zu Interessenkonflikten abgeben (§ 6 VgV)");
        // actions the role cannot perform are not offered: no change of assignee, no cancel/suspend/add variable
        assertThat(aufgaben.first().locator(".edit-toggle")).isHidden();
        assertThat(p.locator(".ctn-toolbar a.btn-toolbar").first()).isHidden();
        t.bildschirmfoto("oberflaeche-07-cockpit-instanz-aufgaben");
    }
}
