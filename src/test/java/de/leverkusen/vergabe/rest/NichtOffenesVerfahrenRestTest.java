package de.leverkusen.vergabe.rest;

import static de.leverkusen.vergabe.rest.EngineRest.q;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import de.leverkusen.vergabe.schreiben.Schreiben;
import de.leverkusen.vergabe.schreiben.SchreibenService;
import de.leverkusen.vergabe.verfahren.Angebot;
import de.leverkusen.vergabe.verfahren.Teilnahmeantrag;
import de.leverkusen.vergabe.verfahren.Teilnahmewettbewerbe;
import de.leverkusen.vergabe.verfahren.Vergabe;
import de.leverkusen.vergabe.verfahren.VergabeService;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * A restricted procedure (§ 16 VgV) through the engine REST API only, as the demo users of each role, from the start
 * form through the participation competition to the invitation to tender (issue 17). Along the way it attacks the two
 * rules the participation competition adds: the requests stay sealed until the participation period has ended
 * (§ 55 Abs. 1 VgV), and only invited candidates can ever have an offer in the procedure; and a candidate's § 56 request
 * with too short a deadline or an undeclared field. After each attack the procedure's tables are unchanged.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class NichtOffenesVerfahrenRestTest {

    private static final String KEY = "VG-2021-NOV-REST";
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final String UNEINGELADEN = "Zwilling Dokumentenmanagement GmbH";

    @LocalServerPort
    int port;
    @Autowired
    VergabeService vergaben;
    @Autowired
    Teilnahmewettbewerbe teilnahme;
    @Autowired
    SchreibenService schreiben;

    EngineRest vergabe1;
    EngineRest vergabe2;
    EngineRest admin;
    List<EngineRest> andereRollen;

    @BeforeEach
    void benutzer() {
        vergabe1 = new EngineRest(port, "vergabe1", "demo");
        vergabe2 = vergabe1.als("vergabe2");
        admin = vergabe1.als("admin");
        andereRollen = List.of(vergabe1.als("bewerter1"), vergabe1.als("projektleitung"), vergabe1.als("ratsbuero"), vergabe1.als("ivl"));
    }

    @AfterEach
    void uhrZuruecksetzen() {
        ClockUtil.reset();
    }

    private static void uhr(int jahr, int monat, int tag, int stunde) {
        ClockUtil.setCurrentTime(Date.from(LocalDateTime.of(jahr, monat, tag, stunde, 0).atZone(BERLIN).toInstant()));
    }

    @Test
    void vomStartformularBisZurAufforderung_teilnahmeantraegeVerschlossen_nurAufgeforderteBieten() {
        // --- 20.10.2021: the Vergabestelle starts a restricted procedure; notice sent on Thursday 07.10.2021, so the
        // participation period of >= 30 days ends no earlier than Monday 08.11.2021, 24:00 (day 30 is a Saturday)
        uhr(2021, 10, 20, 10);
        Map<String, Object> start = new HashMap<>();
        start.put("titel", "Einführung eines Dokumentenmanagementsystems (DMS)");
        start.put("verfahrenskennung", "5d3c6a1e-8f2b-4c7d-9e0a-1b2c3d4e5f60");
        start.put("verfahrensart", "NICHT_OFFENES_VERFAHREN");
        start.put("geschaetzterWert", "480.000,00");
        start.put("fristereignisAm", "2021-10-07");
        start.put("elektronischeAngebote", "JA");
        start.put("dringlich", "NEIN");
        start.put("teilnahmefrist", "2021-11-09T00:00:00+01:00");
        start.put("mindestzahlBewerber", 5);
        start.put("auswahlkriterien", "Referenzen vergleichbarer kommunaler DMS-Einführungen (je Referenz 10 Punkte)");
        start.put("bewertungskommission", "bewerter1, bewerter2, bewerter3");
        // the restricted procedure's legal minimum is five candidates (§ 51 Abs. 2 VgV): four is refused, naming the field
        Map<String, Object> zuWenige = new HashMap<>(start);
        zuWenige.put("mindestzahlBewerber", 4);
        Map<String, Object> zuWenigeBody = new HashMap<>(EngineRest.variablen(zuWenige));
        zuWenigeBody.put("businessKey", KEY);
        EngineRest.Antwort abgewiesen = vergabe1.post("/process-definition/key/dms-vergabe/submit-form", zuWenigeBody);
        assertThat(abgewiesen.status()).isEqualTo(400);
        assertThat(abgewiesen.body().path("message").asText()).contains("mindestzahlBewerber", "mindestens 5");
        Map<String, Object> body = new HashMap<>(EngineRest.variablen(start));
        body.put("businessKey", KEY);
        String instanz = vergabe1.erfolgreich(vergabe1.post("/process-definition/key/dms-vergabe/submit-form", body)).body().path("id").asText();
        Long vergabeId = admin.get("/process-instance/" + instanz + "/variables/vergabeId").body().path("value").asLong();
        String teilnahmeInstanz = admin.get("/process-instance?superProcessInstance=" + instanz).body().get(0).path("id").asText();
        assertThat(vergaben.vergabe(vergabeId).getStatus()).isEqualTo(Vergabe.Status.TEILNAHMEWETTBEWERB);

        // --- before the period's end: the admin fires the timer early through the REST API, the opening task appears,
        // but no one can open the requests (the domain checks the clock, § 55 Abs. 1 VgV)
        uhr(2021, 11, 8, 18);
        timerAusfuehren(teilnahmeInstanz, "TimerEvent_TeilnahmefristAbgelaufen");
        JsonNode oeffnen = aufgabe(vergabe1, "UserTask_TeilnahmeantraegeOeffnen");
        Map<String, Object> antraege = Map.of("bewerber", """
                Aktenwerk Software GmbH; vergabe@aktenwerk.example
                Kommunal-DMS AG; angebote@kommunal-dms.example
                Rheinland Dokumentensysteme GmbH & Co. KG; ausschreibung@rheinland-doku.example
                Zwilling Dokumentenmanagement GmbH; angebot@zwilling.example""",
                "oeffnungsniederschrift", "Vier Teilnahmeanträge elektronisch eingegangen und unversehrt.");
        for (EngineRest rolle : andereRollen) {
            assertThat(rolle.formularAbsenden(oeffnen.path("id").asText(), antraege).status()).as(rolle.benutzer()).isIn(403, 404);
        }
        vergabe1.erfolgreich(vergabe1.post("/task/" + oeffnen.path("id").asText() + "/claim", Map.of("userId", "vergabe1")));
        EngineRest.Antwort zuFrueh = vergabe1.formularAbsenden(oeffnen.path("id").asText(), antraege);
        assertThat(zuFrueh.status()).isEqualTo(400);
        assertThat(zuFrueh.body().path("message").asText()).contains("Teilnahmefrist läuft bis 09.11.2021 00:00 Uhr");
        EngineRest.Antwort adminZuFrueh = admin.formularAbsenden(oeffnen.path("id").asText(), antraege);
        assertThat(adminZuFrueh.status()).isIn(400, 403);
        assertThat(teilnahme.antraege(vergabeId)).isEmpty();
        assertThat(vergaben.vergabe(vergabeId).getStatus()).isEqualTo(Vergabe.Status.TEILNAHMEWETTBEWERB);

        // --- 10.11.2021: vergabe1 opens, vergabe2 countersigns (the first opener cannot)
        uhr(2021, 11, 10, 9);
        vergabe1.erfolgreich(vergabe1.formularAbsenden(oeffnen.path("id").asText(), antraege));
        JsonNode gegenzeichnen = aufgabe(vergabe2, "UserTask_TeilnahmeOeffnungGegenzeichnen");
        assertThat(vergabe1.formularAbsenden(gegenzeichnen.path("id").asText(), Map.of("gegenzeichnungVermerk", "selbst gegengezeichnet"))
                .status()).isIn(400, 403, 404);
        vergabe2.erledigen(gegenzeichnen, Map.of("gegenzeichnungVermerk", "Öffnung gemeinsam durchgeführt und gegengezeichnet."));

        // --- § 56 Abs. 2 VgV instead of a decision, attacked through the REST API: other roles cannot, a deadline shorter
        // than the configured 6 days after today's letter (10.11. + 6 = 16.11.2021) is refused naming the field, an
        // undeclared field cannot record the outcome; nothing is recorded and no letter written
        JsonNode zwillingPruefen = benutzerAufgaben(vergabe1, "UserTask_BewerberPruefen").stream()
                .filter(t -> t.path("name").asText().endsWith(UNEINGELADEN)).findFirst().orElseThrow();
        Map<String, Object> nachforderung = Map.of("bewerberPruefschritt", "UNTERLAGEN_NACHFORDERN",
                "bewerberNachgeforderteUnterlagen", "Referenz einer vergleichbaren Einführung", "bewerberNachforderungsfrist", "2021-11-15");
        for (EngineRest rolle : andereRollen) {
            assertThat(rolle.formularAbsenden(zwillingPruefen.path("id").asText(), nachforderung).status()).as(rolle.benutzer()).isIn(403, 404);
        }
        EngineRest.Antwort zuKurz = vergabe1.formularAbsenden(zwillingPruefen.path("id").asText(), nachforderung);
        assertThat(zuKurz.status()).isEqualTo(400);
        assertThat(zuKurz.body().path("message").asText()).contains("bewerberNachforderungsfrist", "mindestens 6 Tage", "16.11.2021");
        Map<String, Object> untergeschoben = new HashMap<>(nachforderung);
        untergeschoben.put("bewerberNachforderungsfrist", "2021-11-16");
        untergeschoben.put("bewerberUnterlagenNachgereicht", "JA");
        assertThat(vergabe1.formularAbsenden(zwillingPruefen.path("id").asText(), untergeschoben).status()).isEqualTo(400);
        assertThat(teilnahme.antraege(vergabeId)).allSatisfy(a -> assertThat(a.getNachgefordertAm()).isNull());
        assertThat(schreiben.schreiben(vergabeId)).isEmpty();

        // --- the checks: three suitable, Zwilling without proof of technical capacity
        for (int i = 0; i < 4; i++) {
            JsonNode pruefen = aufgabe(vergabe1, "UserTask_BewerberPruefen");
            boolean zwilling = pruefen.path("name").asText().endsWith(UNEINGELADEN);
            vergabe1.erledigen(pruefen, zwilling
                    ? Map.of("bewerberAusschlussgrund", "KEINER", "bewerberGeeignet", "NEIN",
                    "bewerberPruefvermerk", "Keine Referenz einer vergleichbaren Einführung (§ 122 Abs. 2 Nr. 3 GWB).")
                    : Map.of("bewerberAusschlussgrund", "KEINER", "bewerberGeeignet", "JA", "bewerberPunkte", 60 + 10 * i,
                    "bewerberPruefvermerk", "Eignung in allen drei Kategorien nachgewiesen."));
        }
        // the selection cannot take the unsuitable candidate in
        JsonNode auswaehlen = aufgabe(vergabe1, "UserTask_BewerberAuswaehlen");
        String alle = "Aktenwerk Software GmbH\nKommunal-DMS AG\nRheinland Dokumentensysteme GmbH & Co. KG\n" + UNEINGELADEN;
        EngineRest.Antwort mitZwilling = vergabe1.formularAbsenden(auswaehlen.path("id").asText(), Map.of("auswahl", alle));
        assertThat(mitZwilling.status()).isEqualTo(400);
        assertThat(mitZwilling.body().path("message").asText()).contains(UNEINGELADEN, "nicht geeignet");
        vergabe1.erledigen(auswaehlen, Map.of("auswahl", "Aktenwerk Software GmbH\nKommunal-DMS AG\nRheinland Dokumentensysteme GmbH & Co. KG"));
        jobAusfuehren(teilnahmeInstanz, "ServiceTask_AbsagenVersenden");

        // --- 15.11.2021: invitation; electronic offers >= 25 days from 16.11.2021 -> Friday 10.12.2021, 24:00
        uhr(2021, 11, 15, 10);
        vergabe1.erledigen(aufgabe(vergabe1, "UserTask_ZurAngebotsabgabeAuffordern"), Map.of("angebotsfrist", "2021-12-11T00:00:00+01:00",
                "praesentationVon", "2022-01-10", "praesentationBis", "2022-01-12"));
        jobAusfuehren(teilnahmeInstanz, "ServiceTask_AufforderungVersenden");
        assertThat(vergaben.vergabe(vergabeId).getStatus()).isEqualTo(Vergabe.Status.EINGELEITET);
        List<String> eingeladen = List.of("Aktenwerk Software GmbH", "Kommunal-DMS AG", "Rheinland Dokumentensysteme GmbH & Co. KG");
        assertThat(vergaben.angebote(vergabeId)).extracting(Angebot::getBieterName).containsExactlyElementsOf(eingeladen);
        assertThat(schreiben.schreiben(vergabeId)).filteredOn(s -> s.getArt() == Schreiben.Art.NICHTAUFFORDERUNG_51)
                .extracting(Schreiben::getEmpfaenger).containsExactly("angebot@zwilling.example");

        // --- the uninvited candidate's offer, through every door: a second procedure under the same file number, the
        // participation model started again by hand, a price line at the opening, a variable written directly
        for (EngineRest rolle : List.of(vergabe1, admin)) {
            EngineRest.Antwort nochmal = rolle.post("/process-definition/key/dms-vergabe/submit-form", body);
            assertThat(nochmal.status()).as(rolle.benutzer()).isIn(400, 403);
            EngineRest.Antwort teilnahmeNeu = rolle.post("/process-definition/key/teilnahmewettbewerb/start", Map.of("businessKey", KEY));
            if (teilnahmeNeu.status() == 200) {
                // admin may start it; it is bound to the procedure, whose stage refuses every step of it
                String neu = teilnahmeNeu.body().path("id").asText();
                timerAusfuehren(neu, "TimerEvent_TeilnahmefristAbgelaufen");
                JsonNode erneut = admin.aufgaben("processInstanceId=" + neu + "&taskDefinitionKey=UserTask_TeilnahmeantraegeOeffnen").get(0);
                vergabe1.erfolgreich(vergabe1.post("/task/" + erneut.path("id").asText() + "/claim", Map.of("userId", "vergabe1")));
                EngineRest.Antwort verweigert = vergabe1.formularAbsenden(erneut.path("id").asText(),
                        Map.of("bewerber", UNEINGELADEN + "; angebot@zwilling.example", "oeffnungsniederschrift", "Nachträglicher Antrag eingegangen."));
                assertThat(verweigert.status()).isEqualTo(400);
                assertThat(verweigert.body().path("message").asText()).contains("Teilnahmeanträge öffnen", "nicht zulässig");
                admin.delete("/process-instance/" + neu);
            } else {
                assertThat(teilnahmeNeu.status()).as(rolle.benutzer()).isEqualTo(403);
            }
        }
        uhr(2021, 12, 13, 9);
        for (String b : List.of("bewerter1", "bewerter2", "bewerter3")) {
            EngineRest bewerter = vergabe1.als(b);
            bewerter.erledigen(bewerter.aufgaben("assignee=" + b + "&processInstanceBusinessKey=" + q(KEY)).get(0), Map.of("interessenkonflikt", "NEIN"));
        }
        timerAusfuehren(instanz, "TimerEvent_AngebotsfristAbgelaufen");
        JsonNode angeboteOeffnen = aufgabe(vergabe1, "UserTask_AngeboteOeffnen");
        assertThat(vergabe1.get("/task/" + angeboteOeffnen.path("id").asText() + "/form-variables?variableNames=angebotspreise").body()
                .path("angebotspreise").path("value").asText()).doesNotContain(UNEINGELADEN).contains(eingeladen.get(0));
        String mitUneingeladenem = """
                Aktenwerk Software GmbH: 412.000,00
                Kommunal-DMS AG: 389.500,00
                Rheinland Dokumentensysteme GmbH & Co. KG: 455.000,00
                Zwilling Dokumentenmanagement GmbH: 299.000,00""";
        for (EngineRest rolle : andereRollen) {
            assertThat(rolle.formularAbsenden(angeboteOeffnen.path("id").asText(), Map.of("angebotspreise", mitUneingeladenem,
                    "oeffnungsniederschrift", "Vier Angebote eingegangen und unversehrt geöffnet.")).status()).as(rolle.benutzer()).isIn(403, 404);
        }
        vergabe1.erfolgreich(vergabe1.post("/task/" + angeboteOeffnen.path("id").asText() + "/claim", Map.of("userId", "vergabe1")));
        EngineRest.Antwort vierPreise = vergabe1.formularAbsenden(angeboteOeffnen.path("id").asText(), Map.of("angebotspreise", mitUneingeladenem,
                "oeffnungsniederschrift", "Vier Angebote eingegangen und unversehrt geöffnet."));
        assertThat(vierPreise.status()).isEqualTo(400);
        assertThat(vierPreise.body().path("message").asText()).contains("angebotspreise");
        EngineRest.Antwort variable = vergabe1.put("/process-instance/" + instanz + "/variables/angebotId",
                Map.of("value", 999999, "type", "Long"));
        assertThat(variable.status()).isIn(400, 403);

        // nothing changed: three offers without prices, the candidate not invited, the procedure in its offer stage
        assertThat(vergaben.angebote(vergabeId)).extracting(Angebot::getBieterName).containsExactlyElementsOf(eingeladen);
        assertThat(vergaben.angebote(vergabeId)).extracting(Angebot::getPreis).containsOnlyNulls();
        assertThat(teilnahme.antraege(vergabeId)).filteredOn(a -> a.getBewerberName().equals(UNEINGELADEN)).singleElement()
                .satisfies(a -> {
                    assertThat(a.getStatus()).isEqualTo(Teilnahmeantrag.Status.NICHT_AUFGEFORDERT);
                    assertThat(a.getAngebotId()).isNull();
                });
        assertThat(vergaben.vergabe(vergabeId).getStatus()).isEqualTo(Vergabe.Status.EINGELEITET);

        // the invited three: the opening goes on as in the open procedure
        vergabe1.erfolgreich(vergabe1.formularAbsenden(angeboteOeffnen.path("id").asText(), Map.of("angebotspreise", """
                Aktenwerk Software GmbH: 412.000,00
                Kommunal-DMS AG: 389.500,00
                Rheinland Dokumentensysteme GmbH & Co. KG: 455.000,00""", "oeffnungsniederschrift", "Drei Angebote eingegangen und unversehrt geöffnet.")));
        assertThat(vergaben.vergabe(vergabeId).getStatus()).isEqualTo(Vergabe.Status.ERSTOEFFNUNG);
    }

    private JsonNode aufgabe(EngineRest benutzer, String taskDefinitionKey) {
        return benutzerAufgaben(benutzer, taskDefinitionKey).get(0);
    }

    private List<JsonNode> benutzerAufgaben(EngineRest benutzer, String taskDefinitionKey) {
        List<JsonNode> tasks = benutzer.aufgaben("candidateUser=" + benutzer.benutzer() + "&includeAssignedTasks=true&taskDefinitionKey="
                + taskDefinitionKey + "&processInstanceBusinessKey=" + q(KEY));
        assertThat(tasks).as("open task %s for %s", taskDefinitionKey, benutzer.benutzer()).isNotEmpty();
        return tasks;
    }

    private void jobAusfuehren(String instanz, String activityId) {
        admin.jobAusfuehren(instanz, activityId, false);
    }

    private void timerAusfuehren(String instanz, String activityId) {
        admin.jobAusfuehren(instanz, activityId, true);
    }
}
