package de.leverkusen.vergabe.rest;

import static de.leverkusen.vergabe.rest.EngineRest.q;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import de.leverkusen.vergabe.verfahren.VergabeRepository;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Camunda Forms validate only in the browser. A REST client that sends a missing, out-of-range or otherwise
 * invalid value gets 400 with a message naming the field and the rule; the task stays open and nothing is stored.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class UngueltigeEingabenRestTest {

    @LocalServerPort
    int port;
    @Autowired
    VergabeRepository vergaben;

    EngineRest vergabe1;

    @BeforeEach
    void benutzer() {
        vergabe1 = new EngineRest(port, "vergabe1", "demo");
    }

    private static Map<String, Object> gueltigerStart() {
        Map<String, Object> start = new HashMap<>();
        start.put("titel", "Einführung eines Dokumentenmanagementsystems (DMS)");
        start.put("verfahrenskennung", "5d3c6a1e-8f2b-4c7d-9e0a-1b2c3d4e5f60");
        start.put("verfahrensart", "OFFENES_VERFAHREN");
        start.put("geschaetzterWert", "1.250.000,00");
        start.put("fristereignisAm", "2021-10-07");
        start.put("elektronischeAngebote", "JA");
        start.put("dringlich", "NEIN");
        start.put("angebotsfrist", "2021-11-09T00:00:00+01:00");
        start.put("praesentationVon", "2021-12-07");
        start.put("praesentationBis", "2021-12-09");
        start.put("bewertungskommission", "bewerter1, bewerter2");
        start.put("bieter", "Aktenwerk Software GmbH; vergabe@aktenwerk.example");
        return start;
    }

    private EngineRest.Antwort starten(String businessKey, Consumer<Map<String, Object>> aenderung) {
        Map<String, Object> start = gueltigerStart();
        aenderung.accept(start);
        Map<String, Object> body = new HashMap<>(EngineRest.variablen(start));
        body.put("businessKey", businessKey);
        return vergabe1.post("/process-definition/key/dms-vergabe/submit-form", body);
    }

    private void startWirdAbgewiesen(String businessKey, Consumer<Map<String, Object>> aenderung, String... meldung) {
        EngineRest.Antwort antwort = starten(businessKey, aenderung);
        assertThat(antwort.status()).as(antwort.body().toString()).isEqualTo(400);
        // our message alone, without the REST API's "Cannot instantiate process definition dms-vergabe:1:<id>: "
        assertThat(antwort.body().path("message").asText()).contains(meldung).doesNotContain("Cannot instantiate")
                .doesNotContain("dms-vergabe:").startsWith("Feld '");
        // nothing stored: no process instance, no Vergabeakte
        assertThat(vergabe1.get("/process-instance?businessKey=" + q(businessKey)).body()).isEmpty();
        assertThat(vergabe1.get("/history/process-instance?processInstanceBusinessKey=" + q(businessKey)).body()).isEmpty();
        assertThat(vergaben.findByBusinessKey(businessKey)).isEmpty();
    }

    @Test
    void startformularWirdAufDemServerGeprueft() {
        startWirdAbgewiesen("VG-UNGUELTIG-1", s -> s.remove("titel"), "Feld 'titel'", "Pflichtfeld fehlt");
        startWirdAbgewiesen("VG-UNGUELTIG-2", s -> s.put("geschaetzterWert", "-5,00"), "Feld 'geschaetzterWert'", "kein Betrag in Euro");
        // an English decimal point is refused, not read as 1.25 (form-js number fields did that) nor as 125
        startWirdAbgewiesen("VG-UNGUELTIG-2B", s -> s.put("geschaetzterWert", "1.25"), "Feld 'geschaetzterWert'",
                "'1.25' ist kein Betrag in Euro in deutscher Schreibweise", "der Punkt trennt nur Tausender");
        startWirdAbgewiesen("VG-UNGUELTIG-2C", s -> s.put("geschaetzterWert", 1250000.0), "Feld 'geschaetzterWert'", "Text erwartet");
        startWirdAbgewiesen("VG-UNGUELTIG-3", s -> s.put("verfahrensart", "FREIHAENDIGE_VERGABE"), "Feld 'verfahrensart'", "unzulässiger Wert");
        startWirdAbgewiesen("VG-UNGUELTIG-4", s -> s.put("titel", "<script>alert(1)</script>" + "x".repeat(1_000_000)),
                "Feld 'titel'", "höchstens 200 Zeichen");
        startWirdAbgewiesen("VG-UNGUELTIG-5", s -> s.put("bieter", "Aktenwerk Software GmbH; vergabe@aktenwerk.example\nKommunal-DMS AG; keine Adresse"),
                "Feld 'bieter'", "Zeile 2", "'keine Adresse' ist keine E-Mail-Adresse");
        // the start form offers only the types the models run (issue 17): the dialogue is refused, naming the field
        startWirdAbgewiesen("VG-UNGUELTIG-6-DIALOG", s -> {
            s.put("verfahrensart", "WETTBEWERBLICHER_DIALOG");
            s.put("verfahrensartBegruendung", "Konzeptionelle Lösungen erforderlich (§ 14 Abs. 3 Nr. 2 VgV).");
        }, "Feld 'verfahrensart'", "unzulässiger Wert 'WETTBEWERBLICHER_DIALOG'",
                "erlaubt: OFFENES_VERFAHREN, NICHT_OFFENES_VERFAHREN, VERHANDLUNGSVERFAHREN_MIT_TEILNAHMEWETTBEWERB");
        // the negotiated procedure runs (its negotiation rounds): it needs its reason (§ 14 Abs. 3 VgV), and only it
        // knows the reservations of § 17 Abs. 11, 12 VgV
        startWirdAbgewiesen("VG-UNGUELTIG-6B", s -> {
            s.put("verfahrensart", "VERHANDLUNGSVERFAHREN_MIT_TEILNAHMEWETTBEWERB");
            s.keySet().removeAll(List.of("bieter", "angebotsfrist", "praesentationVon", "praesentationBis"));
            s.put("teilnahmefrist", "2021-11-09T00:00:00+01:00");
            s.put("mindestzahlBewerber", 3);
            s.put("auswahlkriterien", "Referenzen vergleichbarer kommunaler DMS-Einführungen (je Referenz 10 Punkte)");
            s.put("vorbehaltZuschlagAufErstangebote", "NEIN");
            s.put("vorbehaltReduzierung", "NEIN");
        }, "Feld 'verfahrensartBegruendung'", "§ 14 Abs. 3 VgV");
        startWirdAbgewiesen("VG-UNGUELTIG-6C", s -> s.put("vorbehaltZuschlagAufErstangebote", "JA"),
                "Feld 'vorbehaltZuschlagAufErstangebote'", "nur im Verhandlungsverfahren");
        startWirdAbgewiesen("VG-UNGUELTIG-7", s -> s.put("bewertungskommission", "bewerter1, vergabe2"),
                "Feld 'bewertungskommission'", "'vergabe2' ist kein Mitglied der Gruppe bewertungskommission");
        startWirdAbgewiesen("VG-UNGUELTIG-8", s -> s.put("praesentationBis", "2021-12-01"), "Feld 'praesentationBis'");
        // BT-04 must be the contract notice's UUID (eForms: version 4); the TED number is no procedure identifier
        startWirdAbgewiesen("VG-UNGUELTIG-8B", s -> s.put("verfahrenskennung", "2021/S 196-512345"), "Feld 'verfahrenskennung'");
        // a time-based (version-1) UUID
        startWirdAbgewiesen("VG-UNGUELTIG-8C", s -> s.put("verfahrenskennung", "5d3c6a1e-8f2b-1c7d-9e0a-1b2c3d4e5f60"),
                "Feld 'verfahrenskennung'");
        startWirdAbgewiesen("VG-UNGUELTIG-8D", s -> s.remove("verfahrenskennung"), "Feld 'verfahrenskennung'", "Pflichtfeld fehlt");
        // notice sent Wednesday 20.10.2021, electronic offers: 30 days -> Friday 19.11.2021; 08.11.2021 is too short
        startWirdAbgewiesen("VG-UNGUELTIG-9", s -> s.put("fristereignisAm", "2021-10-20"),
                "Feld 'angebotsfrist'", "Unzulässig", "19.11.2021", "§ 15 Abs. 2, 4 VgV");
        // without electronic submission 35 days: notice 07.10.2021 -> Thursday 11.11.2021, so 08.11.2021 is too short
        startWirdAbgewiesen("VG-UNGUELTIG-10", s -> s.put("elektronischeAngebote", "NEIN"), "Feld 'angebotsfrist'", "11.11.2021");
        // notice 07.10.2021, electronic: the 30 days end on Monday 08.11.2021 at 24:00; a deadline at 12:00 that day
        // cuts the last day short (the start in gueltigerStart(), 09.11.2021 00:00, is the earliest that keeps it)
        startWirdAbgewiesen("VG-UNGUELTIG-11", s -> s.put("angebotsfrist", "2021-11-08T12:00:00+01:00"), "Feld 'angebotsfrist'",
                "endet am Montag, 08.11.2021 um 12:00 Uhr", "läuft bis Montag, 08.11.2021 24:00 Uhr", "frühestes zulässiges Ende: Dienstag, 09.11.2021 00:00 Uhr");
        startWirdAbgewiesen("VG-UNGUELTIG-12", s -> s.put("angebotsfrist", "2021-11-08T23:59:00+01:00"), "Feld 'angebotsfrist'", "um 23:59 Uhr");
    }

    @Test
    void aufgabeBleibtBeiUngueltigerEingabeOffenUndNichtsWirdGespeichert() {
        String key = "VG-UNGUELTIG-AUFGABE";
        String instanz = vergabe1.erfolgreich(starten(key, s -> { })).body().path("id").asText();
        EngineRest bewerter1 = vergabe1.als("bewerter1");
        JsonNode erklaerung = bewerter1.aufgaben("assignee=bewerter1&processInstanceBusinessKey=" + q(key)).get(0);
        String taskId = erklaerung.path("id").asText();

        EngineRest.Antwort falscherWert = bewerter1.formularAbsenden(taskId, Map.of("interessenkonflikt", "VIELLEICHT"));
        assertThat(falscherWert.status()).isEqualTo(400);
        assertThat(falscherWert.body().path("message").asText()).contains("Feld 'interessenkonflikt'", "unzulässiger Wert 'VIELLEICHT'", "erlaubt: NEIN, JA");

        EngineRest.Antwort ohneBeschreibung = bewerter1.formularAbsenden(taskId, Map.of("interessenkonflikt", "JA"));
        assertThat(ohneBeschreibung.status()).isEqualTo(400);
        assertThat(ohneBeschreibung.body().path("message").asText())
                .contains("Feld 'interessenkonfliktBeschreibung'", "Pflichtfeld, wenn ein Interessenkonflikt erklärt wird");

        // the task is still open and holds none of the refused values
        assertThat(bewerter1.get("/task/" + taskId).status()).isEqualTo(200);
        assertThat(bewerter1.get("/task/" + taskId + "/variables/interessenkonflikt").body().path("value").isNull()).isTrue();
        assertThat(vergabe1.get("/history/variable-instance?processInstanceId=" + instanz + "&variableName=interessenkonflikt").body().toString())
                .doesNotContain("VIELLEICHT").doesNotContain("\"JA\"");

        bewerter1.erfolgreich(bewerter1.formularAbsenden(taskId, Map.of("interessenkonflikt", "NEIN")));
        assertThat(bewerter1.get("/task/" + taskId).status()).isEqualTo(404);
    }

    @Test
    void gegenzeichnungDurchDieOeffnendePersonWirdAbgewiesen() {
        String key = "VG-UNGUELTIG-VIERAUGEN";
        String instanz = vergabe1.erfolgreich(starten(key, s -> { })).body().path("id").asText();
        EngineRest admin = vergabe1.als("admin");
        String job = admin.get("/job?processInstanceId=" + instanz + "&timers=true&activityId=TimerEvent_AngebotsfristAbgelaufen").body().get(0).path("id").asText();
        admin.erfolgreich(admin.post("/job/" + job + "/execute", Map.of()));

        JsonNode oeffnen = vergabe1.aufgaben("taskDefinitionKey=UserTask_AngeboteOeffnen&processInstanceBusinessKey=" + q(key)).get(0);
        // a price for a bidder who is not in the procedure is refused, nothing is stored
        EngineRest.Antwort fremderBieter = vergabe1.formularAbsenden(oeffnen.path("id").asText(), Map.of(
                "oeffnungsniederschrift", "Ein Angebot fristgerecht eingegangen und unversehrt.",
                "angebotspreise", "Unbekannt GmbH: 1.000,00"));
        assertThat(fremderBieter.status()).isEqualTo(400);
        assertThat(fremderBieter.body().path("message").asText()).contains("Feld 'angebotspreise'", "Zeile 1", "unbekannter Bieter 'Unbekannt GmbH'");
        // an English decimal point is not silently read as a thousands separator or a decimal
        EngineRest.Antwort punkt = vergabe1.formularAbsenden(oeffnen.path("id").asText(), Map.of(
                "oeffnungsniederschrift", "Ein Angebot fristgerecht eingegangen und unversehrt.",
                "angebotspreise", "Aktenwerk Software GmbH: 412000.50"));
        assertThat(punkt.status()).isEqualTo(400);
        assertThat(punkt.body().path("message").asText()).contains("Feld 'angebotspreise'", "'412000.50' ist kein Betrag in Euro");
        assertThat(vergaben.findByBusinessKey(key).orElseThrow().getErstOeffner()).isNull();
        // nobody else completes a task that vergabe1 has claimed
        String oeffnenId = oeffnen.path("id").asText();
        vergabe1.erfolgreich(vergabe1.uebernehmen(oeffnenId));
        EngineRest vergabe2 = vergabe1.als("vergabe2");
        EngineRest.Antwort fremd = vergabe2.formularAbsenden(oeffnenId, Map.of(
                "oeffnungsniederschrift", "Ein Angebot fristgerecht eingegangen und unversehrt.",
                "angebotspreise", "Aktenwerk Software GmbH: 412.000,00"));
        assertThat(fremd.status()).isEqualTo(403);
        assertThat(fremd.body().path("message").asText()).contains("ist vergabe1 zugewiesen");
        assertThat(vergaben.findByBusinessKey(key).orElseThrow().getErstOeffner()).isNull();
        vergabe1.erfolgreich(vergabe1.formularAbsenden(oeffnenId, Map.of(
                "oeffnungsniederschrift", "Ein Angebot fristgerecht eingegangen und unversehrt.",
                "angebotspreise", "Aktenwerk Software GmbH: 412.000,00")));

        // the countersignature is not offered to the first opener (issue 22.6): not in their list, and by its id
        // neither claimed nor completed; the domain's refusal of the same person stays behind it (DmsVergabeProzessTest)
        String gegenzeichnung = "taskDefinitionKey=UserTask_OeffnungGegenzeichnen&processInstanceBusinessKey=" + q(key);
        assertThat(vergabe1.aufgaben(gegenzeichnung)).isEmpty();
        assertThat(vergabe1.aufgaben("candidateGroup=vergabestelle&processInstanceBusinessKey=" + q(key))).isEmpty();
        JsonNode gegenzeichnen = vergabe2.aufgaben(gegenzeichnung).get(0);
        String taskId = gegenzeichnen.path("id").asText();
        assertThat(vergabe1.get("/task/" + taskId).status()).isEqualTo(404);
        assertThat(vergabe1.uebernehmen(taskId).status()).isEqualTo(403);
        EngineRest.Antwort antwort = vergabe1.formularAbsenden(taskId, Map.of("gegenzeichnungVermerk", "Ich zeichne meine eigene Öffnung gegen."));
        assertThat(antwort.status()).isIn(403, 404);
        assertThat(vergaben.findByBusinessKey(key).orElseThrow().getZweitOeffner()).isNull();
        // the second person sees what was opened, with the prices the first person recorded
        assertThat(vergabe2.get("/task/" + taskId + "/form-variables").body().path("oeffnungPreise").path("value").asText())
                .isEqualTo("| Bieter | Angebotspreis (netto) |\n|---|---|\n| Aktenwerk Software GmbH | 412.000,00 EUR |\n");

        // a text beyond the form's maxLength is refused even after the domain accepted the second opener:
        // the whole completion rolls back, the countersignature is not stored
        vergabe2.erfolgreich(vergabe2.uebernehmen(taskId));
        EngineRest.Antwort zuLang = vergabe2.formularAbsenden(taskId, Map.of("gegenzeichnungVermerk", "x".repeat(5000)));
        assertThat(zuLang.status()).isEqualTo(400);
        assertThat(zuLang.body().path("message").asText()).contains("Feld 'gegenzeichnungVermerk'", "höchstens 4000 Zeichen");
        // the message is ours alone: without the REST API's "Cannot submit task form <id>: " (RestFehlermeldungen)
        assertThat(zuLang.body().path("message").asText()).startsWith("Feld 'gegenzeichnungVermerk': ").doesNotContain(taskId)
                .doesNotContain("Cannot");
        assertThat(vergaben.findByBusinessKey(key).orElseThrow().getZweitOeffner()).isNull();
        assertThat(vergabe2.get("/task/" + taskId).status()).isEqualTo(200);
    }
}
