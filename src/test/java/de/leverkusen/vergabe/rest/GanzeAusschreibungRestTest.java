package de.leverkusen.vergabe.rest;

import static de.leverkusen.vergabe.rest.EngineRest.q;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMail;
import de.leverkusen.vergabe.aktenabgabe.XdomeaContainer;
import de.leverkusen.vergabe.dokumente.Dokument;
import de.leverkusen.vergabe.dokumente.DokumentRepository;
import de.leverkusen.vergabe.lizenz.ivl.IvlAttrappe;
import de.leverkusen.vergabe.lizenz.ivl.IvlEigenschaften;
import de.leverkusen.vergabe.lizenz.ivl.IvlWorker;
import de.leverkusen.vergabe.schreiben.Schreiben;
import de.leverkusen.vergabe.schreiben.SchreibenService;
import de.leverkusen.vergabe.verfahren.Angebot;
import de.leverkusen.vergabe.verfahren.Bewerter;
import de.leverkusen.vergabe.verfahren.Vergabe;
import de.leverkusen.vergabe.verfahren.VergabeService;
import de.leverkusen.vergabe.wertung.BewertungService;
import de.leverkusen.vergabe.wertung.Bewertungsbogen;
import de.leverkusen.vergabe.wertung.Kriterienkatalog;
import de.leverkusen.vergabe.wertung.Kriterium;
import de.leverkusen.vergabe.wertung.Wertungsbeispiele;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Whole DMS tenders through the engine REST API only, as the demo users of each role: the calls Tasklist makes (task
 * query, claim, submit-form) with the values a user would type, from the start form to the end — once as the open
 * procedure, once as the negotiated procedure with a participation competition of the report (issue 17).
 * Timers the test cannot wait for are executed through the REST API by the admin.
 */
