package de.leverkusen.vergabe.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.RequestOptions;
import de.leverkusen.vergabe.verfahren.Angebot;
import de.leverkusen.vergabe.verfahren.Vergabe;
import de.leverkusen.vergabe.wertung.Kriterienkatalog;
import de.leverkusen.vergabe.wertung.Kriterium;
import de.leverkusen.vergabe.wertung.Wertungsbeispiele;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.text.SimpleDateFormat;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ExternalTaskService;
import org.camunda.bpm.engine.externaltask.LockedExternalTask;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * One whole DMS tender in a real browser (Playwright for Java, Debian's Chromium): every role logs in to Tasklist,
 * finds its task in its filter, claims it, fills the Camunda Form by the labels it reads, completes it and logs
 * out; the Projektleitung follows the procedure in Cockpit. Timers the test cannot wait for are executed through
 * the engine API, the licence order is taken and confirmed through the Java API as ivl's system would, a complaint and a
 * review application are recorded through the procedure API. The tender takes the detours a real one may take
 * (documents requested under § 56 VgV, the council deferring, a complaint, a review application, a late ivl
 * confirmation, an overdue award notice), so that every form is filled in the browser and photographed after
 * filling (target/screenshots/). The repetitive checks (3 offers x 3 checks, presentations,
 * 9 scoring sheets) go through the UI for one offer and one sheet and through the TaskService for the rest.
 *
 * <p>The test runs on an engine of its own (own Spring context, own in-memory database), so Tasklist shows only
 * this procedure's tasks whatever the other test classes leave open.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "camunda.bpm.process-engine-name=" + GanzeAusschreibungBrowserTest.ENGINE)
@ActiveProfiles("test")
class GanzeAusschreibungBrowserTest extends VerfahrenImBrowser {

    static final String ENGINE = "browsertest";
    static final String TITEL = "Einführung eines Dokumentenmanagementsystems (DMS) – Browsertest";
    static final String AKTENWERK = "Aktenwerk Software GmbH";
    static final String KOMMUNAL = "Kommunal-DMS AG";
    static final String RHEINLAND = "Rheinland Dokumentensysteme GmbH & Co. KG";
    static final List<String> BEWERTER = List.of("bewerter1", "bewerter2", "bewerter3");
    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Autowired
    ExternalTaskService externalTasks;

    @Override
    String engineName() {
        return ENGINE;
    }

    /** The login with a wrong password needs no procedure. */
    @Override
    boolean eigenstaendig(String methode) {
        return methode.startsWith("falschesPasswort");
    }

    // --- 1. the Vergabestelle starts the procedure with the start form ------------------------------------

    @Test
    @Order(1)
    void vergabestelleStartetDasVerfahrenMitDemStartformular() {
        Tasklist t = tasklist("vergabe1");
        Page p = t.startformularOeffnen().seite();

        // a required field left empty: error under the field, Start stays disabled
        Locator start = p.locator(".modal").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Start").setExact(true));
        t.eingeben("Bezeichnung des Verfahrens", "");
        // form-js' own messages in German, naming the field (tasklist/scripts/vergabe-aufgaben.js, issue 22.2)
        assertThat(t.fehler("Bezeichnung des Verfahrens")).hasText("„Bezeichnung des Verfahrens“ ist ein Pflichtfeld.");
        assertThat(start).isDisabled();

        t.eingeben("Bezeichnung des Verfahrens", TITEL);
        // BT-04 of the contract notice, as it was published (eForms: a version-4 UUID)
        t.eingeben("Verfahrenskennung (BT-04) der Auftragsbekanntmachung", "5D3C6A1E-8F2B-4C7D-9E0A-1B2C3D4E5F60");
        assertThat(p.locator(".modal .fjs-select-display").first()).hasText("Offenes Verfahren (§ 15 VgV)");
        // an amount in German notation, as people type it: stored as exactly 480,000.00 EUR (a number field read 480)
        t.eingeben("Geschätzter Auftragswert (netto, EUR)", "480.000,00");
        // notice sent 07.10.2021: the server checks the offer deadline against the legal minimum (30 days electronic)
        t.datum("Versand der Bekanntmachung (offenes Verfahren) bzw. der Aufforderung zur Angebotsabgabe", "07.10.2021");
        // the minimum period ends on Monday 08.11.2021 at 24:00, i.e. 09.11.2021 00:00 (§ 82 VgV)
        t.datum("Angebotsfrist", "09.11.2021");
        t.zeit("Uhrzeit", "00:00");
        t.datum("Bieterpräsentationen vom", "07.12.2021");
        t.datum("Bieterpräsentationen bis", "09.12.2021");
        // Esc in a date picker closes the calendar, not the dialog with everything typed (issue 22.2)
        t.feld("Bieterpräsentationen vom").click();
        assertThat(p.locator(".flatpickr-calendar.open")).hasCount(1);
        p.keyboard().press("Escape");
        assertThat(p.locator(".flatpickr-calendar.open")).hasCount(0);
        assertThat(p.locator(".modal")).hasCount(1);
        assertThat(t.feld("Bezeichnung des Verfahrens")).hasValue(TITEL);
        assertThat(t.feld("Bieterpräsentationen vom")).hasValue("7.12.2021");
        assertThat(t.feld("Bewertungskommission (Benutzerkennungen, durch Komma getrennt)")).hasValue("bewerter1, bewerter2, bewerter3");
        // the bidders: one line "Name; E-Mail-Adresse" each
        String bieterFeld = "Bieter, die ein Angebot abgegeben haben";
        assertThat(p.getByText("Je Zeile ein Bieter: Name; E-Mail-Adresse", new Page.GetByTextOptions())).isVisible();
        t.eingeben(bieterFeld, "");
        assertThat(t.fehler(bieterFeld)).hasText("„Bieter, die ein Angebot abgegeben haben“ ist ein Pflichtfeld.");
        assertThat(start).isDisabled();
        // a malformed e-mail address passes the browser (a text area) and is refused by the server, naming the line
        t.eingeben(bieterFeld, AKTENWERK + "; vergabe@aktenwerk.example\n" + KOMMUNAL + "; angebote-at-kommunal-dms");
        assertThat(start).isEnabled();
        start.click();
        assertThat(p.getByText("Zeile 2", new Page.GetByTextOptions()).first()).containsText("ist keine E-Mail-Adresse");
        // the refusal also stands under the field it names, in view, without the REST API's id (issue 22.2)
        assertThat(t.fehler(bieterFeld)).containsText("Vom Server abgelehnt: Zeile 2");
        assertThat(t.fehler(bieterFeld)).isInViewport();
        // the dialog's own notification: the field's label, no id, no key
        Locator meldung = p.locator(".modal .alert .message").first();
        assertThat(meldung).containsText("„Bieter, die ein Angebot abgegeben haben“: Zeile 2");
        assertThat(meldung).not().containsText("Cannot");
        assertThat(meldung).not().containsText("Feld 'bieter'");
        t.bildschirmfoto("01-vergabe-starten-abgelehnt");
        assertThat(p.locator(".modal")).hasCount(1);
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("dms-vergabe").count()).isZero();
        t.eingeben(bieterFeld, AKTENWERK + "; vergabe@aktenwerk.example\n"
                + KOMMUNAL + "; angebote@kommunal-dms.example\n"
                + RHEINLAND + "; ausschreibung@rheinland-doku.example");
        t.bildschirmfoto("01-vergabe-starten");
        assertThat(p.locator(".modal .fjs-form-field-error")).hasCount(0);
        start.click();
        assertThat(p.getByText("Der Prozess wurde gestartet.")).isVisible();
        assertThat(p.locator(".modal")).hasCount(0);

        instanz = runtime.createProcessInstanceQuery().processDefinitionKey("dms-vergabe").singleResult().getId();
        Map<String, Object> variablen = runtime.getVariables(instanz);
        assertThat(variablen.get("titel")).isEqualTo(TITEL);
        assertThat(variablen.get("geschaetzterWert")).isEqualTo("480.000,00");
        assertThat(vergabe().getGeschaetzterWert()).isEqualByComparingTo("480000.00");
        assertThat(vergabe().getBusinessKey()).startsWith("VG-");
        // the person who started it sees the file number the procedure was given (issue 22.4)
        assertThat(p.locator(".vergabe-gestartet")).containsText("Aktenzeichen: " + vergabe().getBusinessKey());
        t.bildschirmfoto("01-vergabe-gestartet-aktenzeichen");
        // typed in upper case, stored as eForms writes it
        assertThat(vergabe().getVerfahrenskennung()).isEqualTo("5d3c6a1e-8f2b-4c7d-9e0a-1b2c3d4e5f60");
        t.abmelden();
    }

    // --- 2. every evaluator declares: no conflict of interest ---------------------------------------------

    @Test
    @Order(2)
    void jedeBewerterinErklaertKeinenInteressenkonflikt() {
        for (String bewerter : BEWERTER) {
            Tasklist t = tasklist(bewerter);
            // an evaluator has the filters "Meine Aufgaben" and "Bewertungskommission", not the Vergabestelle's
            assertThat(t.filterliste()).containsText("Meine Aufgaben");
            assertThat(t.filterliste()).containsText("Bewertungskommission");
            assertThat(t.filterliste()).not().containsText("Vergabestelle");
            t.filter("Bewertungskommission");
            // three declarations are open, one per evaluator: each sees exactly their own
            assertThat(t.aufgabeInListe("Erklärung zu Interessenkonflikten abgeben (§ 6 VgV)")).hasCount(1);
            // the card names the procedure (issue 22.4)
            assertThat(t.aufgabeInListe("Erklärung zu Interessenkonflikten abgeben (§ 6 VgV)"))
                    .hasText(vergabe().getBusinessKey() + " · Erklärung zu Interessenkonflikten abgeben (§ 6 VgV)");
            t.aufgabeOeffnen("Erklärung zu Interessenkonflikten abgeben (§ 6 VgV)");
            // the declaration names the bidders it is about (§ 6 VgV, issue 22.6)
            Locator bieterliste = t.seite().locator(".task-details .fjs-form-field-text")
                    .filter(new Locator.FilterOptions().setHasText("Bieter, zu denen Sie sich erklären"));
            assertThat(bieterliste.locator("li")).hasText(new String[] {AKTENWERK, KOMMUNAL, RHEINLAND});
            assertThat(t.feld("Verfahren")).hasValue(TITEL);
            assertThat(t.feld("Beschreibung des Interessenkonflikts")).isVisible();
            t.auswaehlen("Erklärung", "Es besteht kein Interessenkonflikt");
            if (bewerter.equals("bewerter1")) {
                t.bildschirmfoto("02-interessenkonflikt-erklaeren");
            }
            t.erledigen();
            t.abmelden();
            Chromium.schliessen(aktuell.seite());
            aktuell = null;
        }
        assertThat(tasks.createTaskQuery().taskDefinitionKey("UserTask_InteressenkonfliktErklaeren").count()).isZero();
    }

    // --- 3. opening of the offers: two different people of the Vergabestelle ------------------------------

    @Test
    @Order(3)
    void angeboteOeffnenUndGegenzeichnenVonZweiPersonen() {
        timerAusfuehren(instanz, "TimerEvent_AngebotsfristAbgelaufen");

        Tasklist t = tasklist("vergabe1");
        t.filter("Vergabestelle").aufgabeOeffnen("Angebote öffnen (1. Person)").zuweisen();
        assertThat(t.feld("Verfahren")).hasValue(TITEL);
        // the form lists the bidders, one line each, ending in a colon; the opener adds each price in German notation
        String preisFeld = "Angebotspreise der geöffneten Angebote (netto, EUR)";
        assertThat(t.feld(preisFeld)).hasValue(AKTENWERK + ": \n" + KOMMUNAL + ": \n" + RHEINLAND + ": ");
        // too short a record: error under the field, Complete disabled
        t.eingeben("Niederschrift der Öffnung", "drei Angebote");
        assertThat(t.fehler("Niederschrift der Öffnung")).hasText("„Niederschrift der Öffnung“ muss mindestens 20 Zeichen lang sein.");
        // no "Speichern": drafts are kept nowhere, not in this browser's storage either (issue 22.5)
        assertThat(t.seite().getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Speichern"))).isHidden();
        assertThat(t.erledigenKnopf()).isDisabled();
        t.eingeben("Niederschrift der Öffnung", "Drei Angebote fristgerecht eingegangen, elektronisch verschlüsselt und unversehrt.");

        // an English decimal point ("389500.50") is not guessed at: the server refuses it and names the line, the task stays open
        t.eingeben(preisFeld, AKTENWERK + ": 412.000,00\n" + KOMMUNAL + ": 389500.50\n" + RHEINLAND + ": 455.000,00");
        t.erledigenKnopf().click();
        assertThat(t.seite().getByText("'389500.50' ist kein Betrag in Euro", new Page.GetByTextOptions()).first()).isVisible();
        assertThat(t.fehler(preisFeld)).containsText("'389500.50' ist kein Betrag in Euro");
        assertThat(t.erledigenKnopf()).isVisible();
        assertThat(vergaben.angebote(vergabe().getId())).extracting(Angebot::getPreis).containsOnlyNulls();

        t.eingeben(preisFeld, AKTENWERK + ": 412.000\n" + KOMMUNAL + ": 389.500,50\n" + RHEINLAND + ": 455000,00");
        t.bildschirmfoto("03-angebote-oeffnen");
        t.erledigen();
        // the countersignature is not offered to the person who opened (issue 22.6)
        vierAugen(t, "Angebotsöffnung gegenzeichnen (2. Person)", "UserTask_OeffnungGegenzeichnen");
        t.abmelden();
        Chromium.schliessen(aktuell.seite());

        Map<String, BigDecimal> preise = vergaben.angebote(vergabe().getId()).stream()
                .collect(Collectors.toMap(Angebot::getBieterName, Angebot::getPreis));
        assertThat(preise.get(AKTENWERK)).isEqualByComparingTo("412000");
        assertThat(preise.get(KOMMUNAL)).isEqualByComparingTo("389500.50");
        assertThat(preise.get(RHEINLAND)).isEqualByComparingTo("455000");

        // the second person countersigns
        t = tasklist("vergabe2");
        t.filter("Vergabestelle").aufgabeOeffnen("Angebotsöffnung gegenzeichnen (2. Person)").zuweisen();
        assertThat(t.feld("Niederschrift der Öffnung")).hasValue("Drei Angebote fristgerecht eingegangen, elektronisch verschlüsselt und unversehrt.");
        // the second person sees the prices the first one recorded (issue 22.6)
        Locator preistabelle = t.seite().locator(".task-details table").first();
        assertThat(preistabelle.locator("th")).hasText(new String[] {"Bieter", "Angebotspreis (netto)"});
        assertThat(preistabelle.locator("tbody tr").nth(0).locator("td")).hasText(new String[] {AKTENWERK, "412.000,00 EUR"});
        assertThat(preistabelle.locator("tbody tr").nth(1).locator("td")).hasText(new String[] {KOMMUNAL, "389.500,50 EUR"});
        assertThat(preistabelle.locator("tbody tr").nth(2).locator("td")).hasText(new String[] {RHEINLAND, "455.000,00 EUR"});
        t.eingeben("Vermerk der zweiten Person", "Öffnung gemeinsam durchgeführt und gegengezeichnet.");
        t.bildschirmfoto("04-oeffnung-gegenzeichnen");
        t.erledigen();
        t.abmelden();

        Vergabe vergabe = vergabe();
        assertThat(vergabe.getErstOeffner()).isEqualTo("vergabe1");
        assertThat(vergabe.getZweitOeffner()).isEqualTo("vergabe2");
    }

    // --- 4. Cockpit: the Projektleitung follows the procedure ---------------------------------------------

    @Test
    @Order(4)
    void projektleitungSiehtDasVerfahrenImCockpit() {
        Tasklist t = fenster();
        Page p = t.seite();
        t.anmelden("cockpit", "projektleitung", "demo");
        p.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Prozesse").setExact(true)).click();
        p.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("EU-weite Vergabe DMS").setExact(true)).first().click();
        // the definition's instance list: the running procedure, opened by its id
        p.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(instanz)).first().click();
        assertThat(p).hasURL(Pattern.compile(".*/process-instance/" + instanz + ".*"));

        // the diagram is drawn, the token sits on "Angebot prüfen" (three offers in their checks)
        Locator diagramm = p.locator(".djs-container svg").first();
        assertThat(diagramm).isVisible();
        assertThat(p.locator("[data-element-id='CallActivity_AngebotPruefen']").first()).isVisible();
        // Cockpit's token count on the activity: three offers in their checks; the declarations' branch waits at the join
        Locator pruefen = p.locator(".djs-overlays[data-container-id='CallActivity_AngebotPruefen'] .badge.instance-count");
        assertThat(pruefen).hasCount(1);
        assertThat(pruefen.textContent().trim()).isEqualTo("3");
        assertThat(p.locator(".djs-overlays[data-container-id='Gateway_FristUndErklaerungenJoin'] .badge.instance-count").textContent().trim())
                .isEqualTo("1");
        assertThat(p.locator(".djs-overlays[data-container-id='UserTask_AngeboteOeffnen'] .badge.instance-count")).hasCount(0);
        assertThat(p.locator(".djs-overlays[data-container-id='UserTask_OeffnungGegenzeichnen'] .badge.instance-count")).hasCount(0);
        t.bildschirmfoto("05-cockpit-verfahren");

        // the called sub-processes: the three running checks of the offers (angebotspruefung)
        p.getByText("Aufgerufene Prozessinstanzen", new Page.GetByTextOptions().setExact(true)).click();
        Locator tabelle = p.locator("[cam-tabs] .tab-content table, .ctn-tabbed-content table").first();
        assertThat(tabelle).isVisible();
        assertThat(tabelle.locator("tbody tr")).hasCount(3);
        assertThat(tabelle).containsText("Angebotsprüfung");
        t.bildschirmfoto("06-cockpit-aufgerufene-instanzen");
    }

    // --- 5. each offer: formal check, exclusion grounds, suitability --------------------------------------

    @Test
    @Order(5)
    void vergabestellePrueftDieAngebote() {
        Tasklist t = tasklist("vergabe1");
        t.filter("Vergabestelle");
        assertThat(t.aufgabeInListe("Formale Prüfung: " + AKTENWERK)).hasCount(1);
        assertThat(t.aufgabeInListe("Formale Prüfung: " + KOMMUNAL)).hasCount(1);
        assertThat(t.aufgabeInListe("Formale Prüfung: " + RHEINLAND)).hasCount(1);

        // Aktenwerk's offer lacks a company document: requested under § 56 VgV, received in time
        t.aufgabeOeffnen("Formale Prüfung: " + AKTENWERK).zuweisen();
        assertThat(t.feld("Bieter")).hasValue(AKTENWERK);
        t.auswaehlen("Ergebnis der formalen Prüfung", "Unternehmensbezogene Unterlagen fehlen – nachfordern (§ 56 Abs. 2 VgV)");
        t.eingeben("Vermerk zur formalen Prüfung", "Der Nachweis der Betriebshaftpflichtversicherung fehlt.");
        t.bildschirmfoto("07-formale-pruefung");
        t.erledigen();

        t.aufgabeOeffnen("Fehlende Unterlagen nachfordern (§ 56 VgV): " + AKTENWERK).zuweisen();
        t.eingeben("Nachzureichende Unterlagen", "Nachweis der Betriebshaftpflichtversicherung");
        // sent today: the deadline at least 6 days ahead (§ 56 VgV, vergabe.fristen.nachforderung-mindesttage)
        t.datum("Frist für die Nachreichung", java.time.LocalDate.now(java.time.ZoneId.of("Europe/Berlin")).plusDays(7)
                .format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy")));
        t.bildschirmfoto("07a-unterlagen-nachfordern");
        t.erledigen();
        // the request leaves the outbox in the offer check's send task (the job executor is off)
        List<Job> versand = management.createJobQuery().activityId("ServiceTask_NachforderungVersenden").list();
        assertThat(versand).hasSize(1);
        management.executeJob(versand.get(0).getId());

        t.aufgabeOeffnen("Nachgereichte Unterlagen prüfen: " + AKTENWERK).zuweisen();
        assertThat(t.feld("Nachgeforderte Unterlagen")).hasValue("Nachweis der Betriebshaftpflichtversicherung");
        t.auswaehlen("Unterlagen fristgerecht und vollständig nachgereicht?", "Ja");
        t.eingeben("Vermerk zur Nachreichung", "Nachweis fristgerecht elektronisch eingegangen.");
        t.bildschirmfoto("07b-nachgereichte-unterlagen-pruefen");
        t.erledigen();

        t.aufgabeOeffnen("Ausschlussgründe prüfen (§§ 123, 124 GWB): " + AKTENWERK).zuweisen();
        t.auswaehlen("Ausschlussgründe", "Kein Ausschlussgrund");
        t.eingeben("Vermerk zu den Ausschlussgründen", "Eigenerklärungen und Registerauskunft ohne Befund.");
        t.bildschirmfoto("08-ausschlussgruende-pruefen");
        t.erledigen();

        t.aufgabeOeffnen("Eignung prüfen (§ 122 GWB): " + AKTENWERK).zuweisen();
        t.auswaehlen("Befähigung und Erlaubnis zur Berufsausübung", "erfüllt");
        t.auswaehlen("Wirtschaftliche und finanzielle Leistungsfähigkeit", "erfüllt");
        t.auswaehlen("Technische und berufliche Leistungsfähigkeit", "erfüllt");
        t.eingeben("Vermerk zur Eignung", "Referenzen aus drei Kommunen.");
        t.bildschirmfoto("09-eignung-pruefen");
        t.erledigen();
        t.abmelden();

        // the other two offers through the TaskService, with the same values
        uebrigePruefungenOhneBefund("Referenzen aus drei Kommunen.");
    }

    // --- 6. presentations: one slot per bidder, the protocol task is due at the end of its slot -----------

    @Test
    @Order(6)
    void praesentationenWerdenProtokolliert() {
        for (int i = 0; i < 3; i++) {
            timerAusfuehren(instanz, "TimerEvent_PraesentationsterminErreicht");
        }
        Task aktenwerk = tasks.createTaskQuery().taskDefinitionKey("UserTask_PraesentationProtokollieren")
                .taskNameLike("% · Präsentation protokollieren: " + AKTENWERK).singleResult();
        assertThat(aktenwerk.getDueDate()).isNotNull();

        Tasklist t = tasklist("vergabe1");
        t.filter("Vergabestelle").aufgabeOeffnen("Präsentation protokollieren: " + AKTENWERK).zuweisen();
        // the due date (end of the bidder's slot, Tuesday 07.12.2021) above the form: relative in German ("vor 5 Jahren"),
        // overdue, the date as tooltip in German notation (docs/webapps.md)
        Locator faellig = t.seite().locator(".task-details .due-date");
        assertThat(faellig).hasClass(Pattern.compile(".*\\boverdue\\b.*"));
        assertThat(faellig.locator("[am-time-ago]")).hasText(Pattern.compile("^\\s*vor \\d+ Jahren\\s*$"));
        assertThat(faellig.locator("[am-time-ago]")).hasAttribute("uib-tooltip", Pattern.compile("^Dienstag, 07\\.12\\.2021 \\d\\d:\\d\\d Uhr$"));
        assertThat(t.feld("Bieter")).hasValue(AKTENWERK);
        t.eingeben("Anwesende Mitglieder der Bewertungskommission", "bewerter1, bewerter2, bewerter3");
        t.eingeben("Protokoll der Präsentation", "Live-Demo E-Akte, Posteingang und Workflow; Fragen der Kommission beantwortet.");
        t.bildschirmfoto("10-praesentation-protokollieren");
        t.erledigen();
        t.abmelden();

        alleErledigen("UserTask_PraesentationProtokollieren", "vergabe1", Map.of("anwesendeBewerter", "bewerter1, bewerter2, bewerter3",
                "praesentationProtokoll", "Live-Demo E-Akte, Posteingang und Workflow; Fragen der Kommission beantwortet."));
    }

    // --- 7. scoring sheets --------------------------------------------------------------------------------

    @Test
    @Order(7)
    void bewerterFuellenBewertungsboegenAus() {
        // means over the sheets: Aktenwerk (8, 9, 7) -> 8, Kommunal-DMS (7, 7, 7) -> 7, Rheinland (9, 9, 9) -> 9
        Map<String, int[]> punkte = Map.of(AKTENWERK, new int[] {8, 9, 7}, KOMMUNAL, new int[] {7, 7, 7}, RHEINLAND, new int[] {9, 9, 9});
        assertThat(tasks.createTaskQuery().taskDefinitionKey("UserTask_BewertungsbogenAusfuellen").count()).isEqualTo(9);

        Tasklist t = tasklist("bewerter1");
        t.filter("Bewertungskommission");
        // bewerter1 sees their own three sheets, no sheet of another evaluator, no task of the Vergabestelle
        assertThat(t.seite().locator(".tasks-list li.task")).hasCount(3);
        for (String bieter : List.of(AKTENWERK, KOMMUNAL, RHEINLAND)) {
            assertThat(t.aufgabeInListe("Bewertungsbogen ausfüllen: " + bieter)).hasCount(1);
        }

        t.aufgabeOeffnen("Bewertungsbogen ausfüllen: " + AKTENWERK);
        assertThat(t.feld("Bieter")).hasValue(AKTENWERK);
        // evaluators see no price, in German notation or as the stored number (not just "412": the random Aktenzeichen
        // in the task's title may contain those digits)
        assertThat(t.seite().locator(".task-details")).not().containsText("412.000");
        assertThat(t.seite().locator(".task-details")).not().containsText("412000");
        assertThat(t.seite().locator(".task-details")).not().containsText("EUR");
        // the sheet generated from the catalogue: a radio per A-criterion, points per B-criterion, a reason each
        assertThat(t.seite().locator(".task-details")).containsText("vollständig und in jeder Hinsicht überzeugend erfüllt");
        // the scale again in each group with points, the progress above and below (issue 22.5)
        assertThat(t.seite().locator(".task-details .fjs-form-field-text em").filter(new Locator.FilterOptions().setHasText("Punkteskala:")))
                .hasCount(5);
        Locator fortschritt = t.seite().locator(".task-details .fjs-form-field-text").filter(new Locator.FilterOptions().setHasText("Bearbeitet:"));
        assertThat(fortschritt).hasCount(2);
        assertThat(fortschritt.first()).hasText("Bearbeitet: 0 von 16 Kriterien bewertet, 0 von 16 begründet.");
        List<String> kriterien = new ArrayList<>();
        for (Kriterienkatalog.Eintrag e : Wertungsbeispiele.dms().eintraege()) {
            if (e.typ() == Kriterium.Typ.A) {
                t.optionWaehlen(e.id() + " " + e.name(), "erfüllt");
            } else {
                String label = e.id() + " " + e.name() + " (Gewicht " + e.gewicht().toPlainString() + "): Punkte 0–10";
                kriterien.add(label);
                t.tippen(t.feld(label), "8");
            }
            t.eingeben("Begründung zu " + e.id(), "Die Anforderungen werden in der Präsentation nachvollziehbar gezeigt.");
            if (e.id().equals("B1")) {
                // A1-A3 and B1: four of 16 scored and justified
                assertThat(fortschritt.last()).hasText("Bearbeitet: 4 von 16 Kriterien bewertet, 4 von 16 begründet.");
            }
        }
        assertThat(fortschritt.first()).hasText("Bearbeitet: 16 von 16 Kriterien bewertet, 16 von 16 begründet.");
        // nothing of the sheet in the browser's storage, not even when Tasklist tries to save a draft
        assertThat(t.seite().getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Speichern"))).isHidden();
        Object entwuerfe = t.seite().evaluate("() => { localStorage.setItem('camunda-form:versuch', '{}'); "
                + "return Object.keys(localStorage).filter(k => k.startsWith('camunda-form:') || k.startsWith('camForm:')); }");
        assertThat((List<?>) entwuerfe).isEmpty();
        // and from a second browser (another PC): the same task, with nothing filled in
        Tasklist zweiter = new Tasklist(chromium.neuesFenster(), "http://localhost:" + port);
        zweiter.anmelden("bewerter1");
        zweiter.filter("Bewertungskommission").aufgabeOeffnen("Bewertungsbogen ausfüllen: " + AKTENWERK);
        assertThat(zweiter.feld(kriterien.get(0))).hasValue("");
        assertThat(zweiter.feld("Begründung zu B1")).hasValue("");
        zweiter.bildschirmfoto("12-bewertungsbogen-zweiter-browser");
        Chromium.schliessen(zweiter.seite());
        // a score out of range: error, Complete disabled
        t.tippen(t.feld(kriterien.get(0)), "11");
        t.feld("Begründung zu B1").click();
        assertThat(t.fehler(kriterien.get(0))).hasText("„" + kriterien.get(0) + "“ darf höchstens 10 sein.");
        assertThat(t.erledigenKnopf()).isDisabled();
        t.bildschirmfoto("11-bewertungsbogen-punkte-ausserhalb");
        // a required reason left empty
        t.tippen(t.feld(kriterien.get(0)), "8");
        t.eingeben("Begründung zu B3", "");
        assertThat(t.fehler("Begründung zu B3")).hasText("„Begründung zu B3“ ist ein Pflichtfeld.");
        assertThat(t.erledigenKnopf()).isDisabled();
        t.eingeben("Begründung zu B3", "Aussonderung und Übergabe an das Stadtarchiv in der Live-Demo gezeigt.");
        t.bildschirmfoto("12-bewertungsbogen");
        t.erledigen();
        t.abmelden();

        // the other eight sheets through the TaskService
        for (int n = 1; n <= 3; n++) {
            for (Task bogen : tasks.createTaskQuery().taskDefinitionKey("UserTask_BewertungsbogenAusfuellen").taskAssignee("bewerter" + n).list()) {
                String bieter = (String) tasks.getVariable(bogen.getId(), "bieterName");
                tasks.complete(bogen.getId(), bogen(punkte.get(bieter)[n - 1]));
            }
        }
        assertThat(tasks.createTaskQuery().taskDefinitionKey("UserTask_BewertungsbogenAusfuellen").count()).isZero();
        // the end of each sheet is asynchronous (the job executor's part)
        for (Job job : management.createJobQuery().activityId("EndEvent_BewertungsbogenAbgegeben").list()) {
            management.executeJob(job.getId());
        }
    }

    // --- 8. consolidation, award proposal, approval by the Projektleitung ---------------------------------

    @Test
    @Order(8)
    void zuschlagsvorschlagWirdErstelltUndFreigegeben() {
        Tasklist t = tasklist("vergabe1");
        // one consolidation per offer: Aktenwerk in the browser, the others through the TaskService
        t.filter("Vergabestelle").aufgabeOeffnen("Bewertungen konsolidieren: " + AKTENWERK).zuweisen();
        // a read-only table, criterion × evaluator (issue 22.7): B1 8, 9, 7 -> min 7, median 8, max 9, mean 8
        Locator uebersicht = t.seite().locator(".task-details table").first();
        assertThat(uebersicht.locator("th")).hasText(new String[] {"Kriterium", "Gewicht", "bewerter1", "bewerter2", "bewerter3",
                "Min", "Median", "Max", "Mittelwert"});
        assertThat(uebersicht.locator("tr").filter(new Locator.FilterOptions().setHasText("B1 Schriftgutverwaltung und Aktenplan")).locator("td"))
                .hasText(new String[] {"B1 Schriftgutverwaltung und Aktenplan", "10 %", "8 Punkte", "9 Punkte", "7 Punkte",
                        "7 Punkte", "8 Punkte", "9 Punkte", "8 Punkte"});
        // a deviation without a sufficient reason is refused by the server, the task stays open
        t.eingeben("Abweichende konsolidierte Werte (optional)", "B11 = 8: siehe oben");
        t.eingeben("Konsolidierungsvermerk", "Abweichungen bei Aktenwerk (7 bis 9) in der Kommission besprochen.");
        t.erledigenKnopf().click();
        assertThat(t.seite().locator(".page-notifications")).containsText("mindestens 20 Zeichen");
        // the error stays until closed and lies over the Complete button
        t.seite().locator(".page-notifications .alert button.close:visible").first().click();
        assertThat(t.seite().locator(".page-notifications .alert")).hasCount(0);
        t.eingeben("Abweichende konsolidierte Werte (optional)", "");
        t.bildschirmfoto("13-wertung-konsolidieren");
        t.erledigen();
        alleErledigen("UserTask_WertungKonsolidieren", "vergabe1",
                Map.of("konsolidierungsvermerk", "Bewertungen der Kommission ohne Abweichungen konsolidiert."));
        // the ranking follows the last consolidation asynchronously (the job executor's part; it is off here)
        jobAusfuehren(instanz, "ServiceTask_WertungBerechnen");

        t.aufgabeOeffnen("Zuschlagsvorschlag erstellen").zuweisen();
        // the ranking as a table in German notation (issue 22.7): Z = L / P, e.g. 900 / 455,000 = 0.001978022
        Locator rangfolge = t.seite().locator(".task-details table").first().locator("tbody tr");
        assertThat(rangfolge.nth(0).locator("td")).hasText(new String[] {"1.", RHEINLAND, "900", "455.000,00 EUR", "0,001978022", "–"});
        assertThat(rangfolge.nth(1).locator("td").nth(1)).hasText(AKTENWERK);
        assertThat(rangfolge.nth(1).locator("td").nth(3)).hasText("412.000,00 EUR");
        assertThat(rangfolge.nth(2).locator("td").nth(1)).hasText(KOMMUNAL);
        assertThat(rangfolge.nth(2).locator("td").nth(3)).hasText("389.500,50 EUR");
        assertThat(t.feld("Wirtschaftlichstes Angebot")).hasValue(RHEINLAND);
        t.eingeben("Begründung des Zuschlagsvorschlags", "Bestes Verhältnis von Leistung zu Preis nach der einfachen Richtwertmethode.");
        t.bildschirmfoto("14-zuschlagsvorschlag-erstellen");
        t.erledigen();
        t.abmelden();
        Chromium.schliessen(aktuell.seite());

        t = tasklist("projektleitung");
        t.filter("Projektleitung").aufgabeOeffnen("Zuschlagsvorschlag freigeben").zuweisen();
        assertThat(t.feld("Vorgeschlagener Zuschlagsempfänger")).hasValue(RHEINLAND);
        assertThat(t.feld("Begründung der Vergabestelle")).hasValue("Bestes Verhältnis von Leistung zu Preis nach der einfachen Richtwertmethode.");
        t.auswaehlen("Entscheidung der Projektleitung", "Zuschlagsvorschlag freigeben");
        t.eingeben("Anmerkung", "Einverstanden.");
        t.bildschirmfoto("15-zuschlagsvorschlag-freigeben");
        t.erledigen();
        t.abmelden();
    }

    // --- 9. council: draft resolution (Vergabestelle), decision (Ratsbüro) --------------------------------

    @Test
    @Order(9)
    void ratStimmtZu() {
        Tasklist t = tasklist("vergabe1");
        t.filter("Vergabestelle").aufgabeOeffnen("Ratsbeschlussvorlage erstellen").zuweisen();
        assertThat(t.feld("Vorgeschlagener Zuschlagsempfänger")).hasValue(RHEINLAND);
        t.eingeben("Vorlagennummer", "12/34");
        assertThat(t.fehler("Vorlagennummer")).hasText("„Vorlagennummer“ hat nicht das verlangte Format.");
        assertThat(t.erledigenKnopf()).isDisabled();
        t.eingeben("Vorlagennummer", "2022/1234");
        t.eingeben("Betreff der Vorlage", "Vergabe des Auftrags Dokumentenmanagementsystem (DMS)");
        t.eingeben("Beschlussentwurf", "1. Der Rat stimmt dem Zuschlag zu. 2. Die ivl wird gemäß LoI mit der Lizenzabnahme beauftragt.");
        t.auswaehlen("Haushaltsmittel verfügbar?", "Ja");
        t.bildschirmfoto("16-ratsbeschlussvorlage-erstellen");
        t.erledigen();
        t.abmelden();
        Chromium.schliessen(aktuell.seite());

        // the council defers the item in December and approves it in February
        t = tasklist("ratsbuero");
        t.filter("Ratsbüro").aufgabeOeffnen("Beschluss des Rates erfassen").zuweisen();
        assertThat(t.feld("Vorlagennummer")).hasValue("2022/1234");
        t.datum("Datum der Ratssitzung", "16.12.2021");
        t.auswaehlen("Beschluss des Rates", "Vertagt");
        t.eingeben("Vermerk zum Beschluss", "Beratungsbedarf in den Fraktionen");
        t.erledigen();
        t.aufgabeOeffnen("Vorlage für eine spätere Sitzung vormerken").zuweisen();
        assertThat(t.feld("Vorlagennummer")).hasValue("2022/1234");
        t.datum("Nächster Sitzungstermin", "10.02.2022");
        t.eingeben("Grund der Vertagung", "Beratungsbedarf in den Fraktionen; Wiedervorlage in der Sitzung im Februar.");
        t.bildschirmfoto("17a-vorlage-vertagen");
        t.erledigen();

        t.aufgabeOeffnen("Beschluss des Rates erfassen").zuweisen();
        t.datum("Datum der Ratssitzung", "10.02.2022");
        t.auswaehlen("Beschluss des Rates", "Zugestimmt");
        t.eingeben("Vermerk zum Beschluss", "einstimmig");
        t.bildschirmfoto("17-ratsbeschluss-erfassen");
        t.erledigen();
        t.abmelden();
        jobAusfuehren(instanz, "ServiceTask_RatsvorlageAblegen");
        assertThat(vergabe().getRatsbeschluss()).isEqualTo("ZUGESTIMMT");
    }

    // --- 10. § 134 GWB information, standstill, award, licence order at ivl -------------------------------

    @Test
    @Order(10)
    void bieterinformationWartefristZuschlagUndLizenzbestellung() {
        Tasklist t = tasklist("vergabe1");
        t.filter("Vergabestelle").aufgabeOeffnen("Bieter nach § 134 GWB informieren").zuweisen();
        assertThat(t.feld("Zuschlagsempfänger")).hasValue(RHEINLAND);
        assertThat(t.feld("Versandart").locator("xpath=..").locator(".fjs-select-display")).hasText("Elektronisch (E-Mail) – Wartefrist 10 Tage");
        // the letters are generated from the evaluation; the Vergabestelle reads and releases them
        assertThat(t.feld("Schreiben an die nicht berücksichtigten Bieter (Entwurf bei Versand heute per E-Mail)"))
                .hasValue(java.util.regex.Pattern.compile("Information nach § 134 GWB[\\s\\S]*Aktenwerk Software GmbH"));
        t.auswaehlen("Freigabe", "Schreiben geprüft – freigeben und versenden");
        t.bildschirmfoto("18-bieterinformation-versenden");
        t.erledigen();
        jobAusfuehren(instanz, "ServiceTask_BieterinformationVersenden");

        // a bidder complains (Rüge); the Vergabestelle records it through the procedure API and answers it in Tasklist
        APIResponse ruege = api("vergabe1", "/ruege", Map.of("bieter", AKTENWERK,
                "inhalt", "Die Gewichtung der Präsentation sei nicht bekannt gemacht worden.", "kenntnisAm", LocalDate.now(BERLIN).toString()));
        assertThat(ruege.status()).as(ruege.url() + " " + ruege.text()).isEqualTo(200);
        t.seite().reload();
        t.filter("Vergabestelle").aufgabeOeffnen("Rüge prüfen und beantworten (§ 160 Abs. 3 GWB)").zuweisen();
        // the form shows the complaint with its timeliness (§ 160 Abs. 3 GWB), computed by the application
        assertThat(t.feld("Rüge")).hasValue(Pattern.compile(".*Gewichtung der Präsentation.*Rüge rechtzeitig.*", Pattern.DOTALL));
        t.auswaehlen("Entscheidung", "Der Rüge wird nicht abgeholfen");
        t.eingeben("Antwort an den Bieter", "Die Gewichtung aller Kriterien war in den Vergabeunterlagen veröffentlicht.");
        t.bildschirmfoto("18a-ruege-beantworten");
        t.erledigen();

        // Aktenwerk applies to the Vergabekammer: no award until its decision (§ 169 GWB), then the appeal period (§ 172 GWB)
        APIResponse antrag = api("vergabe1", "/nachpruefungsantrag", Map.of());
        assertThat(antrag.status()).as(antrag.url() + " " + antrag.text()).isEqualTo(204);
        t.seite().reload();
        t.filter("Vergabestelle").aufgabeOeffnen("Entscheidung der Vergabekammer erfassen").zuweisen();
        t.eingeben("Aktenzeichen der Vergabekammer", "VK 1-23/22");
        t.datum("Entscheidung zugestellt am", LocalDate.now(BERLIN).format(DateTimeFormatter.ofPattern("dd.MM.yyyy")));
        t.auswaehlen("Entscheidung der Vergabekammer", "Antrag zurückgewiesen");
        t.eingeben("Vermerk zur Entscheidung", "Beschluss der Vergabekammer Rheinland, Antrag unbegründet.");
        t.bildschirmfoto("18b-vergabekammer-entscheidung");
        t.erledigen();

        // the appeal period ends: the engine's time (the procedure's clock) moves to the earliest award date
        Job beschwerdefrist = management.createJobQuery().processInstanceId(instanz).activityId("TimerEvent_BeschwerdefristAbgelaufen").singleResult();
        ClockUtil.setCurrentTime(beschwerdefrist.getDuedate());
        timerAusfuehren(instanz, "TimerEvent_BeschwerdefristAbgelaufen");

        t.seite().reload();
        t.filter("Vergabestelle").aufgabeOeffnen("Zuschlag erteilen").zuweisen();
        assertThat(t.feld("Zuschlagsempfänger")).hasValue(RHEINLAND);
        t.eingeben("Vermerk zum Zuschlag", "Zuschlagsschreiben elektronisch versandt.");
        t.bildschirmfoto("19-zuschlag-erteilen");
        try {
            t.erledigen();
            jobAusfuehren(instanz, "ServiceTask_ZuschlagsinformationVersenden");
        } finally {
            ClockUtil.reset();
        }
        assertThat(vergabe().getStatus()).isEqualTo(Vergabe.Status.ZUSCHLAG_ERTEILT);

        // the Vergabestelle reviews the licence order drafted from the award
        t.seite().reload();
        t.filter("Vergabestelle").aufgabeOeffnen("Lizenzbestellung prüfen").zuweisen();
        assertThat(t.feld("Auftragnehmer (Zuschlag)")).hasValue(RHEINLAND);
        assertThat(t.feld("Ratsbeschluss (Vorlage-Nr.)")).hasValue("2022/1234");
        t.eingeben("Bezug auf den Letter of Intent", "LoI DMS Stadt Leverkusen / ivl");
        t.eingeben("Anzahl Lizenzen (Named User)", "1900");
        t.eingeben("Kostenstelle", "040100");
        t.datum("Gewünschter Liefertermin", LocalDate.now(BERLIN).plusDays(30).format(DateTimeFormatter.ofPattern("dd.MM.yyyy")));
        t.eingeben("Prüfvermerk", "Bestellung gegen Zuschlag und Ratsbeschluss geprüft.");
        t.bildschirmfoto("19a-lizenzbestellung-pruefen");
        t.erledigen();

        // ivl's system takes the order; its confirmation is late, the Vergabestelle reminds ivl
        List<LockedExternalTask> bestellung = externalTasks.fetchAndLock(1, "ivl-test")
                .topic("ivl-lizenzbestellung", 60_000).businessKey(vergabe().getBusinessKey()).execute();
        assertThat(bestellung).hasSize(1);
        externalTasks.complete(bestellung.get(0).getId(), "ivl-test");
        timerAusfuehren(instanz, "TimerEvent_IvlBestaetigungsfristAbgelaufen");
        t.seite().reload();
        t.filter("Vergabestelle").aufgabeOeffnen("Bestätigung der ivl anmahnen").zuweisen();
        assertThat(t.feld("Bestellnummer")).hasValue("IVL-" + vergabe().getBusinessKey());
        t.eingeben("Vermerk zur Mahnung", "Telefonisch und per E-Mail bei der ivl nachgefragt.");
        t.bildschirmfoto("19b-ivl-bestaetigung-anmahnen");
        t.erledigen();

        runtime.createMessageCorrelation("IvlBestellungBestaetigt")
                .processInstanceVariableEquals("bestellnummer", "IVL-" + vergabe().getBusinessKey())
                .setVariable("ivlReferenz", "IVL-AUF-2022-0815")
                .correlate();
        t.seite().reload();
        t.filter("Vergabestelle").aufgabeOeffnen("Lizenzbereitstellung erfassen").zuweisen();
        assertThat(t.feld("Referenz der ivl")).hasValue("IVL-AUF-2022-0815");
        assertThat(t.feld("Bestellte Lizenzen")).hasValue("1900");
        t.datum("Bereitgestellt am", LocalDate.now(BERLIN).format(DateTimeFormatter.ofPattern("dd.MM.yyyy")));
        t.eingeben("Bereitgestellte Lizenzen", "1900");
        t.eingeben("Vermerk zur Bereitstellung", "Lizenzen im Portal der ivl freigeschaltet.");
        t.bildschirmfoto("19c-lizenzbereitstellung-erfassen");
        t.erledigen();
        t.abmelden();
    }

    // --- 11. award notice (due within 30 days) and Vergabevermerk; the procedure ends ---------------------

    @Test
    @Order(11)
    void bekanntmachungUndVergabevermerkBeendenDasVerfahren() {
        // 30 days after the award the notice is overdue: the Projektleitung is asked to clear it
        timerAusfuehren(instanz, "BoundaryEvent_BekanntmachungUeberfaellig");
        Tasklist p = tasklist("projektleitung");
        p.filter("Projektleitung").aufgabeOeffnen("Überfällige Vergabebekanntmachung klären").zuweisen();
        assertThat(p.feld("Verfahren")).hasValue(TITEL);
        p.eingeben("Veranlasste Maßnahme", "Vergabestelle angewiesen, die Bekanntmachung heute zu versenden.");
        p.bildschirmfoto("20a-bekanntmachung-eskalieren");
        p.erledigen();
        p.abmelden();
        Chromium.schliessen(p.seite());

        Tasklist t = tasklist("vergabe1");
        t.filter("Vergabestelle").aufgabeOeffnen("Vergabebekanntmachung veröffentlichen (§ 39 VgV)").zuweisen();
        // due 30 days after the award (§ 39 VgV): the date is shown above the form
        Date faelligAm = tasks.createTaskQuery().taskDefinitionKey("UserTask_BekanntmachungVeroeffentlichen").singleResult().getDueDate();
        assertThat(faelligAm).isNotNull();
        SimpleDateFormat format = new SimpleDateFormat("dd.MM.yyyy", Locale.GERMAN);
        format.setTimeZone(TimeZone.getTimeZone("Europe/Berlin"));  // the browser's time zone
        String tag = format.format(faelligAm);
        assertThat(t.seite().locator(".task-details .due-date [am-time-ago]"))
                .hasAttribute("uib-tooltip", Pattern.compile(".*" + Tasklist.jsRegex(tag) + ".*"));
        // the eForms inputs: what has a default (CPV, address and NUTS code of the city, Vergabekammer) is prefilled
        assertThat(t.feld("CPV-Code (Hauptgegenstand)")).hasValue("48311100");
        assertThat(t.feld("NUTS-Code")).hasValue("DEA24");
        assertThat(t.feld("Zuständige Vergabekammer")).hasValue("Vergabekammer Rheinland");
        assertThat(t.feld("Zuschlagsempfänger")).hasValue(RHEINLAND);
        t.eingeben("Registriernummer des Auftraggebers (z. B. Leitweg-ID)", "05316000-DMS-07");
        t.eingeben("E-Mail-Adresse der Vergabestelle", "vergabestelle@stadt-leverkusen.example");
        t.eingeben("Telefon der Vergabestelle", "+49 214 406-0");
        t.eingeben("Registriernummer des Zuschlagsempfängers (Handelsregister oder USt-IdNr.)", "HRA 4711 (Amtsgericht Köln)");
        t.eingeben("Postleitzahl des Zuschlagsempfängers", "50667");
        t.eingeben("Ort des Zuschlagsempfängers", "Köln");
        t.auswaehlen("Unternehmensgröße des Zuschlagsempfängers", "Mittleres Unternehmen");
        assertThat(t.feld("NUTS-Code der Vergabekammer")).hasValue("DEA23");
        t.eingeben("Registriernummer der Vergabekammer (z. B. Leitweg-ID)", "05315000-VK-RHEINLAND");
        t.eingeben("E-Mail-Adresse der Vergabekammer", "vergabekammer@bezreg-koeln.example");
        t.eingeben("NUTS-Code des Zuschlagsempfängers", "DEA23");
        t.auswaehlen("Vergibt der Zuschlagsempfänger Unteraufträge?", "Nein");
        t.datum("Veröffentlicht am", "01.03.2022");
        t.eingeben("Nummer der Bekanntmachung (TED)", "2022/S 043-123456");
        t.bildschirmfoto("20-vergabebekanntmachung-veroeffentlichen");
        // dispatched after the award, which was given in moved time (end of the appeal period): the clock goes an hour
        // past it, so the contract date is not after the dispatch date, as in real life
        ClockUtil.setCurrentTime(Date.from(vergabe().getZuschlagAm().plusHours(1).toInstant()));
        try {
            t.erledigen();
        } finally {
            ClockUtil.reset();
        }

        t.aufgabeOeffnen("Vergabevermerk abschließen (§ 8 VgV)").zuweisen();
        assertThat(t.feld("Verfahren")).hasValue(TITEL);
        // the form links the draft; Tasklist fills in the business key, and the link opens with Tasklist's session
        // (the browser context's cookies, no Basic header)
        String bk = vergabe().getBusinessKey();
        Locator link = t.seite().getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Vergabevermerk (Entwurf, PDF)"));
        assertThat(link.getAttribute("href")).isEqualTo("/api/vergaben/" + bk + "/dokumente/vergabevermerk.pdf");
        APIResponse pdf = t.seite().context().request().get("http://localhost:" + port + link.getAttribute("href"));
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.headers().get("content-type")).isEqualTo("application/pdf");
        APIResponse xml = t.seite().context().request().get("http://localhost:" + port + "/api/vergaben/" + bk + "/dokumente/vergabebekanntmachung.xml");
        assertThat(xml.status()).isEqualTo(200);
        assertThat(xml.text()).contains("<cbc:Name languageID=\"DEU\">Rheinland Dokumentensysteme GmbH &amp; Co. KG</cbc:Name>",
                "<cbc:SubTypeCode listName=\"notice-subtype\">29</cbc:SubTypeCode>");
        assertThat(t.feld("Zuschlagsempfänger")).hasValue(RHEINLAND);
        t.eingeben("Abschließende Zusammenfassung", "Zuschlag an Rheinland Dokumentensysteme nach Ratsbeschluss 2022/1234.");
        t.bildschirmfoto("21-vergabevermerk-abschliessen");
        t.erledigen();
        t.abmelden();
        jobAusfuehren(instanz, "ServiceTask_VergabevermerkAblegen");

        abgeschlossenMitZuschlagAn(RHEINLAND);
    }

    // --- 12. a wrong password shows the login error ---------------------------------------------------------

    @Test
    @Order(12)
    void falschesPasswortZeigtDenAnmeldefehler() {
        // a throwaway user: a wrong password locks the user for a few seconds
        if (identitaet.createUserQuery().userId("wegwerf").count() == 0) {
            User u = identitaet.newUser("wegwerf");
            u.setFirstName("Wegwerf");
            u.setLastName("Nutzer");
            u.setPassword("richtig-123");
            identitaet.saveUser(u);
        }
        Tasklist t = fenster();
        t.anmelden("tasklist", "wegwerf", "falsch-456");
        Locator meldung = t.seite().locator(".page-notifications");
        assertThat(meldung).containsText("Anmeldung fehlgeschlagen");
        assertThat(t.seite().getByPlaceholder("Benutzername")).isVisible();
        t.bildschirmfoto("22-anmeldung-fehlgeschlagen");
    }

    // --- helpers ------------------------------------------------------------------------------------------

    /** A call of the procedure API (/api/vergaben/{businessKey}...) as an API client with HTTP Basic. */
    private APIResponse api(String benutzer, String pfad, Map<String, Object> koerper) {
        String basic = Base64.getEncoder().encodeToString((benutzer + ":demo").getBytes(StandardCharsets.UTF_8));
        return aktuell.seite().context().request().post("http://localhost:" + port + "/api/vergaben/" + vergabe().getBusinessKey() + pfad,
                RequestOptions.create().setHeader("Authorization", "Basic " + basic).setData(koerper));
    }
}
