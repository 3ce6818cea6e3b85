package de.leverkusen.vergabe.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import de.leverkusen.vergabe.konfiguration.Demoausschreibung;
import de.leverkusen.vergabe.prozess.Ausschreibungslauf;
import de.leverkusen.vergabe.verfahren.Angebot;
import de.leverkusen.vergabe.verfahren.Vergabe;
import de.leverkusen.vergabe.verfahren.Verfahrensart;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * Issue 17: the demo tender as what it was, a negotiated procedure with a participation competition (§ 17 VgV), in a
 * real browser from the start form to the end. The Vergabestelle starts it in Tasklist, opens the participation
 * requests with four eyes, checks and selects the candidates and invites them; the initial offers are opened, checked
 * and scored; then the negotiation: round one (the presentations) closed with a reduction, round two's meetings, the
 * call for final offers, their four-eyes opening and evaluation, the ranking. From the award proposal on the procedure
 * runs its regular path through the Java API ({@link Ausschreibungslauf#fortsetzen}); the open procedure's browser
 * test covers those forms. Repetitive steps go through the UI once and through the TaskService for the rest. Each
 * form is photographed after filling (target/screenshots/vv-*.png).
 *
 * <p>Worked figures (simple benchmark method Z = L / P; the same points p on every B-criterion give L = 100 p):
 * initial offers Aktenwerk 7 points, 412,000.00 -> Z = 700 / 412,000 = 0.0016990291 (rank 3); Kommunal-DMS 8 points,
 * 389,500.00 -> Z = 800 / 389,500 = 0.0020539153 (rank 1); Rheinland 9 points, 455,000.00 -> Z = 900 / 455,000 =
 * 0.0019780220 (rank 2). Aktenwerk is reduced out after round one. Final offers: Kommunal-DMS 379,000.00 with 8 points
 * -> Z = 800 / 379,000 = 0.0021108179; Rheinland 420,000.00 with 9 points -> Z = 900 / 420,000 = 0.0021428571: the
 * negotiation changes the winner to Rheinland. (The tables show Z with ten decimals, trailing zeros dropped.)
 *
 * <p>Own engine (own Spring context, own in-memory database): Tasklist shows only this procedure's tasks.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "camunda.bpm.process-engine-name=" + VerhandlungsverfahrenBrowserTest.ENGINE)
@ActiveProfiles("test")
class VerhandlungsverfahrenBrowserTest extends VerfahrenImBrowser {

    static final String ENGINE = "browserverhandlung";
    static final String AKTENWERK = GanzeAusschreibungBrowserTest.AKTENWERK;
    static final String KOMMUNAL = GanzeAusschreibungBrowserTest.KOMMUNAL;
    static final String RHEINLAND = GanzeAusschreibungBrowserTest.RHEINLAND;
    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final DateTimeFormatter TAG = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    /** points per bidder on every B-criterion of the initial sheets (see the class comment) */
    static final Map<String, Integer> ERSTPUNKTE = Map.of(AKTENWERK, 7, KOMMUNAL, 8, RHEINLAND, 9);

    @Autowired
    ProcessEngine processEngine;

    @Override
    String engineName() {
        return ENGINE;
    }

    @Override
    String debugPraefix() {
        return "vv-";
    }

    /** The engine's time (and so the server's "today") at that moment in Berlin, as in Ausschreibungslauf. */
    private static void uhrStellen(LocalDateTime zeitpunkt) {
        ClockUtil.setCurrentTime(Date.from(zeitpunkt.atZone(BERLIN).toInstant()));
    }

    // --- 1. start form: the negotiated procedure shows the participation fields ---------------------------

    @Test
    @Order(1)
    void vergabestelleStartetEinVerhandlungsverfahren() {
        Map<String, Object> demo = Demoausschreibung.verhandlungsverfahren();
        Tasklist t = tasklist("vergabe1");
        Page p = t.startformularOeffnen().seite();
        String bieterFeld = "Bieter, die ein Angebot abgegeben haben";
        String mindestzahl = "Mindestzahl der aufzufordernden Bewerber";
        // the open procedure (preselected): bidders, offer deadline and presentations, no participation stage
        assertThat(t.feld(bieterFeld)).isVisible();
        assertThat(t.feld(mindestzahl)).hasCount(0);

        t.auswaehlen("Verfahrensart", "Verhandlungsverfahren mit Teilnahmewettbewerb (§ 17 VgV)");
        // the participation stage's fields appear, what the invitation sets later disappears
        assertThat(t.feld("Ende der Teilnahmefrist")).isVisible();
        assertThat(t.feld(mindestzahl)).isVisible();
        assertThat(t.feld("Höchstzahl der aufzufordernden Bewerber (optional)")).isVisible();
        assertThat(t.feld("Objektive Auswahlkriterien (werden bekannt gemacht)")).isVisible();
        assertThat(t.feld("Zuschlag auf die Erstangebote vorbehalten (§ 17 Abs. 11 VgV)")).hasCount(1);
        assertThat(t.feld("Verringerung der Zahl der Angebote in Phasen vorbehalten (§ 17 Abs. 12 VgV)")).hasCount(1);
        assertThat(t.feld(bieterFeld)).hasCount(0);
        assertThat(t.feld("Angebotsfrist")).hasCount(0);
        assertThat(t.feld("Bieterpräsentationen vom")).hasCount(0);
        assertThat(t.feld("Bieterpräsentationen bis")).hasCount(0);

        assertThat(t.feld("Bezeichnung des Verfahrens")).hasValue((String) demo.get("titel"));
        t.eingeben("Verfahrenskennung (BT-04) der Auftragsbekanntmachung", Demoausschreibung.VERFAHRENSKENNUNG);
        t.eingeben("Geschätzter Auftragswert (netto, EUR)", "480.000,00");
        // notice sent 07.10.2021; participation period >= 30 days: ends Monday 08.11.2021, 24:00 (Demoausschreibung)
        t.datum("Versand der Bekanntmachung (offenes Verfahren) bzw. der Aufforderung zur Angebotsabgabe", "07.10.2021");
        t.datum("Ende der Teilnahmefrist", "09.11.2021");
        t.zeit("Uhrzeit", "00:00");
        t.tippen(t.feld(mindestzahl), String.valueOf(demo.get("mindestzahlBewerber")));
        t.eingeben("Objektive Auswahlkriterien (werden bekannt gemacht)", (String) demo.get("auswahlkriterien"));
        assertThat(t.feld("Zuschlag auf die Erstangebote vorbehalten (§ 17 Abs. 11 VgV)").locator("xpath=..").locator(".fjs-select-display"))
                .hasText("Nein");
        // reduction reserved: the negotiation below reduces after round one (§ 17 Abs. 12 VgV)
        t.auswaehlen("Verringerung der Zahl der Angebote in Phasen vorbehalten (§ 17 Abs. 12 VgV)", "Ja");

        // without the reason of § 14 Abs. 3 VgV the server refuses the start, naming the field; nothing is started
        Locator start = p.locator(".modal").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Start").setExact(true));
        String begruendung = "Begründung der Verfahrensart (§ 14 Abs. 3 VgV)";
        assertThat(start).isEnabled();
        start.click();
        // the procedure type as users read it, not its code
        assertThat(t.fehler(begruendung)).containsText("Pflichtfeld beim Verhandlungsverfahren mit Teilnahmewettbewerb (§ 17 VgV): "
                + "§ 14 Abs. 3 VgV verlangt eine dokumentierte Begründung");
        assertThat(t.fehler(begruendung)).not().containsText("VERHANDLUNGSVERFAHREN_MIT_TEILNAHMEWETTBEWERB");
        assertThat(p.locator(".modal")).hasCount(1);
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("dms-vergabe").count()).isZero();
        t.eingeben(begruendung, (String) demo.get("verfahrensartBegruendung"));
        t.bildschirmfoto("vv-01-verhandlungsverfahren-starten");
        start.click();
        assertThat(p.getByText("Der Prozess wurde gestartet.")).isVisible();
        assertThat(p.locator(".modal")).hasCount(0);

        instanz = runtime.createProcessInstanceQuery().processDefinitionKey("dms-vergabe").singleResult().getId();
        Vergabe vergabe = vergabe();
        assertThat(vergabe.getVerfahrensart()).isEqualTo(Verfahrensart.VERHANDLUNGSVERFAHREN_MIT_TEILNAHMEWETTBEWERB);
        assertThat(vergabe.isVorbehaltReduzierung()).isTrue();
        assertThat(vergabe.isVorbehaltZuschlagAufErstangebote()).isFalse();
        assertThat(p.locator(".vergabe-gestartet")).containsText("Aktenzeichen: " + vergabe.getBusinessKey());
        // the procedure waits in the participation competition for the end of the participation period
        assertThat(teilnahmewettbewerb()).isNotNull();
        assertThat(vergaben.angebote(vergabe.getId())).isEmpty();
        t.abmelden();
    }

    // --- 2. opening of the participation requests: two different people -----------------------------------

    @Test
    @Order(2)
    void teilnahmeantraegeWerdenVonZweiPersonenGeoeffnet() {
        // the day after the participation period, Tuesday 09.11.2021
        uhrStellen(LocalDateTime.of(2021, 11, 9, 9, 0));
        timerAusfuehren(teilnahmewettbewerb(), "TimerEvent_TeilnahmefristAbgelaufen");
        String bk = vergabe().getBusinessKey();

        Tasklist t = tasklist("vergabe1");
        t.filter("Vergabestelle");
        assertThat(t.aufgabeInListe("Teilnahmeanträge öffnen (1. Person)")).hasText(bk + " · Teilnahmeanträge öffnen (1. Person)");
        t.aufgabeOeffnen("Teilnahmeanträge öffnen (1. Person)").zuweisen();
        t.eingeben("Bewerber mit Teilnahmeantrag", Demoausschreibung.bewerber());
        t.eingeben("Niederschrift der Öffnung", "3 Teilnahmeanträge fristgerecht eingegangen und unversehrt.");
        // four eyes: the countersignature is not offered to the person who opened, a second person signs
        t = zurGegenzeichnung(t, "vv-02-teilnahmeantraege-oeffnen", "Öffnung der Teilnahmeanträge gegenzeichnen (2. Person)",
                "UserTask_TeilnahmeOeffnungGegenzeichnen");
        // the second person sees the candidates the first one recorded
        for (String bewerber : List.of(AKTENWERK, KOMMUNAL, RHEINLAND)) {
            assertThat(t.seite().locator(".task-details")).containsText(bewerber);
        }
        t.eingeben("Vermerk der zweiten Person", "Öffnung gemeinsam durchgeführt und gegengezeichnet.");
        t.bildschirmfoto("vv-03-teilnahmeoeffnung-gegenzeichnen");
        t.erledigen();
        t.abmelden();
        assertThat(tasks.createTaskQuery().taskDefinitionKey("UserTask_BewerberPruefen").count()).isEqualTo(3);
    }

    // --- 3. candidates checked, selected (§ 51 VgV) and invited -------------------------------------------

    @Test
    @Order(3)
    void bewerberWerdenGeprueftAusgewaehltUndAufgefordert() {
        uhrStellen(LocalDateTime.of(2021, 11, 9, 10, 0));
        Tasklist t = tasklist("vergabe1");
        t.filter("Vergabestelle");
        for (String bewerber : List.of(AKTENWERK, KOMMUNAL, RHEINLAND)) {
            assertThat(t.aufgabeInListe("Bewerber prüfen: " + bewerber)).hasCount(1);
        }
        t.aufgabeOeffnen("Bewerber prüfen: " + AKTENWERK).zuweisen();
        assertThat(t.feld("Bewerber")).hasValue(AKTENWERK);
        // the points are asked only for a suitable candidate
        assertThat(t.feld("Punkte nach den Auswahlkriterien")).hasCount(0);
        t.auswaehlen("Ausschlussgründe", "Kein Ausschlussgrund");
        t.auswaehlen("Eignung (§ 122 GWB) nachgewiesen", "ja");
        t.tippen(t.feld("Punkte nach den Auswahlkriterien"), "80");
        t.eingeben("Vermerk zur Prüfung (Gründe)", "Eignung in allen drei Kategorien nachgewiesen, Referenzen geprüft.");
        t.bildschirmfoto("vv-04-bewerber-pruefen");
        t.erledigen();
        // the other two candidates through the TaskService, with the same values
        alleErledigen("UserTask_BewerberPruefen", "vergabe1", Map.of("bewerberAusschlussgrund", "KEINER",
                "bewerberGeeignet", "JA", "bewerberPunkte", 80,
                "bewerberPruefvermerk", "Eignung in allen drei Kategorien nachgewiesen, Referenzen geprüft."));

        t.seite().reload();
        t.filter("Vergabestelle").aufgabeOeffnen("Bewerber auswählen (§ 51 VgV)").zuweisen();
        for (String bewerber : List.of(AKTENWERK, KOMMUNAL, RHEINLAND)) {
            assertThat(t.seite().locator(".task-details table").first()).containsText(bewerber);
        }
        // no maximum, all three suitable: all are invited (§ 51 Abs. 3 VgV)
        t.eingeben("Zur Angebotsabgabe aufzufordernde Bewerber", AKTENWERK + "\n" + KOMMUNAL + "\n" + RHEINLAND);
        t.bildschirmfoto("vv-05-bewerber-auswaehlen");
        t.erledigen();
        alleJobsDerTeilnahme();

        t.seite().reload();
        t.filter("Vergabestelle").aufgabeOeffnen("Zur Angebotsabgabe auffordern").zuweisen();
        // invitation today (09.11.2021): 25 days for electronic offers from 10.11.2021 -> Saturday 04.12.2021 -> ends
        // Monday 06.12.2021, 24:00 = 07.12.2021 00:00 (§ 17 Abs. 6, 9 VgV); the presentations of the report after it
        t.datum("Angebotsfrist", "07.12.2021");
        t.zeit("Uhrzeit", "00:00");
        t.datum("Bieterpräsentationen vom", "07.12.2021");
        t.datum("Bieterpräsentationen bis", "09.12.2021");
        t.bildschirmfoto("vv-06-zur-angebotsabgabe-auffordern");
        t.erledigen();
        t.abmelden();
        String teilnahme = teilnahmewettbewerb();
        alleJobsDerTeilnahme();

        // back in the main model: an offer row for each invited candidate, no price yet
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(teilnahme).count()).isZero();
        assertThat(vergaben.angebote(vergabe().getId())).extracting(Angebot::getBieterName)
                .containsExactlyInAnyOrder(AKTENWERK, KOMMUNAL, RHEINLAND);
        assertThat(vergaben.angebote(vergabe().getId())).extracting(Angebot::getPreis).containsOnlyNulls();
        Job frist = management.createJobQuery().processInstanceId(instanz).activityId("TimerEvent_AngebotsfristAbgelaufen").singleResult();
        assertThat(frist.getDuedate()).isEqualTo(Date.from(LocalDateTime.of(2021, 12, 7, 0, 0).atZone(BERLIN).toInstant()));
    }

    // --- 4. initial offers: declarations, four-eyes opening -----------------------------------------------

    @Test
    @Order(4)
    void erstangeboteWerdenGeoeffnet() {
        // the evaluators declare no conflict of interest (the open procedure's browser test fills this form)
        for (Task erklaerung : tasks.createTaskQuery().processInstanceId(instanz).taskDefinitionKey("UserTask_InteressenkonfliktErklaeren").list()) {
            identitaet.setAuthentication(erklaerung.getAssignee(), List.of("bewertungskommission"));
            try {
                tasks.complete(erklaerung.getId(), Map.of("interessenkonflikt", "NEIN"));
            } finally {
                identitaet.clearAuthentication();
            }
        }
        timerAusfuehren(instanz, "TimerEvent_AngebotsfristAbgelaufen");

        Tasklist t = tasklist("vergabe1");
        t.filter("Vergabestelle").aufgabeOeffnen("Angebote öffnen (1. Person)").zuweisen();
        // the invited candidates only, one line each
        String preisFeld = "Angebotspreise der geöffneten Angebote (netto, EUR)";
        assertThat(t.feld(preisFeld)).hasValue(AKTENWERK + ": \n" + KOMMUNAL + ": \n" + RHEINLAND + ": ");
        t.eingeben(preisFeld, AKTENWERK + ": 412.000,00\n" + KOMMUNAL + ": 389.500,00\n" + RHEINLAND + ": 455.000,00");
        t.eingeben("Niederschrift der Öffnung", "Drei Erstangebote fristgerecht eingegangen, elektronisch verschlüsselt und unversehrt.");
        t = zurGegenzeichnung(t, "vv-07-erstangebote-oeffnen", "Angebotsöffnung gegenzeichnen (2. Person)", "UserTask_OeffnungGegenzeichnen");
        assertThat(t.seite().locator(".task-details table").first()).containsText("389.500,00 EUR");
        t.eingeben("Vermerk der zweiten Person", "Öffnung der Erstangebote gemeinsam durchgeführt und gegengezeichnet.");
        t.bildschirmfoto("vv-08-erstangebote-gegenzeichnen");
        t.erledigen();
        t.abmelden();
        assertThat(preise()).containsEntry(AKTENWERK, "412000.00").containsEntry(KOMMUNAL, "389500.00").containsEntry(RHEINLAND, "455000.00");
    }

    // --- 5. checks, presentations, scoring sheets of the initial offers -----------------------------------

    @Test
    @Order(5)
    void erstangeboteWerdenGeprueftUndBewertet() {
        Tasklist t = tasklist("vergabe1");
        t.filter("Vergabestelle").aufgabeOeffnen("Formale Prüfung: " + AKTENWERK).zuweisen();
        assertThat(t.feld("Bieter")).hasValue(AKTENWERK);
        t.auswaehlen("Ergebnis der formalen Prüfung", "Angebot formal vollständig");
        t.eingeben("Vermerk zur formalen Prüfung", "Alle geforderten Unterlagen liegen vor.");
        t.bildschirmfoto("vv-09-formale-pruefung");
        t.erledigen();
        // the other checks through the TaskService: no finding, all admitted
        uebrigePruefungenOhneBefund("Eignung im Teilnahmewettbewerb festgestellt.");

        // the presentations of 07.-09.12.2021: round one of the negotiation
        for (int i = 0; i < 3; i++) {
            timerAusfuehren(instanz, "TimerEvent_PraesentationsterminErreicht");
        }
        t.seite().reload();
        t.filter("Vergabestelle").aufgabeOeffnen("Präsentation protokollieren: " + AKTENWERK).zuweisen();
        t.eingeben("Anwesende Mitglieder der Bewertungskommission", "bewerter1, bewerter2, bewerter3");
        t.eingeben("Protokoll der Präsentation", "Live-Demo E-Akte, Posteingang und Workflow; Fragen der Kommission beantwortet.");
        t.bildschirmfoto("vv-10-praesentation-protokollieren");
        t.erledigen();
        t.abmelden();
        alleErledigen("UserTask_PraesentationProtokollieren", "vergabe1", Map.of("anwesendeBewerter", "bewerter1, bewerter2, bewerter3",
                "praesentationProtokoll", "Live-Demo E-Akte, Posteingang und Workflow; Fragen der Kommission beantwortet."));

        // the sheets through the TaskService (the scoring sheet's form in the browser: GanzeAusschreibungBrowserTest)
        boegenAbgeben(b -> ERSTPUNKTE.get(b));

    }

    // --- 6. consolidation; negotiation opened, round one closed with a reduction --------------------------

    @Test
    @Order(6)
    void verhandlungWirdAufgenommenUndRundeEinsVerringert() {
        // one consolidation per offer: Aktenwerk in the browser, the others through the TaskService
        Tasklist t = tasklist("vergabe1");
        t.filter("Vergabestelle").aufgabeOeffnen("Bewertungen konsolidieren: " + AKTENWERK).zuweisen();
        t.eingeben("Konsolidierungsvermerk", "Bewertungen der Kommission ohne Abweichungen konsolidiert.");
        t.bildschirmfoto("vv-12-wertung-konsolidieren");
        t.erledigen();
        alleErledigen("UserTask_WertungKonsolidieren", "vergabe1",
                Map.of("konsolidierungsvermerk", "Bewertungen der Kommission ohne Abweichungen konsolidiert."));
        // the ranking follows the last consolidation asynchronously (the job executor's part; it is off here)
        jobAusfuehren(instanz, "ServiceTask_WertungBerechnen");
        assertThat(runtime.createExecutionQuery().activityId("UserTask_VerhandlungEroeffnen").count()).isEqualTo(1);

        t.seite().reload();
        t.filter("Vergabestelle").aufgabeOeffnen("Verhandlungen aufnehmen oder Zuschlag auf die Erstangebote").zuweisen();
        assertThat(t.feld("Vorbehalte der Auftragsbekanntmachung"))
                .hasValue("kein Zuschlag auf die Erstangebote ohne Verhandlung; Verringerung in Phasen vorgesehen (§ 17 Abs. 12 VgV)");
        // the initial ranking (class comment): Kommunal-DMS, Rheinland, Aktenwerk
        Locator rangfolge = t.seite().locator(".task-details table").first().locator("tbody tr");
        assertThat(rangfolge.nth(0)).containsText(KOMMUNAL);
        assertThat(rangfolge.nth(0)).containsText("0,0020539153");
        assertThat(rangfolge.nth(1)).containsText(RHEINLAND);
        assertThat(rangfolge.nth(2)).containsText(AKTENWERK);
        assertThat(rangfolge.nth(2)).containsText("0,0016990291");
        t.optionWaehlen("Entscheidung", "Verhandeln (Runde 1: die Präsentationen)");
        t.bildschirmfoto("vv-13-verhandlung-aufnehmen");
        t.erledigen();
        assertThat(vergabe().getStatus()).isEqualTo(Vergabe.Status.IN_VERHANDLUNG);

        // round one: its meetings are the presentations, nobody is asked for them again
        assertThat(tasks.createTaskQuery().taskDefinitionKey("UserTask_VerhandlungsgespraechProtokollieren").count()).isZero();
        t.seite().reload();
        t.filter("Vergabestelle").aufgabeOeffnen("Verhandlungsrunde 1 abschließen").zuweisen();
        assertThat(t.feld("Verbleibende Bieter")).hasValue(KOMMUNAL + "\n" + RHEINLAND + "\n" + AKTENWERK);
        assertThat(t.seite().locator(".task-details")).containsText("Noch keine Information versandt.");
        t.eingeben("Anlass der Information (z. B. Frage eines Bieters)", "Frage eines Bieters");
        t.eingeben("Information an alle verbleibenden Bieter (leer: keine)", "Die Schnittstelle zu OpenRathaus ist Teil der Leistung.");
        t.eingeben("Ausscheidende Bieter (je Zeile ein Name; leer: keine Verringerung)", AKTENWERK);
        t.eingeben("Begründung der Verringerung nach den Zuschlagskriterien",
                "Niedrigste Kennzahl der Erstangebote nach der einfachen Richtwertmethode (Z = 0,001699; Rang 3).");
        t.optionWaehlen("Wie geht es weiter?", "Weitere Verhandlungsrunde");
        t.bildschirmfoto("vv-14-verhandlungsrunde-1-abschliessen");
        t.erledigen();
        t.abmelden();
        jobAusfuehren(verhandlung(), "ServiceTask_VerhandlungsschreibenVersenden");

        Angebot aktenwerk = angebot(AKTENWERK);
        assertThat(aktenwerk.getStatus()).isEqualTo(Angebot.Status.AUSGESCHLOSSEN);
        assertThat(aktenwerk.getAusschlussgrund()).contains("§ 17 Abs. 12 VgV", "Niedrigste Kennzahl");
    }

    // --- 7. round two: meetings with the remaining bidders only; call for final offers --------------------

    @Test
    @Order(7)
    void rundeZweiEndetMitDerAufforderungZuEndgueltigenAngeboten() {
        Tasklist t = tasklist("vergabe1");
        t.filter("Vergabestelle");
        // a meeting with each remaining bidder, none with the one reduced out
        assertThat(t.aufgabeInListe("Verhandlungsgespräch protokollieren: " + KOMMUNAL)).hasCount(1);
        assertThat(t.aufgabeInListe("Verhandlungsgespräch protokollieren: " + RHEINLAND)).hasCount(1);
        assertThat(t.aufgabeInListe("Verhandlungsgespräch protokollieren: " + AKTENWERK)).hasCount(0);
        assertThat(tasks.createTaskQuery().taskDefinitionKey("UserTask_VerhandlungsgespraechProtokollieren").count()).isEqualTo(2);

        t.aufgabeOeffnen("Verhandlungsgespräch protokollieren: " + KOMMUNAL).zuweisen();
        assertThat(t.feld("Bieter")).hasValue(KOMMUNAL);
        LocalDate heute = LocalDate.now(BERLIN);
        t.datum("Tag des Gesprächs", heute.format(TAG));
        t.eingeben("Anwesende des Auftraggebers (durch Komma getrennt)", "vergabe1, bewerter1, bewerter2");
        t.eingeben("Protokoll des Verhandlungsgesprächs", "Verhandlung über Migrationskonzept, Schulungstage und Preis der Wartung.");
        t.bildschirmfoto("vv-15-verhandlungsgespraech-protokollieren");
        t.erledigen();
        alleErledigen("UserTask_VerhandlungsgespraechProtokollieren", "vergabe1", Map.of("verhandlungstermin", heute.toString(),
                "verhandlungAnwesende", "vergabe1, bewerter1, bewerter2",
                "verhandlungsprotokoll", "Verhandlung über Migrationskonzept, Schulungstage und Preis der Wartung."));

        t.seite().reload();
        t.filter("Vergabestelle").aufgabeOeffnen("Verhandlungsrunde 2 abschließen").zuweisen();
        assertThat(t.feld("Verbleibende Bieter")).hasValue(KOMMUNAL + "\n" + RHEINLAND);
        // what was sent to whom so far: round one's information reached all three
        Locator informationen = t.seite().locator(".task-details table").first();
        assertThat(informationen).containsText("OpenRathaus");
        assertThat(informationen).containsText(KOMMUNAL + ", " + RHEINLAND + ", " + AKTENWERK);
        t.eingeben("Anlass der Information (z. B. Frage eines Bieters)", "Frage eines Bieters");
        t.eingeben("Information an alle verbleibenden Bieter (leer: keine)", "Migration von 1,2 Mio. Dokumenten statt 0,9 Mio.");
        t.optionWaehlen("Wie geht es weiter?", "Endgültige Angebote anfordern (Verhandlungen enden)");
        // a common deadline in the future (§ 17 Abs. 14 VgV): tomorrow, 12:00
        LocalDateTime frist = heute.plusDays(1).atTime(12, 0);
        t.datum("Frist für die endgültigen Angebote", frist.format(TAG));
        t.zeit("Uhrzeit", "12:00");
        t.bildschirmfoto("vv-16-verhandlungsrunde-2-abschliessen");
        t.erledigen();
        t.abmelden();
        jobAusfuehren(verhandlung(), "ServiceTask_VerhandlungsschreibenVersenden");

        Job fristJob = management.createJobQuery().activityId("TimerEvent_FristEndgueltigeAngeboteAbgelaufen").singleResult();
        assertThat(fristJob.getDuedate()).isEqualTo(Date.from(frist.atZone(BERLIN).toInstant()));
    }

    // --- 8. final offers: deadline, four-eyes opening, evaluation, ranking --------------------------------

    @Test
    @Order(8)
    void endgueltigeAngeboteWerdenGeoeffnetUndGewertet() {
        Job fristJob = management.createJobQuery().activityId("TimerEvent_FristEndgueltigeAngeboteAbgelaufen").singleResult();
        // the engine's time moves past the deadline for the timer and the opening (both people), then back
        ClockUtil.setCurrentTime(new Date(fristJob.getDuedate().getTime() + 60_000));
        management.executeJob(fristJob.getId());

        Tasklist t = tasklist("vergabe1");
        t.filter("Vergabestelle").aufgabeOeffnen("Endgültige Angebote öffnen (1. Person)").zuweisen();
        // only the remaining bidders: no line for the one reduced out (§ 17 Abs. 12 VgV)
        String preisFeld = "Preise der endgültigen Angebote (netto, EUR)";
        assertThat(t.feld(preisFeld)).hasValue(KOMMUNAL + ": \n" + RHEINLAND + ": ");
        t.eingeben(preisFeld, KOMMUNAL + ": 379.000,00\n" + RHEINLAND + ": 420.000,00");
        t.eingeben("Niederschrift der Öffnung", "Zwei endgültige Angebote fristgerecht eingegangen und unversehrt geöffnet.");
        t = zurGegenzeichnung(t, "vv-17-endgueltige-angebote-oeffnen", "Öffnung der endgültigen Angebote gegenzeichnen (2. Person)",
                "UserTask_EndgueltigeOeffnungGegenzeichnen");
        assertThat(t.feld("Niederschrift der Öffnung")).hasValue("Zwei endgültige Angebote fristgerecht eingegangen und unversehrt geöffnet.");
        t.eingeben("Vermerk der zweiten Person", "Öffnung der endgültigen Angebote gemeinsam durchgeführt und gegengezeichnet.");
        t.bildschirmfoto("vv-18-endgueltige-oeffnung-gegenzeichnen");
        t.erledigen();
        ClockUtil.reset();
        assertThat(preise()).containsEntry(KOMMUNAL, "379000.00").containsEntry(RHEINLAND, "420000.00");
        assertThat(angebot(KOMMUNAL).getErstangebotPreis()).isEqualByComparingTo("389500.00");

        // new sheets for the two remaining offers only: 3 evaluators x 2; Kommunal-DMS 8, Rheinland 9 points
        assertThat(tasks.createTaskQuery().taskDefinitionKey("UserTask_BewertungsbogenAusfuellen").count()).isEqualTo(6);
        boegenAbgeben(b -> Map.of(KOMMUNAL, 8, RHEINLAND, 9).get(b));
        alleErledigen("UserTask_WertungKonsolidieren", "vergabe1",
                Map.of("konsolidierungsvermerk", "Bewertungen der endgültigen Angebote ohne Abweichungen konsolidiert."));
        jobAusfuehren(verhandlung(), "ServiceTask_WertungBerechnen");

        // the ranking of the final offers (class comment): Rheinland first now; any member of the Vergabestelle proposes
        t.seite().reload();
        t.filter("Vergabestelle").aufgabeOeffnen("Zuschlagsvorschlag erstellen").zuweisen();
        Locator rangfolge = t.seite().locator(".task-details table").first().locator("tbody tr");
        assertThat(rangfolge.nth(0).locator("td")).hasText(new String[] {"1.", RHEINLAND, "900", "420.000,00 EUR", "0,0021428571", "–"});
        assertThat(rangfolge.nth(1).locator("td")).hasText(new String[] {"2.", KOMMUNAL, "800", "379.000,00 EUR", "0,0021108179", "–"});
        // the ranking of the final offers has the remaining bidders only (the reduction is in the Vergabevermerk, 6a)
        assertThat(rangfolge).hasCount(2);
        assertThat(t.feld("Wirtschaftlichstes Angebot")).hasValue(RHEINLAND);
        t.eingeben("Begründung des Zuschlagsvorschlags", "Bestes Verhältnis von Leistung zu Preis der endgültigen Angebote (Z = L / P).");
        t.bildschirmfoto("vv-19-zuschlagsvorschlag-erstellen");
        t.erledigen();
        t.abmelden();
        assertThat(vergabe().getStatus()).isEqualTo(Vergabe.Status.GEWERTET);
    }

    // --- 9. approval, council, § 134 GWB, standstill, award, licence order, notice, Vergabevermerk --------

    @Test
    @Order(9)
    void verfahrenEndetAufDemRegulaerenWeg() {
        // the open procedure's browser test fills these forms; here the regular path through the Java API
        new Ausschreibungslauf(processEngine).fortsetzen(vergabe().getBusinessKey());

        abgeschlossenMitZuschlagAn(RHEINLAND);
    }

    // --- helpers ------------------------------------------------------------------------------------------

    private Angebot angebot(String bieter) {
        return vergaben.angebote(vergabe().getId()).stream().filter(a -> a.getBieterName().equals(bieter)).findFirst().orElseThrow();
    }

    /** The stored prices by bidder, as plain numbers with two decimals. */
    private Map<String, String> preise() {
        return vergaben.angebote(vergabe().getId()).stream().filter(a -> a.getPreis() != null)
                .collect(Collectors.toMap(Angebot::getBieterName, a -> a.getPreis().setScale(2).toPlainString()));
    }

    /** The running instance of the participation competition called by the procedure. */
    private String teilnahmewettbewerb() {
        ProcessInstance pi = runtime.createProcessInstanceQuery().superProcessInstanceId(instanz)
                .processDefinitionKey("teilnahmewettbewerb").singleResult();
        return pi == null ? null : pi.getId();
    }

    private String verhandlung() {
        return runtime.createProcessInstanceQuery().superProcessInstanceId(instanz).processDefinitionKey("verhandlung").singleResult().getId();
    }

    /** The send tasks of the participation competition (letters to those not invited, invitations). */
    private void alleJobsDerTeilnahme() {
        String teilnahme = teilnahmewettbewerb();
        for (Job j : management.createJobQuery().processInstanceId(teilnahme).executable().list()) {
            management.executeJob(j.getId());
        }
    }

    /** Every open scoring sheet through the TaskService with the bidder's points, then the sheets' asynchronous end. */
    private void boegenAbgeben(Function<String, Integer> punkte) {
        for (Task bogen : tasks.createTaskQuery().taskDefinitionKey("UserTask_BewertungsbogenAusfuellen").list()) {
            tasks.complete(bogen.getId(), bogen(punkte.apply((String) tasks.getVariable(bogen.getId(), "bieterName"))));
        }
        for (Job job : management.createJobQuery().activityId("EndEvent_BewertungsbogenAbgegeben").list()) {
            management.executeJob(job.getId());
        }
    }
}