// The context is shared with the other web tests (one engine named "default" per JVM, which the REST API looks up by
// name), so the ivl worker is not switched on by a property here: the test starts the same worker the application
// starts (IvlWorker, as ivl-worker against this application's /engine-rest) and stops it at the end.
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class GanzeAusschreibungRestTest {

    /** ivl on loopback; the worker sends the licence order there. */
    private static IvlAttrappe IVL;
    private static IvlWorker WORKER;

    @AfterAll
    static void ivlBeenden() {
        if (WORKER != null) {
            WORKER.close();
            WORKER = null;
        }
        if (IVL != null) {
            IVL.close();
            IVL = null;
        }
    }

    private static final String KEY = "VG-2021-DMS-REST";

    // the letters to bidders arrive on a real SMTP server (TestMailserver)
    @Autowired
    GreenMail greenMail;
    @LocalServerPort
    int port;

    private static final ObjectMapper JSON = new ObjectMapper();
    @Autowired
    SchreibenService schreiben;
    @Autowired
    VergabeService vergaben;
    @Autowired
    BewertungService bewertung;
    @Autowired
    DokumentRepository dokumente;

    EngineRest vergabe1;
    EngineRest vergabe2;
    EngineRest admin;

    @AfterEach
    void uhrZuruecksetzen() {
        ClockUtil.reset();
        // each tender starts its own ivl stand-in and worker
        ivlBeenden();
    }

    @BeforeEach
    void benutzer() {
        vergabe1 = new EngineRest(port, "vergabe1", "demo");
        vergabe2 = vergabe1.als("vergabe2");
        admin = vergabe1.als("admin");
    }

    /**
     * Tasklist starts without a business key: the answer names the file number the procedure was given, so that Tasklist
     * can show it (tasklist/scripts/vergabe-aufgaben.js), and every task of it begins with that number (issue 22.4).
     */
    @Test
    void startOhneAktenzeichenNenntDasVergebeneAktenzeichen() {
        Map<String, Object> start = new HashMap<>(de.leverkusen.vergabe.konfiguration.Demoausschreibung.startformular());
        start.put("titel", "Verfahren ohne vorgegebenes Aktenzeichen");
        EngineRest.Antwort antwort = vergabe1.erfolgreich(vergabe1.post("/process-definition/key/dms-vergabe/submit-form",
                EngineRest.variablen(start)));
        String aktenzeichen = antwort.body().path("businessKey").asText();
        // "VG-" + year + "-" + the first 8 characters of the instance id in upper case (VergabeAnlegen)
        assertThat(aktenzeichen).matches("VG-\\d{4}-" + antwort.body().path("id").asText().substring(0, 8).toUpperCase());
        assertThat(vergaben.vergabe(vergabeId(antwort.body().path("id").asText())).getBusinessKey()).isEqualTo(aktenzeichen);
        List<JsonNode> aufgaben = admin.aufgaben("processInstanceBusinessKey=" + q(aktenzeichen));
        assertThat(aufgaben).isNotEmpty().allSatisfy(t -> assertThat(t.path("name").asText()).startsWith(aktenzeichen + " · "));
    }

    @Test
    void ausschreibungVomStartformularBisZumAbschluss() throws Exception {
        // --- Vergabestelle starts the procedure with the start form (the city's tender, three bidders)
        Map<String, Object> start = new HashMap<>();
        start.put("titel", "Einführung eines Dokumentenmanagementsystems (DMS)");
        start.put("verfahrenskennung", "5d3c6a1e-8f2b-4c7d-9e0a-1b2c3d4e5f60");
        start.put("verfahrensart", "OFFENES_VERFAHREN");
        start.put("geschaetzterWert", "480.000 €");
        start.put("fristereignisAm", "2021-10-07");
        start.put("elektronischeAngebote", "JA");
        start.put("dringlich", "NEIN");
        start.put("angebotsfrist", "2021-11-09T00:00:00+01:00");
        start.put("praesentationVon", "2021-12-07");
        start.put("praesentationBis", "2021-12-09");
        start.put("bewertungskommission", "bewerter1, bewerter2, bewerter3");
        start.put("bieter", """
                Aktenwerk Software GmbH; vergabe@aktenwerk.example
                Kommunal-DMS AG; angebote@kommunal-dms.example
                Rheinland Dokumentensysteme GmbH & Co. KG; ausschreibung@rheinland-doku.example
                """);
        Map<String, Object> body = new HashMap<>(EngineRest.variablen(start));
        body.put("businessKey", KEY);
        String instanz = vergabe1.erfolgreich(vergabe1.post("/process-definition/key/dms-vergabe/submit-form", body)).body().path("id").asText();


        // --- every evaluator declares: no conflict of interest (before any offer is shown)
        for (String b : List.of("bewerter1", "bewerter2", "bewerter3")) {
            EngineRest bewerter = vergabe1.als(b);
            List<JsonNode> tasks = bewerter.aufgaben("assignee=" + b + "&processInstanceBusinessKey=" + q(KEY));
            assertThat(tasks).extracting(t -> t.path("name").asText()).containsExactly(KEY + " · Erklärung zu Interessenkonflikten abgeben (§ 6 VgV)");
            // the declaration names the bidders it is about (§ 6 VgV)
            assertThat(bewerter.get("/task/" + tasks.get(0).path("id").asText() + "/form-variables").body().path("bieterliste").path("value")
                    .asText()).isEqualTo("- Aktenwerk Software GmbH\n- Kommunal-DMS AG\n- Rheinland Dokumentensysteme GmbH & Co. KG\n");
            bewerter.erledigen(tasks.get(0), Map.of("interessenkonflikt", "NEIN"));
        }

        // --- offer deadline passes; opening by two different members of the Vergabestelle
        timerAusfuehren(instanz, "TimerEvent_AngebotsfristAbgelaufen");
        // the opening form lists one line per bidder; the first opener adds the prices of the opened offers
        JsonNode oeffnen = aufgabe(vergabe1, "UserTask_AngeboteOeffnen");
        assertThat(vergabe1.get("/task/" + oeffnen.path("id").asText() + "/form-variables?variableNames=angebotspreise").body()
                .path("angebotspreise").path("value").asText()).isEqualTo("""
                        Aktenwerk Software GmbH:\s
                        Kommunal-DMS AG:\s
                        Rheinland Dokumentensysteme GmbH & Co. KG:\s""");
        vergabe1.erledigen(oeffnen, Map.of(
                "oeffnungsniederschrift", "Drei Angebote fristgerecht eingegangen, elektronisch verschlüsselt und unversehrt.",
                "angebotspreise", """
                        Aktenwerk Software GmbH: 412.000,00
                        Kommunal-DMS AG: 389500
                        Rheinland Dokumentensysteme GmbH & Co. KG: 455.000,00 EUR"""));
        // the prices are in the offers table; no variable of the procedure holds them any longer
        assertThat(vergabe1.get("/process-instance/" + instanz + "/variables").body().has("angebotspreise")).isFalse();
        assertThat(admin.get("/variable-instance?processInstanceIdIn=" + instanz).body().toString()).doesNotContain("412000");
        vergabe2.erledigen(aufgabe(vergabe2, "UserTask_OeffnungGegenzeichnen"),
                Map.of("gegenzeichnungVermerk", "Öffnung gemeinsam durchgeführt und gegengezeichnet."));
        Vergabe vergabe = vergaben.vergabe(vergabeId(instanz));
        assertThat(vergabe.getErstOeffner()).isEqualTo("vergabe1");
        assertThat(vergabe.getZweitOeffner()).isEqualTo("vergabe2");

        // --- each offer: formal check, exclusion grounds, suitability (DMN)
        for (int i = 0; i < 3; i++) {
            vergabe1.erledigen(aufgabe(vergabe1, "UserTask_FormalePruefung"),
                    Map.of("formalePruefung", "VOLLSTAENDIG", "formalePruefungVermerk", "Alle geforderten Unterlagen liegen vor."));
        }
        for (int i = 0; i < 3; i++) {
            vergabe1.erledigen(aufgabe(vergabe1, "UserTask_AusschlussgruendePruefen"),
                    Map.of("ausschlussgrund", "KEINER", "ausschlussgruendeVermerk", "Eigenerklärungen und Registerauskunft ohne Befund."));
        }
        for (int i = 0; i < 3; i++) {
            vergabe1.erledigen(aufgabe(vergabe1, "UserTask_EignungPruefen"), Map.of(
                    "befaehigungBerufsausuebung", "ERFUELLT", "wirtschaftlicheLeistungsfaehigkeit", "ERFUELLT",
                    "technischeLeistungsfaehigkeit", "ERFUELLT", "eignungVermerk", "Referenzen aus drei Kommunen."));
        }
        assertThat(vergaben.angebote(vergabe.getId())).extracting(Angebot::getStatus).containsOnly(Angebot.Status.ZUGELASSEN);

        // --- presentations 07.-09.12.2021, one slot per bidder, due date = end of the slot
        for (int i = 0; i < 3; i++) {
            timerAusfuehren(instanz, "TimerEvent_PraesentationsterminErreicht");
        }
        List<JsonNode> praesentationen = vergabe1.aufgaben("taskDefinitionKey=UserTask_PraesentationProtokollieren&processInstanceBusinessKey=" + q(KEY));
        assertThat(praesentationen).extracting(t -> t.path("due").asText().substring(0, 10))
                .containsExactlyInAnyOrder("2021-12-07", "2021-12-08", "2021-12-09");
        for (JsonNode t : praesentationen) {
            vergabe1.erledigen(t, Map.of("anwesendeBewerter", "bewerter1, bewerter2, bewerter3",
                    "praesentationProtokoll", "Live-Demo E-Akte, Posteingang und Workflow; Fragen der Kommission beantwortet."));
        }

        // --- scoring: every evaluator scores every offer; each bidder gets the same points on every criterion.
        // Means over the three sheets: Aktenwerk (8, 9, 7) -> 8, Kommunal-DMS (7, 7, 7) -> 7, Rheinland (9, 9, 9) -> 9.
        // Weights sum to 100, so L = 100 x mean: 800, 700, 900.
        // Z = L / P: Aktenwerk 800 / 412,000 = 0.0019417; Kommunal-DMS 700 / 389,500 = 0.0017972;
        //            Rheinland 900 / 455,000 = 0.0019780 -> Rheinland first, Aktenwerk second, Kommunal-DMS third.
        Map<String, int[]> punkte = Map.of(
                "Aktenwerk Software GmbH", new int[] {8, 9, 7},
                "Kommunal-DMS AG", new int[] {7, 7, 7},
                "Rheinland Dokumentensysteme GmbH & Co. KG", new int[] {9, 9, 9});
        for (int n = 1; n <= 3; n++) {
            EngineRest bewerter = vergabe1.als("bewerter" + n);
            List<JsonNode> boegen = bewerter.aufgaben("assignee=bewerter" + n + "&taskDefinitionKey=UserTask_BewertungsbogenAusfuellen&processInstanceBusinessKey=" + q(KEY));
            assertThat(boegen).hasSize(3);
            for (JsonNode bogen : boegen) {
                String bieter = bewerter.get("/task/" + bogen.path("id").asText() + "/variables/bieterName").body().path("value").asText();
                assertThat(bogen.path("name").asText()).isEqualTo(KEY + " · Bewertungsbogen ausfüllen: " + bieter);
                bewerter.erledigen(bogen, bogen(punkte.get(bieter)[n - 1]));
            }
        }
        assertThat(bewertung.boegen(vergabe.getId())).hasSize(9).extracting(Bewertungsbogen::getStatus)
                .containsOnly(Bewertungsbogen.Status.ABGEGEBEN);
        // the end of each sheet is asynchronous: what the job executor does, the admin does here
        for (JsonNode bogen : admin.get("/process-instance?businessKey=" + q(KEY) + "&processDefinitionKey=bewertungsbogen").body()) {
            for (JsonNode job : admin.get("/job?processInstanceId=" + bogen.path("id").asText()).body()) {
                admin.erfolgreich(admin.post("/job/" + job.path("id").asText() + "/execute", Map.of()));
            }
        }

        // --- consolidation and award proposal (Vergabestelle), approval (Projektleitung, four eyes)
        // one consolidation per offer; the ranking exists only afterwards
        HttpResponse<byte[]> vorher = vergabe1.getRoh("/api/vergaben/" + KEY + "/wertung");
        assertThat(vorher.statusCode()).isEqualTo(409);
        assertThat(new String(vorher.body(), java.nio.charset.StandardCharsets.UTF_8)).contains("noch nicht vor");
        assertThat(vergabe1.getRoh("/api/vergaben/" + KEY + "/wertung/matrix.xlsx").statusCode()).isEqualTo(409);
        List<JsonNode> konsolidierungen = vergabe1.aufgaben("candidateGroup=vergabestelle&taskDefinitionKey=UserTask_WertungKonsolidieren"
                + "&processInstanceBusinessKey=" + q(KEY));
        assertThat(konsolidierungen).hasSize(3);
        for (JsonNode konsolidieren : konsolidierungen) {
            String uebersicht = vergabe1.get("/task/" + konsolidieren.path("id").asText() + "/variables/konsolidierungUebersicht")
                    .body().path("value").asText();
            assertThat(uebersicht).contains("3 Bewertungsbögen (bewerter1, bewerter2, bewerter3)");
            if (konsolidieren.path("name").asText().endsWith("Aktenwerk Software GmbH")) {
                // 8, 9, 7: spread 2, not above 3 (30 % of 0-10)
                assertThat(uebersicht).contains("B1 Schriftgutverwaltung und Aktenplan (Gewicht 10): Punkte 8 / 9 / 7 – min 7, Median 8, max 9, Mittelwert 8");
                // the form's table: criterion × evaluator, then min, median (middle of 7, 8, 9), max and mean ((8+9+7)/3 = 8)
                String tabelle = vergabe1.get("/task/" + konsolidieren.path("id").asText() + "/variables/konsolidierungTabelle")
                        .body().path("value").asText();
                assertThat(tabelle).contains("| Kriterium | Gewicht | bewerter1 | bewerter2 | bewerter3 | Min | Median | Max | Mittelwert |")
                        .contains("| B1 Schriftgutverwaltung und Aktenplan | 10 % | 8 Punkte | 9 Punkte | 7 Punkte | 7 Punkte | 8 Punkte | 9 Punkte | 8 Punkte |")
                        .contains("| A1 Betrieb im Rechenzentrum der ivl möglich | Mindestanforderung | erfüllt | erfüllt | erfüllt | – | – | – | erfüllt (3 von 3) |")
                        .doesNotContain("| (!) ");
            }
            vergabe1.erledigen(konsolidieren, Map.of("konsolidierungsvermerk", "Abweichungen bei Aktenwerk (7 bis 9) in der Kommission besprochen."));
        }
        // the ranking follows the last consolidation asynchronously (the job executor's part, here the admin's)
        jobAusfuehren(instanz, "ServiceTask_WertungBerechnen");
        JsonNode vorschlag = aufgabe(vergabe1, "UserTask_ZuschlagsvorschlagErstellen");
        // the form's table in German notation: Z = 900 / 455,000 = 0.0019780220 (ten places, see below) -> 0,001978022
        String tabelle = vergabe1.get("/task/" + vorschlag.path("id").asText() + "/variables/wertungTabelle").body().path("value").asText();
        assertThat(tabelle.lines().toList()).startsWith(
                "| Rang | Bieter | Leistung L (Punkte) | Preis P (netto) | Kennzahl Z | Hinweis |", "|---|---|---|---|---|---|",
                "| 1. | Rheinland Dokumentensysteme GmbH & Co. KG | 900 | 455.000,00 EUR | 0,001978022 | – |");
        assertThat(tabelle).contains("| 2. | Aktenwerk Software GmbH | 800 | 412.000,00 EUR |", "| 3. | Kommunal-DMS AG | 700 | 389.500,00 EUR |");
        wertungUeberDieApi(vergabe1);
        vergabe1.erledigen(vorschlag,
                Map.of("zuschlagsbegruendung", "Bestes Verhältnis von Leistung zu Preis nach der einfachen Richtwertmethode."));
        EngineRest projektleitung = vergabe1.als("projektleitung");
        JsonNode freigabe = projektleitung.aufgaben("candidateGroup=projektleitung&processInstanceBusinessKey=" + q(KEY)).get(0);
        assertThat(projektleitung.get("/task/" + freigabe.path("id").asText() + "/variables/bestbieter").body().path("value").asText())
                .isEqualTo("Rheinland Dokumentensysteme GmbH & Co. KG");
        projektleitung.erledigen(freigabe, Map.of("freigabeEntscheidung", "FREIGEGEBEN", "freigabeAnmerkung", "Einverstanden."));

        ratStimmtZu(KEY, instanz);

        // --- § 134 GWB information, standstill, award
        // the Vergabestelle approves the generated letters; they go out by e-mail to the two unsuccessful bidders
        JsonNode information = aufgabe(vergabe1, "UserTask_BieterInformieren");
        assertThat(vergabe1.get("/task/" + information.path("id").asText() + "/variables/informationsschreiben").body().path("value").asText())
                .contains("Information nach § 134 GWB", "Aktenwerk Software GmbH", "Kommunal-DMS AG");
        vergabe1.erledigen(information, Map.of("versandart", "ELEKTRONISCH", "schreibenFreigegeben", "JA"));
        // the completion only wrote the outbox; the send task (asyncBefore) is a job of its own
        assertThat(post(greenMail.getReceivedMessages(), "Information nach § 134 GWB")).isEmpty();
        jobAusfuehren(instanz, "ServiceTask_BieterinformationVersenden");
        // § 134 Abs. 2 GWB: sent today by e-mail -> 10 days from tomorrow -> the contract from the day after the 10th day
        String fruehestens = LocalDate.now(ZoneId.of("Europe/Berlin")).plusDays(11).format(DateTimeFormatter.ofPattern("dd.MM.yyyy"));
        Map<String, String> information134 = post(greenMail.getReceivedMessages(), "Information nach § 134 GWB");
        assertThat(information134).containsOnlyKeys("vergabe@aktenwerk.example", "angebote@kommunal-dms.example");
        assertThat(information134.get("vergabe@aktenwerk.example")).contains(
                "Zuschlag auf das Angebot von Rheinland Dokumentensysteme GmbH & Co. KG", "Ihr Angebot (Aktenwerk Software GmbH)",
                "belegt Ihr Angebot Rang 2 mit 800,00 Leistungspunkten", "frühestens am " + fruehestens);
        assertThat(information134.get("angebote@kommunal-dms.example")).contains("Rang 3 mit 700,00 Leistungspunkten", "frühestens am " + fruehestens);
        java.time.Instant wartefristEnde = wartefristUndZuschlag(KEY, instanz);
        assertThat(vergaben.vergabe(vergabe.getId()).getStatus()).isEqualTo(Vergabe.Status.ZUSCHLAG_ERTEILT);
        // § 62 VgV: every bidder learns of the award
        Map<String, String> information62 = post(greenMail.getReceivedMessages(), "Information über die Zuschlagserteilung");
        assertThat(information62).hasSize(3);
        assertThat(information62.get("ausschreibung@rheinland-doku.example")).contains("auf Ihr Angebot erteilt");
        assertThat(information62.get("vergabe@aktenwerk.example")).contains("auf das Angebot von Rheinland Dokumentensysteme GmbH & Co. KG erteilt");
        assertThat(schreiben.schreiben(vergabe.getId())).hasSize(5).allSatisfy(s -> {
            assertThat(s.getVersand()).isEqualTo(Schreiben.Versand.EMAIL);
            assertThat(s.getVersandtAm()).isNotNull();
        });

        lizenzbestellungBekanntmachungUndVermerk(KEY, instanz, wartefristEnde, "Rheinland Dokumentensysteme GmbH & Co. KG");

        // --- the procedure has ended at its regular end; the record holds every stage
        Vergabe abgeschlossen = vergaben.vergabe(vergabe.getId());
        assertThat(abgeschlossen.getStatus()).isEqualTo(Vergabe.Status.ABGESCHLOSSEN);
        assertThat(vergaben.angebot(abgeschlossen.getZuschlagAngebotId()).getBieterName()).isEqualTo("Rheinland Dokumentensysteme GmbH & Co. KG");
        assertThat(abgeschlossen.getRatsbeschluss()).isEqualTo("ZUGESTIMMT");
        assertThat(vergaben.bewerter(vergabe.getId())).extracting(Bewerter::getStatus).containsOnly(Bewerter.Status.UNBEFANGEN);
        // the EU threshold checked at set-up (notice 07.10.2021: EUR 214,000 for 2020-21)
        assertThat(vergaben.vermerke(vergabe.getId())).extracting(v -> v.getText()).contains("Schwellenwert erreicht: geschätzter Auftragswert "
                + "480.000,00 EUR netto, EU-Schwellenwert am Tag des Versands (07.10.2021) 214.000,00 EUR (§ 106 Abs. 2 Nr. 1 GWB, § 3 Abs. 3 VgV); "
                + "EU-weites Verfahren nach Teil 4 GWB");
        assertThat(vergaben.vermerke(vergabe.getId())).extracting(v -> v.getStufe()).contains(
                "Einleitung", "Interessenkonflikt", "Öffnung", "Prüfung", "Präsentation", "Wertung", "Rat", "Information § 134 GWB", "Zuschlag", "Abschluss");

        vergabeakteFuerDasDms(abgeschlossen);
    }

    private static final String KEY_VV = "VG-2021-DMS-REST-VV";
    private static final String AKTENWERK = "Aktenwerk Software GmbH";
    private static final String KOMMUNAL = "Kommunal-DMS AG";
    private static final String RHEINLAND = "Rheinland Dokumentensysteme GmbH & Co. KG";

    /**
     * The tender of the report as the negotiated procedure with a participation competition it was (§ 17 VgV), through
     * the REST API only, from the start form to the end: participation period, four-eyes opening of the requests, the
     * checks and the selection, the invitation, the initial offers opened, checked, presented (round one's meetings) and
     * scored, a reduction after round one, a second round with its meetings and information to every remaining bidder,
     * the call for final offers, their four-eyes opening and evaluation, then award, council, § 134 letters, standstill,
     * licence order, notice and Vergabevermerk.
     */
    @Test
    void verhandlungsverfahrenVomStartformularBisZumAbschluss() throws Exception {
        // --- Vergabestelle starts with the start form; the participation fields instead of bidders and offer deadline
        Map<String, Object> start = new HashMap<>();
        start.put("titel", "Einführung eines Dokumentenmanagementsystems (DMS)");
        start.put("verfahrenskennung", "7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d");
        start.put("verfahrensart", "VERHANDLUNGSVERFAHREN_MIT_TEILNAHMEWETTBEWERB");
        start.put("verfahrensartBegruendung", "§ 14 Abs. 3 Nr. 1, 2 VgV: Anpassung verfügbarer DMS-Lösungen an die Fachverfahren der Stadt.");
        start.put("geschaetzterWert", "480.000,00");
        start.put("fristereignisAm", "2021-10-07");
        start.put("elektronischeAngebote", "JA");
        start.put("dringlich", "NEIN");
        // notice 07.10.2021: >= 30 days (§ 17 Abs. 2 VgV) -> day 30 is Saturday 06.11.2021 -> Monday 08.11.2021, 24:00
        start.put("teilnahmefrist", "2021-11-09T00:00:00+01:00");
        start.put("mindestzahlBewerber", 3);
        start.put("auswahlkriterien", "Referenzen vergleichbarer kommunaler DMS-Einführungen (je Referenz 10 Punkte, höchstens 100)");
        start.put("vorbehaltZuschlagAufErstangebote", "NEIN");
        start.put("vorbehaltReduzierung", "JA");
        start.put("bewertungskommission", "bewerter1, bewerter2, bewerter3");
        Map<String, Object> body = new HashMap<>(EngineRest.variablen(start));
        body.put("businessKey", KEY_VV);
        String instanz = vergabe1.erfolgreich(vergabe1.post("/process-definition/key/dms-vergabe/submit-form", body)).body().path("id").asText();
        Long vergabeId = vergabeId(instanz);
        assertThat(vergaben.vergabe(vergabeId).getStatus()).isEqualTo(Vergabe.Status.TEILNAHMEWETTBEWERB);

        // --- participation stage, on Tuesday 09.11.2021 (the period ended 08.11.2021, 24:00)
        ClockUtil.setCurrentTime(Date.from(java.time.LocalDateTime.of(2021, 11, 9, 9, 0).atZone(ZoneId.of("Europe/Berlin")).toInstant()));
        vvJob("TimerEvent_TeilnahmefristAbgelaufen", true);
        vergabe1.erledigen(aufgabe(vergabe1, KEY_VV, "UserTask_TeilnahmeantraegeOeffnen"), Map.of("bewerber", """
                Aktenwerk Software GmbH; vergabe@aktenwerk.example
                Kommunal-DMS AG; angebote@kommunal-dms.example
                Rheinland Dokumentensysteme GmbH & Co. KG; ausschreibung@rheinland-doku.example""",
                "oeffnungsniederschrift", "3 Teilnahmeanträge fristgerecht eingegangen und unversehrt."));
        // four eyes: the countersignature is not offered to the first opener
        String gegenzeichnen = "processInstanceBusinessKey=" + q(KEY_VV) + "&taskDefinitionKey=UserTask_TeilnahmeOeffnungGegenzeichnen";
        assertThat(vergabe1.aufgaben("candidateUser=vergabe1&" + gegenzeichnen)).isEmpty();
        vergabe2.erledigen(aufgabe(vergabe2, KEY_VV, "UserTask_TeilnahmeOeffnungGegenzeichnen"),
                Map.of("gegenzeichnungVermerk", "Öffnung gemeinsam durchgeführt und gegengezeichnet."));
        int[] bewerberPunkte = {70, 60, 80};
        for (int i = 0; i < 3; i++) {
            vergabe1.erledigen(aufgabe(vergabe1, KEY_VV, "UserTask_BewerberPruefen"), Map.of("bewerberAusschlussgrund", "KEINER",
                    "bewerberGeeignet", "JA", "bewerberPunkte", bewerberPunkte[i], "bewerberPruefvermerk", "Eignung nachgewiesen, Referenzen geprüft."));
        }
        // no maximum published: every suitable candidate is invited (§ 51 Abs. 1 VgV)
        vergabe1.erledigen(aufgabe(vergabe1, KEY_VV, "UserTask_BewerberAuswaehlen"), Map.of("auswahl", AKTENWERK + "\n" + KOMMUNAL + "\n" + RHEINLAND));
        vvJob("ServiceTask_AbsagenVersenden", false);
        // invitation on 09.11.2021: electronic initial offers >= 25 days (§ 17 Abs. 6, 9 VgV) from 10.11.2021 -> day 25 is
        // Saturday 04.12.2021 -> Monday 06.12.2021, 24:00, written 07.12.2021 00:00; the presentations of the report follow
        vergabe1.erledigen(aufgabe(vergabe1, KEY_VV, "UserTask_ZurAngebotsabgabeAuffordern"), Map.of("angebotsfrist", "2021-12-07T00:00:00+01:00",
                "praesentationVon", "2021-12-07", "praesentationBis", "2021-12-09"));
        vvJob("ServiceTask_AufforderungVersenden", false);
        ClockUtil.reset();
        assertThat(post(greenMail.getReceivedMessages(), "Aufforderung zur Angebotsabgabe", KEY_VV)).containsOnlyKeys(
                "vergabe@aktenwerk.example", "angebote@kommunal-dms.example", "ausschreibung@rheinland-doku.example");
        assertThat(vergaben.angebote(vergabeId)).extracting(Angebot::getBieterName).containsExactly(AKTENWERK, KOMMUNAL, RHEINLAND);

        // --- initial offers: declarations, four-eyes opening, checks, presentations (round one), scoring, consolidation
        for (String b : List.of("bewerter1", "bewerter2", "bewerter3")) {
            EngineRest bewerter = vergabe1.als(b);
            bewerter.erledigen(bewerter.aufgaben("assignee=" + b + "&processInstanceBusinessKey=" + q(KEY_VV)).get(0), Map.of("interessenkonflikt", "NEIN"));
        }
        timerAusfuehren(instanz, "TimerEvent_AngebotsfristAbgelaufen");
        vergabe1.erledigen(aufgabe(vergabe1, KEY_VV, "UserTask_AngeboteOeffnen"), Map.of(
                "oeffnungsniederschrift", "Drei Erstangebote fristgerecht eingegangen und unversehrt.",
                "angebotspreise", AKTENWERK + ": 412.000,00\n" + KOMMUNAL + ": 389.500,00\n" + RHEINLAND + ": 455.000,00"));
        vergabe2.erledigen(aufgabe(vergabe2, KEY_VV, "UserTask_OeffnungGegenzeichnen"), Map.of("gegenzeichnungVermerk", "Gegengezeichnet."));
        for (int i = 0; i < 3; i++) {
            vergabe1.erledigen(aufgabe(vergabe1, KEY_VV, "UserTask_FormalePruefung"),
                    Map.of("formalePruefung", "VOLLSTAENDIG", "formalePruefungVermerk", "Alle geforderten Unterlagen liegen vor."));
        }
        for (int i = 0; i < 3; i++) {
            vergabe1.erledigen(aufgabe(vergabe1, KEY_VV, "UserTask_AusschlussgruendePruefen"),
                    Map.of("ausschlussgrund", "KEINER", "ausschlussgruendeVermerk", "Eigenerklärungen und Registerauskunft ohne Befund."));
        }
        for (int i = 0; i < 3; i++) {
            vergabe1.erledigen(aufgabe(vergabe1, KEY_VV, "UserTask_EignungPruefen"), Map.of("befaehigungBerufsausuebung", "ERFUELLT",
                    "wirtschaftlicheLeistungsfaehigkeit", "ERFUELLT", "technischeLeistungsfaehigkeit", "ERFUELLT", "eignungVermerk", "Wie im Teilnahmewettbewerb."));
        }
        for (int i = 0; i < 3; i++) {
            timerAusfuehren(instanz, "TimerEvent_PraesentationsterminErreicht");
        }
        for (JsonNode t : vergabe1.aufgaben("taskDefinitionKey=UserTask_PraesentationProtokollieren&processInstanceBusinessKey=" + q(KEY_VV))) {
            vergabe1.erledigen(t, Map.of("anwesendeBewerter", "bewerter1, bewerter2, bewerter3",
                    "praesentationProtokoll", "Präsentation und Verhandlung über Leistung und Preis (erste Verhandlungsrunde)."));
        }
        // initial offers scored as in the open procedure: L = 800 / 700 / 900; Z = L / P: Aktenwerk 800 / 412,000 =
        // 0.0019417, Kommunal-DMS 700 / 389,500 = 0.0017972, Rheinland 900 / 455,000 = 0.0019780
        boegenAusfuellen(Map.of(AKTENWERK, new int[] {8, 9, 7}, KOMMUNAL, new int[] {7, 7, 7}, RHEINLAND, new int[] {9, 9, 9}));
        konsolidieren(3);

        // --- negotiation: round one (the presentations) closed with a reduction of the lowest-ranked initial offer
        vergabe1.erledigen(aufgabe(vergabe1, KEY_VV, "UserTask_VerhandlungEroeffnen"), Map.of("zuschlagAufErstangebote", "NEIN"));
        vergabe1.erledigen(aufgabe(vergabe1, KEY_VV, "UserTask_VerhandlungsrundeAbschliessen"), Map.of("naechsterSchritt", "WEITERE_RUNDE",
                "ausscheidendeBieter", KOMMUNAL, "reduzierungBegruendung", "Niedrigste Kennzahl der Erstangebote (Z = 0,0017972; Rang 3)."));
        vvJob("ServiceTask_VerhandlungsschreibenVersenden", false);
        // round two: one meeting with each remaining bidder, none with the one reduced out (§ 17 Abs. 12 VgV)
        List<JsonNode> gespraeche = vergabe1.aufgaben("taskDefinitionKey=UserTask_VerhandlungsgespraechProtokollieren&processInstanceBusinessKey=" + q(KEY_VV));
        assertThat(gespraeche).extracting(t -> t.path("name").asText()).containsExactlyInAnyOrder(
                KEY_VV + " · Verhandlungsgespräch protokollieren: " + AKTENWERK, KEY_VV + " · Verhandlungsgespräch protokollieren: " + RHEINLAND);
        // an answer given to one bidder goes to every remaining one (§ 17 Abs. 13 VgV)
        EngineRest api = new EngineRest(port, "", "vergabe1", "demo");
        JsonNode information = api.erfolgreich(api.post("/api/vergaben/" + KEY_VV + "/verhandlung/informationen", Map.of(
                "anlass", "Frage von " + AKTENWERK, "inhalt", "Die Schnittstelle zum Ratsinformationssystem ist Teil der Leistung."))).body();
        assertThat(information.path("empfaenger").toString()).contains(AKTENWERK, RHEINLAND).doesNotContain(KOMMUNAL);
        // the letters leave by the negotiation's asynchronous send task (the job executor's part, here the admin's)
        vvJob("ServiceTask_InformationVersenden", false);
        assertThat(post(greenMail.getReceivedMessages(), "Information im Verhandlungsverfahren", KEY_VV)).containsOnlyKeys(
                "vergabe@aktenwerk.example", "ausschreibung@rheinland-doku.example");
        for (JsonNode g : gespraeche) {
            vergabe1.erledigen(g, Map.of("verhandlungstermin", LocalDate.now(ZoneId.of("Europe/Berlin")).toString(),
                    "verhandlungAnwesende", "vergabe1, bewerter1", "verhandlungsprotokoll", "Verhandlung über Migration und Schulungstage."));
        }
        // the call for final offers ends the negotiations (§ 17 Abs. 14 VgV)
        OffsetDateTime frist = OffsetDateTime.now(ZoneId.of("Europe/Berlin")).plusDays(7).truncatedTo(java.time.temporal.ChronoUnit.HOURS);
        vergabe1.erledigen(aufgabe(vergabe1, KEY_VV, "UserTask_VerhandlungsrundeAbschliessen"),
                Map.of("naechsterSchritt", "ENDGUELTIGE_ANGEBOTE", "fristEndgueltigeAngebote", frist.toString()));
        vvJob("ServiceTask_VerhandlungsschreibenVersenden", false);
        assertThat(post(greenMail.getReceivedMessages(), "Aufforderung zur Abgabe", KEY_VV)).containsOnlyKeys(
                "vergabe@aktenwerk.example", "ausschreibung@rheinland-doku.example");

        // --- final offers after their deadline, four eyes, evaluated: the same points on every criterion per bidder
        ClockUtil.setCurrentTime(Date.from(frist.plusMinutes(5).toInstant()));
        try {
            vvJob("TimerEvent_FristEndgueltigeAngeboteAbgelaufen", true);
            JsonNode endgueltig = aufgabe(vergabe1, KEY_VV, "UserTask_EndgueltigeAngeboteOeffnen");
            assertThat(vergabe1.get("/task/" + endgueltig.path("id").asText() + "/form-variables?variableNames=angebotspreise").body()
                    .path("angebotspreise").path("value").asText()).contains(AKTENWERK, RHEINLAND).doesNotContain(KOMMUNAL);
            vergabe1.erledigen(endgueltig, Map.of("angebotspreise", AKTENWERK + ": 395.000,00\n" + RHEINLAND + ": 430.000,00",
                    "oeffnungsniederschrift", "Zwei endgültige Angebote fristgerecht eingegangen und unversehrt."));
            vergabe2.erledigen(aufgabe(vergabe2, KEY_VV, "UserTask_EndgueltigeOeffnungGegenzeichnen"), Map.of("gegenzeichnungVermerk", "Gegengezeichnet."));
        } finally {
            ClockUtil.reset();
        }
        // Aktenwerk 8, 8, 8 -> L = 800, Z = 800 / 395,000 = 0.0020253; Rheinland 9, 9, 9 -> L = 900, Z = 900 / 430,000
        // = 0.0020930 -> Rheinland first
        boegenAusfuellen(Map.of(AKTENWERK, new int[] {8, 8, 8}, RHEINLAND, new int[] {9, 9, 9}));
        konsolidieren(2);
        JsonNode vorschlag = aufgabe(vergabe1, KEY_VV, "UserTask_ZuschlagsvorschlagErstellen");
        String tabelle = vergabe1.get("/task/" + vorschlag.path("id").asText() + "/variables/wertungTabelle").body().path("value").asText();
        assertThat(tabelle).contains("| 1. | " + RHEINLAND + " | 900 | 430.000,00 EUR |", "| 2. | " + AKTENWERK + " | 800 | 395.000,00 EUR |")
                .doesNotContain(KOMMUNAL);
        vergabe1.erledigen(vorschlag, Map.of("zuschlagsbegruendung", "Bestes Verhältnis von Leistung zu Preis der endgültigen Angebote."));
        EngineRest projektleitung = vergabe1.als("projektleitung");
        projektleitung.erledigen(projektleitung.aufgaben("candidateGroup=projektleitung&processInstanceBusinessKey=" + q(KEY_VV)).get(0),
                Map.of("freigabeEntscheidung", "FREIGEGEBEN", "freigabeAnmerkung", "Einverstanden."));
        ratStimmtZu(KEY_VV, instanz);

        // --- § 134 GWB: both unsuccessful bidders, the one reduced out after round one included (§ 134 Abs. 1 Satz 1 GWB)
        vergabe1.erledigen(aufgabe(vergabe1, KEY_VV, "UserTask_BieterInformieren"), Map.of("versandart", "ELEKTRONISCH", "schreibenFreigegeben", "JA"));
        jobAusfuehren(instanz, "ServiceTask_BieterinformationVersenden");
        Map<String, String> information134 = post(greenMail.getReceivedMessages(), "Information nach § 134 GWB", KEY_VV);
        assertThat(information134).containsOnlyKeys("vergabe@aktenwerk.example", "angebote@kommunal-dms.example");
        assertThat(information134.get("vergabe@aktenwerk.example")).contains("Zuschlag auf das Angebot von " + RHEINLAND, "Rang 2 mit 800,00 Leistungspunkten");
        // reduced out: no rank by the final offers, the round and the recorded reasons instead (§ 17 Abs. 12 VgV)
        assertThat(information134.get("angebote@kommunal-dms.example")).contains("Zuschlag auf das Angebot von " + RHEINLAND,
                "nach der Verhandlungsrunde 1 nicht weiter berücksichtigt", "Niedrigste Kennzahl der Erstangebote (Z = 0,0017972; Rang 3).")
                .doesNotContain("Leistungspunkten");
        java.time.Instant wartefristEnde = wartefristUndZuschlag(KEY_VV, instanz);
        lizenzbestellungBekanntmachungUndVermerk(KEY_VV, instanz, wartefristEnde, RHEINLAND);

        // --- the record: the award notice carries the type and the numbers of requests and final offers
        Vergabe abgeschlossen = vergaben.vergabe(vergabeId);
        assertThat(abgeschlossen.getStatus()).isEqualTo(Vergabe.Status.ABGESCHLOSSEN);
        assertThat(vergaben.angebot(abgeschlossen.getZuschlagAngebotId()).getBieterName()).isEqualTo(RHEINLAND);
        HttpResponse<byte[]> xml = vergabe1.getRoh("/api/vergaben/" + KEY_VV + "/dokumente/vergabebekanntmachung.xml");
        assertThat(xml.statusCode()).isEqualTo(200);
        String bekanntmachung = new String(xml.body(), java.nio.charset.StandardCharsets.UTF_8).replaceAll("\\s+", " ");
        assertThat(bekanntmachung).contains("listName=\"procurement-procedure-type\">neg-w-call<")
                .containsPattern("part-req</efbc:StatisticsCode> ?<efbc:StatisticsNumeric>3<")
                .containsPattern("tenders</efbc:StatisticsCode> ?<efbc:StatisticsNumeric>2<");
        assertThat(vergaben.vermerke(vergabeId)).extracting(v -> v.getStufe()).contains("Teilnahmewettbewerb", "Auswahl der Bewerber", "Öffnung", "Verhandlung",
                "Präsentation", "Wertung", "Rat", "Information § 134 GWB", "Zuschlag", "Abschluss");
    }

    /** Executes the first job at {@code activityId} of any instance of the negotiated tender (main model or called one). */
    private void vvJob(String activityId, boolean timer) {
        for (JsonNode pi : admin.get("/process-instance?businessKey=" + q(KEY_VV)).body()) {
            if (!admin.get("/job?processInstanceId=" + pi.path("id").asText() + "&activityId=" + activityId).body().isEmpty()) {
                admin.jobAusfuehren(pi.path("id").asText(), activityId, timer);
                return;
            }
        }
        throw new AssertionError("no job at " + activityId + " in " + KEY_VV);
    }

    /** Every evaluator fills each of its open sheets of the negotiated tender with the bidder's points; the sheets' ends run. */
    private void boegenAusfuellen(Map<String, int[]> punkte) {
        for (int n = 1; n <= 3; n++) {
            EngineRest bewerter = vergabe1.als("bewerter" + n);
            List<JsonNode> boegen = bewerter.aufgaben("assignee=bewerter" + n + "&taskDefinitionKey=UserTask_BewertungsbogenAusfuellen"
                    + "&processInstanceBusinessKey=" + q(KEY_VV));
            assertThat(boegen).hasSize(punkte.size());
            for (JsonNode bogen : boegen) {
                String bieter = bewerter.get("/task/" + bogen.path("id").asText() + "/variables/bieterName").body().path("value").asText();
                bewerter.erledigen(bogen, bogen(punkte.get(bieter)[n - 1]));
            }
        }
        for (JsonNode bogen : admin.get("/process-instance?businessKey=" + q(KEY_VV) + "&processDefinitionKey=bewertungsbogen").body()) {
            for (JsonNode job : admin.get("/job?processInstanceId=" + bogen.path("id").asText()).body()) {
                admin.erfolgreich(admin.post("/job/" + job.path("id").asText() + "/execute", Map.of()));
            }
        }
    }

    private void konsolidieren(int anzahl) {
        List<JsonNode> konsolidierungen = vergabe1.aufgaben("taskDefinitionKey=UserTask_WertungKonsolidieren&processInstanceBusinessKey=" + q(KEY_VV));
        assertThat(konsolidierungen).hasSize(anzahl);
        for (JsonNode k : konsolidierungen) {
            vergabe1.erledigen(k, Map.of("konsolidierungsvermerk", "Bewertungen in der Kommission besprochen."));
        }
        // the ranking follows the last consolidation asynchronously
        vvJob("ServiceTask_WertungBerechnen", false);
    }

    /**
     * The Vergabeakte for the city's e-file (xdomea 3.0.0 Abgabe.Abgabe.0401) as the Projektleitung downloads it:
     * valid against the official schema, every stored document of the tender byte for byte in it, and the engine's
     * user operation log with what the people did through the REST API (VergabeakteAbgabeTest checks the rest).
     */
    private void vergabeakteFuerDasDms(Vergabe abgeschlossen) throws Exception {
        HttpResponse<byte[]> antwort = vergabe1.als("projektleitung").getRoh("/api/vergaben/" + KEY + "/akte.zip");
        assertThat(antwort.statusCode()).isEqualTo(200);
        XdomeaContainer akte = XdomeaContainer.lesen(antwort.body());
        assertThat(akte.schemaVerstoesse()).isEmpty();
        List<XdomeaContainer.Format> formate = akte.formate();
        List<Dokument> gespeichert = dokumente.findByVergabeIdOrderById(abgeschlossen.getId());
        assertThat(gespeichert).hasSizeGreaterThanOrEqualTo(5);
        for (Dokument d : gespeichert) {
            XdomeaContainer.Format f = formate.stream().filter(x -> x.original().equals(d.getName())).findFirst().orElseThrow();
            assertThat(akte.dateien.get(f.dateiname())).as(d.getName()).isEqualTo(d.getInhalt());
        }
        XdomeaContainer.Format protokoll = formate.stream().filter(x -> x.original().equals("bedienprotokoll.csv")).findFirst().orElseThrow();
        assertThat(new String(akte.dateien.get(protokoll.dateiname()), java.nio.charset.StandardCharsets.UTF_8))
                .contains("\"vergabe1\";\"Complete\";\"Task\"").contains("\"projektleitung\";\"Complete\";\"Task\"")
                .contains("\"bewerter1\";\"Complete\";\"Task\"");
    }

    /** Council: draft resolution 2022/1234 by the Vergabestelle, approval recorded by the Ratsbüro, the draft filed. */
    private void ratStimmtZu(String key, String instanz) {
        vergabe1.erledigen(aufgabe(vergabe1, key, "UserTask_BeschlussvorlageErstellen"), Map.of(
                "vorlageNummer", "2022/1234", "vorlageBetreff", "Vergabe des Auftrags Dokumentenmanagementsystem (DMS)",
                "beschlussentwurf", "1. Der Rat stimmt dem Zuschlag zu. 2. Die ivl wird gemäß LoI mit der Lizenzabnahme beauftragt.",
                "haushaltsmittelVerfuegbar", "JA"));
        EngineRest ratsbuero = vergabe1.als("ratsbuero");
        ratsbuero.erledigen(ratsbuero.aufgaben("candidateGroup=ratsbuero&processInstanceBusinessKey=" + q(key)).get(0),
                Map.of("sitzungsdatum", "2022-02-10", "ratsbeschluss", "ZUGESTIMMT", "beschlussVermerk", "einstimmig"));
        jobAusfuehren(instanz, "ServiceTask_RatsvorlageAblegen");
    }

    /**
     * The standstill ends at the earliest award date; the engine's time (and with it the procedure's clock) moves there
     * for the timer, the award and its letters, then back. Returns the end of the standstill.
     */
    private java.time.Instant wartefristUndZuschlag(String key, String instanz) {
        assertThat(admin.get("/process-instance/" + instanz + "/activity-instances").body().toString()).contains("TimerEvent_WartefristAbgelaufen");
        JsonNode wartefrist = admin.get("/job?processInstanceId=" + instanz + "&activityId=TimerEvent_WartefristAbgelaufen").body().get(0);
        java.time.Instant ende = OffsetDateTime.parse(wartefrist.path("dueDate").asText(),
                DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ")).toInstant();
        ClockUtil.setCurrentTime(Date.from(ende));
        try {
            timerAusfuehren(instanz, "TimerEvent_WartefristAbgelaufen");
            vergabe1.erledigen(aufgabe(vergabe1, key, "UserTask_ZuschlagErteilen"), Map.of("zuschlagVermerk", "Zuschlagsschreiben elektronisch versandt."));
            jobAusfuehren(instanz, "ServiceTask_ZuschlagsinformationVersenden");
        } finally {
            // back to real time before the ivl worker long-polls: a poll begun in moved time and answered in real time
            // would wait out the days between them (the test would hang for minutes in its clean-up)
            ClockUtil.reset();
        }
        return ende;
    }

    /**
     * Licence order: the Vergabestelle reviews it, the worker sends it to ivl (a stand-in on loopback), ivl confirms it
     * through the REST API with its reference; then the award notice within 30 days and the Vergabevermerk; the
     * procedure ends at its regular end.
     */
    private void lizenzbestellungBekanntmachungUndVermerk(String key, String instanz, java.time.Instant wartefristEnde, String gewinner)
            throws InterruptedException, IOException {
        IVL = new IvlAttrappe();
        WORKER = IvlWorker.starten("http://localhost:" + port + "/engine-rest", new IvlEigenschaften(IVL.url(), IvlAttrappe.BENUTZER,
                IvlAttrappe.PASSWORT, Duration.ofSeconds(5), 10, new IvlEigenschaften.Worker(true, "ivl-worker", "demo", null,
                List.of(Duration.ofMillis(200)), Duration.ofSeconds(30), Duration.ofSeconds(1))));
        vergabe1.erledigen(aufgabe(vergabe1, key, "UserTask_LizenzbestellungPruefen"), Map.of("loiReferenz", "LoI DMS Stadt Leverkusen / ivl",
                "lizenzanzahl", 1900, "kostenstelle", "040100", "liefertermin", LocalDate.now(ZoneId.of("Europe/Berlin")).plusDays(30).toString(),
                "lizenzPruefvermerk", "Bestellung gegen Zuschlag und Ratsbeschluss 2022/1234 geprüft."));
        long ende = System.currentTimeMillis() + 30_000;
        while (!admin.get("/process-instance/" + instanz + "/activity-instances").body().toString().contains("TimerEvent_IvlBestaetigungsfristAbgelaufen")) {
            assertThat(System.currentTimeMillis()).as("order sent by the in-app worker").isLessThan(ende);
            Thread.sleep(100);
        }
        assertThat(IVL.angenommeneBestellungen()).isEqualTo(1);
        assertThat(IVL.angenommen("IVL-" + key).path("auftragnehmer").asText()).isEqualTo(gewinner);
        assertThat(IVL.angenommen("IVL-" + key).path("vorlageNummer").asText()).isEqualTo("2022/1234");
        EngineRest ivl = new EngineRest(port, "", "ivl", "demo");
        ivl.erfolgreich(ivl.post("/api/ivl/bestellungen/IVL-" + key + "/bestaetigung", Map.of("ivlReferenz", "IVL-AUF-2022-0815")));
        vergabe1.erledigen(aufgabe(vergabe1, key, "UserTask_LizenzbereitstellungErfassen"), Map.of(
                "bereitgestelltAm", LocalDate.now(ZoneId.of("Europe/Berlin")).toString(), "bereitgestellteLizenzen", 1900,
                "bereitstellungVermerk", "Lizenzen im Portal der ivl freigeschaltet."));

        // --- award notice within 30 days, Vergabevermerk
        JsonNode bekanntmachung = aufgabe(vergabe1, key, "UserTask_BekanntmachungVeroeffentlichen");
        assertThat(bekanntmachung.path("due").isNull()).isFalse();
        // the notice is dispatched after the award (at the end of the moved standstill): the clock goes a day past it.
        // The worker has done its part and stops first, so no long poll begins in moved time
        WORKER.close();
        WORKER = null;
        ClockUtil.setCurrentTime(Date.from(wartefristEnde.plus(Duration.ofDays(1))));
        try {
            vergabe1.erledigen(bekanntmachung, de.leverkusen.vergabe.cluster.Verfahrensschritte.bekanntmachung("2022-03-01"));
        } finally {
            ClockUtil.reset();
        }
        vergabe1.erledigen(aufgabe(vergabe1, key, "UserTask_VergabevermerkAbschliessen"),
                Map.of("vergabevermerkZusammenfassung", "Zuschlag an " + gewinner + " nach Ratsbeschluss 2022/1234."));
        jobAusfuehren(instanz, "ServiceTask_VergabevermerkAblegen");
        JsonNode historie = admin.get("/history/process-instance/" + instanz).body();
        assertThat(historie.path("state").asText()).isEqualTo("COMPLETED");
        assertThat(admin.get("/history/activity-instance?processInstanceId=" + instanz + "&activityId=EndEvent_VerfahrenAbgeschlossen").body()).hasSize(1);
    }

    /** recipient -> text of the received mails whose subject starts with the given words */
    private static Map<String, String> post(MimeMessage[] nachrichten, String betreff) {
        return post(nachrichten, betreff, KEY);
    }

    private static Map<String, String> post(MimeMessage[] nachrichten, String betreff, String key) {
        Map<String, String> post = new HashMap<>();
        for (MimeMessage m : nachrichten) {
            try {
                if (m.getSubject().startsWith(betreff) && m.getSubject().contains(key + ")")) {
                    post.put(m.getAllRecipients()[0].toString(), ((String) m.getContent()).replace("\r\n", "\n"));
                }
            } catch (MessagingException | IOException e) {
                throw new IllegalStateException(e);
            }
        }
        return post;
    }

    private JsonNode aufgabe(EngineRest benutzer, String taskDefinitionKey) {
        return aufgabe(benutzer, KEY, taskDefinitionKey);
    }

    private JsonNode aufgabe(EngineRest benutzer, String key, String taskDefinitionKey) {
        List<JsonNode> tasks = benutzer.aufgaben("candidateUser=" + benutzer.benutzer() + "&includeAssignedTasks=true&taskDefinitionKey="
                + taskDefinitionKey + "&processInstanceBusinessKey=" + q(key));
        assertThat(tasks).as("open task %s for %s", taskDefinitionKey, benutzer.benutzer()).isNotEmpty();
        return tasks.get(0);
    }

    private Long vergabeId(String instanz) {
        return admin.get("/process-instance/" + instanz + "/variables/vergabeId").body().path("value").asLong();
    }

    private void jobAusfuehren(String instanz, String activityId) {
        admin.jobAusfuehren(instanz, activityId, false);
    }

    private void timerAusfuehren(String instanz, String activityId) {
        admin.jobAusfuehren(instanz, activityId, true);
    }

    /**
     * GET /api/vergaben/{key}/wertung and .../wertung/matrix.xlsx once the consolidation is done: the Vergabestelle and
     * the Projektleitung read them, evaluators and ivl get 403, an unknown procedure 404. The JSON is exactly what the
     * calculator answers for the same sheets, prices, catalogue and method.
     */
    private void wertungUeberDieApi(EngineRest vergabe1) throws IOException {
        String pfad = "/api/vergaben/" + KEY + "/wertung";
        HttpResponse<byte[]> antwort = vergabe1.getRoh(pfad);
        assertThat(antwort.statusCode()).isEqualTo(200);
        JsonNode wertung = JSON.readTree(antwort.body());
        assertThat(vergabe1.als("projektleitung").getRoh(pfad).statusCode()).isEqualTo(200);
        assertThat(vergabe1.als("bewerter1").getRoh(pfad).statusCode()).isEqualTo(403);
        assertThat(vergabe1.als("ivl").getRoh(pfad).statusCode()).isEqualTo(403);
        assertThat(vergabe1.als("bewerter1").getRoh(pfad + "/matrix.xlsx").statusCode()).isEqualTo(403);
        assertThat(vergabe1.getRoh("/api/vergaben/VG-GIBT-ES-NICHT/wertung").statusCode()).isEqualTo(404);
        assertThat(vergabe1.getRoh("/api/vergaben/VG-GIBT-ES-NICHT/wertung/matrix.xlsx").statusCode()).isEqualTo(404);

        // the calculator with the same input: sheets per bidder (every B-criterion the evaluator's points, A fulfilled)
        Kriterienkatalog katalog = Wertungsbeispiele.dms();
        List<Map<String, Object>> kriterien = new ArrayList<>();
        for (Kriterium k : katalog.kriterien()) {
            Map<String, Object> m = new HashMap<>();
            m.put("id", k.id());
            m.put("typ", k.typ().name());
            if (k.gewertet()) {
                m.put("gewicht", k.gewicht());
                if (k.mindestpunkte() != null) {
                    m.put("mindestpunkte", k.mindestpunkte());
                }
            }
            kriterien.add(m);
        }
        Map<String, Object> aKriterien = Map.of("A1", true, "A2", true, "A3", true);
        Map<String, int[]> punkte = Map.of("Aktenwerk Software GmbH", new int[] {8, 9, 7}, "Kommunal-DMS AG", new int[] {7, 7, 7},
                "Rheinland Dokumentensysteme GmbH & Co. KG", new int[] {9, 9, 9});
        // prices as the offers table keeps them (two decimals), so the JSON numbers are written alike
        Map<String, java.math.BigDecimal> preise = Map.of("Aktenwerk Software GmbH", new java.math.BigDecimal("412000.00"),
                "Kommunal-DMS AG", new java.math.BigDecimal("389500.00"),
                "Rheinland Dokumentensysteme GmbH & Co. KG", new java.math.BigDecimal("455000.00"));
        List<Map<String, Object>> angebote = new ArrayList<>();
        for (String bieter : List.of("Aktenwerk Software GmbH", "Kommunal-DMS AG", "Rheinland Dokumentensysteme GmbH & Co. KG")) {
            List<Map<String, Object>> boegen = new ArrayList<>();
            for (int n = 0; n < 3; n++) {
                Map<String, Object> p = new HashMap<>();
                for (Kriterium k : katalog.bKriterien()) {
                    p.put(k.id(), punkte.get(bieter)[n]);
                }
                boegen.add(Map.of("bewerter", "bewerter" + (n + 1), "punkte", p));
            }
            angebote.add(Map.of("bieter", bieter, "preis", preise.get(bieter), "bewertungen", boegen, "aKriterien", aKriterien));
        }
        EngineRest rechner = new EngineRest(port, "/api/wertung", "vergabe1", "demo");
        JsonNode erwartet = rechner.erfolgreich(rechner.post("/berechnen", Map.of("methode", "EINFACHE_RICHTWERTMETHODE",
                "skala", Map.of("min", 0, "max", 10), "kriterien", kriterien, "angebote", angebote))).body();
        assertThat(wertung).isEqualTo(erwartet);
        // Z = L / P: Rheinland 900 / 455,000 = 0.0019780220 (10 digits)
        assertThat(wertung.path("zuschlag").asText()).isEqualTo("Rheinland Dokumentensysteme GmbH & Co. KG");
        assertThat(wertung.path("rangfolge").get(0).path("kennzahl").decimalValue()).isEqualByComparingTo("0.0019780220");

        HttpResponse<byte[]> xlsx = vergabe1.als("projektleitung").getRoh(pfad + "/matrix.xlsx");
        assertThat(xlsx.statusCode()).isEqualTo(200);
        assertThat(xlsx.headers().firstValue("Content-Type").orElse(""))
                .startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        try (XSSFWorkbook mappe = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            Sheet matrix = mappe.getSheet("Matrix");
            // header row 2: Bieter, Kriterium, Bezeichnung, Typ, Gewicht, Mindestpunkte, bewerter1..3, Minimum, Median, Maximum,
            // Mittelwert, Konsolidiert, Streuung auffällig, Abweichung
            Row kopf = matrix.getRow(1);
            assertThat(kopf.getCell(6).getStringCellValue()).isEqualTo("bewerter1");
            assertThat(kopf.getCell(13).getStringCellValue()).isEqualTo("Konsolidiert");
            Row b1 = null;
            for (Row row : matrix) {
                if (row.getRowNum() > 1 && row.getCell(0).getStringCellValue().equals("Aktenwerk Software GmbH")
                        && row.getCell(1).getStringCellValue().equals("B1")) {
                    b1 = row;
                }
            }
            assertThat(b1).isNotNull();
            // Aktenwerk B1: 8, 9, 7 -> min 7, median 8, max 9, mean 8, consolidated 8; weight 10
            assertThat(b1.getCell(4).getNumericCellValue()).isEqualTo(10.0);
            assertThat(List.of(b1.getCell(6).getNumericCellValue(), b1.getCell(7).getNumericCellValue(), b1.getCell(8).getNumericCellValue()))
                    .containsExactly(8.0, 9.0, 7.0);
            assertThat(List.of(b1.getCell(9).getNumericCellValue(), b1.getCell(10).getNumericCellValue(),
                    b1.getCell(11).getNumericCellValue(), b1.getCell(12).getNumericCellValue(), b1.getCell(13).getNumericCellValue()))
                    .containsExactly(7.0, 8.0, 9.0, 8.0, 8.0);
            assertThat(b1.getCell(14).getStringCellValue()).isEqualTo("nein");
            assertThat(mappe.getSheet("Begründungen").getRow(1).getCell(4).getStringCellValue())
                    .isEqualTo("Der Nachweis liegt dem Angebot bei und wurde geprüft.");
            Sheet rangfolge = mappe.getSheet("Rangfolge");
            Row erster = rangfolge.getRow(1);
            assertThat(erster.getCell(0).getNumericCellValue()).isEqualTo(1.0);
            assertThat(erster.getCell(1).getStringCellValue()).isEqualTo("Rheinland Dokumentensysteme GmbH & Co. KG");
            assertThat(erster.getCell(2).getNumericCellValue()).isEqualTo(900.0);
            assertThat(erster.getCell(3).getNumericCellValue()).isEqualTo(455000.0);
            assertThat(erster.getCell(4).getNumericCellValue()).isEqualTo(0.0019780220);
            assertThat(rangfolge.getRow(3).getCell(1).getStringCellValue()).isEqualTo("Kommunal-DMS AG");
            assertThat(rangfolge.getRow(3).getCell(2).getNumericCellValue()).isEqualTo(700.0);
        }
    }

    /** The same points on every B-criterion, every A-criterion fulfilled: L = 100 x points (weights sum to 100). */
    private static Map<String, Object> bogen(int punkte) {
        Map<String, Object> werte = new HashMap<>();
        for (int k = 1; k <= 13; k++) {
            werte.put("punkteB" + k, punkte);
            werte.put("begruendungB" + k, "Die Anforderungen werden in der Präsentation nachvollziehbar gezeigt.");
        }
        for (int k = 1; k <= 3; k++) {
            werte.put("erfuelltA" + k, "ERFUELLT");
            werte.put("begruendungA" + k, "Der Nachweis liegt dem Angebot bei und wurde geprüft.");
        }
        return werte;
    }
}
