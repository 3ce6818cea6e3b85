package de.leverkusen.vergabe.prozess;

import static de.leverkusen.vergabe.prozess.ProzessTestHelfer.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.leverkusen.vergabe.dokumente.DokumentRepository;
import de.leverkusen.vergabe.schreiben.Schreiben;
import de.leverkusen.vergabe.schreiben.SchreibenService;
import de.leverkusen.vergabe.verfahren.Angebot;
import de.leverkusen.vergabe.verfahren.Vergabe;
import de.leverkusen.vergabe.verfahren.VergabeService;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.camunda.bpm.engine.ExternalTaskService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.externaltask.LockedExternalTask;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The generated documents of one whole procedure, driven through the Java API as in {@link DmsVergabeProzessTest}
 * (four bidders, one excluded for a formal defect, one evaluator with a conflict of interest, council approval,
 * a review application during the standstill that the chamber rejects, award, licence order, notice, end), read
 * through the document API as the demo users. Page 1 of each PDF is rendered to target/dokumente/.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class VergabedokumenteTest {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final DateTimeFormatter ZEIT = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");
    static final String KONFLIKT = "Ehemaliger Geschäftsführer der Kommunal-DMS AG";
    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort int port;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired ManagementService managementService;
    @Autowired ExternalTaskService externalTaskService;
    @Autowired VergabeService vergabeService;
    @Autowired SchreibenService schreibenService;
    @Autowired DokumentRepository dokumente;

    String bk;
    Long vergabeId;
    ProcessInstance pi;
    /** the Vergabevermerk and the list while the offers are being checked */
    Antwort vermerkWaehrendDerPruefung;
    Antwort listeWaehrendDerPruefung;
    Antwort vorlageWaehrendDerPruefung;
    Antwort vorlageVorDemRat;
    Antwort listeNachDemRat;

    record Antwort(int status, String contentType, String dokumentStatus, byte[] body) {
        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    @BeforeAll
    void ganzesVerfahren() {
        bk = "VG-DOK-" + System.nanoTime();
        pi = runtimeService.startProcessInstanceByKey("dms-vergabe", bk, startformular(List.of(AKTENWERK, KOMMUNAL, RHEINLAND, ARCHIVA)));
        vergabeId = (Long) runtimeService.getVariable(pi.getId(), "vergabeId");

        erledigen(erklaerungsaufgabe("bewerter2"), "bewerter2", erklaerung("JA", KONFLIKT));
        erledigen(erklaerungsaufgabe("bewerter1"), "bewerter1", erklaerung("NEIN", null));
        erledigen(erklaerungsaufgabe("bewerter3"), "bewerter3", erklaerung("NEIN", null));

        job("TimerEvent_AngebotsfristAbgelaufen");
        erledigen(aufgabe("UserTask_AngeboteOeffnen"), "vergabe1", oeffnung(runtimeService.getVariable(pi.getId(), "angebote")));
        erledigen(aufgabe("UserTask_OeffnungGegenzeichnen"), "vergabe2", gegenzeichnung());
        erledigen(aufgabeFuer("UserTask_FormalePruefung", ARCHIVA), "vergabe1",
                werte("formalePruefung", "AUSSCHLIESSEN", "formalePruefungVermerk", "Angebot nicht unterschrieben"));
        vermerkWaehrendDerPruefung = get("vergabe1", "/vergabevermerk.pdf");
        listeWaehrendDerPruefung = get("vergabe1", "");
        vorlageWaehrendDerPruefung = get("vergabe1", "/ratsbeschlussvorlage.pdf");
        for (Bieter b : List.of(AKTENWERK, KOMMUNAL, RHEINLAND)) {
            erledigen(aufgabeFuer("UserTask_FormalePruefung", b), "vergabe1", formalePruefung("VOLLSTAENDIG"));
            erledigen(aufgabeFuer("UserTask_AusschlussgruendePruefen", b), "vergabe1", ausschlussgruende("KEINER", "Keine Ausschlussgründe"));
            erledigen(aufgabeFuer("UserTask_EignungPruefen", b), "vergabe2", eignung("ERFUELLT", "ERFUELLT", "ERFUELLT"));
        }

        for (Job termin : managementService.createJobQuery().processInstanceId(pi.getId())
                .activityId("TimerEvent_PraesentationsterminErreicht").list()) {
            managementService.executeJob(termin.getId());
        }
        for (Task t : taskService.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey("UserTask_PraesentationProtokollieren").list()) {
            erledigen(t, "vergabe2", praesentationsprotokoll());
        }
        Map<String, int[]> punkte = Map.of(AKTENWERK.name(), DmsVergabeProzessTest.PUNKTE_AKTENWERK,
                KOMMUNAL.name(), DmsVergabeProzessTest.PUNKTE_KOMMUNAL, RHEINLAND.name(), DmsVergabeProzessTest.PUNKTE_RHEINLAND);
        for (String bewerter : List.of("bewerter1", "bewerter3")) {
            for (Task bogen : taskService.createTaskQuery().processInstanceBusinessKey(bk).taskAssignee(bewerter)
                    .taskDefinitionKey("UserTask_BewertungsbogenAusfuellen").list()) {
                taskService.complete(bogen.getId(), bewertungsbogen(punkte.get((String) taskService.getVariable(bogen.getId(), "bieterName"))));
            }
        }
        for (Task k : taskService.createTaskQuery().processInstanceBusinessKey(bk).taskDefinitionKey("UserTask_WertungKonsolidieren").list()) {
            erledigen(k, "vergabe1", konsolidierung());
        }
        erledigen(aufgabe("UserTask_ZuschlagsvorschlagErstellen"), "vergabe1", zuschlagsvorschlag());
        erledigen(aufgabe("UserTask_ZuschlagsvorschlagFreigeben"), "projektleitung", freigabe("FREIGEGEBEN"));
        erledigen(aufgabe("UserTask_BeschlussvorlageErstellen"), "vergabe1", beschlussvorlage());
        vorlageVorDemRat = get("ratsbuero", "/ratsbeschlussvorlage.pdf");
        erledigen(aufgabe("UserTask_RatsbeschlussErfassen"), "ratsbuero", ratsbeschluss("ZUGESTIMMT", "2021-12-16"));
        listeNachDemRat = get("vergabe1", "");

        erledigen(aufgabe("UserTask_BieterInformieren"), "vergabe1", bieterinformation());
        Antwort antrag = post("vergabe1", "/api/vergaben/" + bk + "/nachpruefungsantrag");
        assertThat(antrag.status()).isEqualTo(204);
        erledigen(aufgabe("UserTask_KammerEntscheidungErfassen"), "vergabe2", kammerEntscheidung("ANTRAG_ZURUECKGEWIESEN", LocalDate.now(BERLIN)));
        // the award waits for the appeal period (§ 172 GWB): the engine's time moves to its end, then back
        Job beschwerdefrist = managementService.createJobQuery().processInstanceId(pi.getId())
                .activityId("TimerEvent_BeschwerdefristAbgelaufen").singleResult();
        ClockUtil.setCurrentTime(beschwerdefrist.getDuedate());
        try {
            managementService.executeJob(beschwerdefrist.getId());
            erledigen(aufgabe("UserTask_ZuschlagErteilen"), "vergabe1", zuschlag());
        } finally {
            ClockUtil.reset();
        }

        erledigen(aufgabe("UserTask_LizenzbestellungPruefen"), "vergabe1", lizenzpruefung());
        List<LockedExternalTask> bestellung = externalTaskService.fetchAndLock(1, "ivl-worker")
                .topic("ivl-lizenzbestellung", 60_000L).businessKey(bk).execute();
        externalTaskService.complete(bestellung.get(0).getId(), "ivl-worker");
        runtimeService.createMessageCorrelation("IvlBestellungBestaetigt").processInstanceBusinessKey(bk)
                .setVariable("ivlReferenz", "IVL-AUF-2022-0815").correlate();
        erledigen(aufgabe("UserTask_LizenzbereitstellungErfassen"), "vergabe1", bereitstellung(1900));
        erledigen(aufgabe("UserTask_BekanntmachungVeroeffentlichen"), "vergabe2",
                bekanntmachung(LocalDate.now(BERLIN).plusDays(5).toString()));
        erledigen(aufgabe("UserTask_VergabevermerkAbschliessen"), "vergabe1", vergabevermerk());
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(pi.getId()).count()).isZero();
        assertThat(vergabeService.vergabe(vergabeId).getStatus()).isEqualTo(Vergabe.Status.ABGESCHLOSSEN);
    }

    // =====================================================================================================
    // Vergabevermerk
    // =====================================================================================================

    @Test
    void vergabevermerk_endfassung_mitAllenAngabenNachParagraf8() throws IOException {
        Antwort a = get("vergabe1", "/vergabevermerk.pdf");
        assertThat(a.status()).isEqualTo(200);
        assertThat(a.contentType()).isEqualTo("application/pdf");
        assertThat(a.dokumentStatus()).isEqualTo("ENDFASSUNG");
        String text = pdfText(a.body(), "vergabevermerk");
        String fliess = text.replaceAll("\\s+", " ");

        assertThat(fliess).doesNotContain("ENTWURF").contains("Vergabevermerk nach § 8 VgV", "Endfassung");
        // authority, subject, value
        assertThat(fliess).contains("Öffentlicher Auftraggeber Stadt Leverkusen", bk,
                "Einführung eines Dokumentenmanagementsystems (DMS)", "1.250.000,00 EUR netto");
        // procedure type and reason
        assertThat(fliess).contains("Offenes Verfahren (§ 15 VgV)", "Regelverfahren nach § 119 Abs. 2 GWB",
                "durch vergabe1, gegengezeichnet von vergabe2");
        // bidders considered and not considered, with reasons
        assertThat(fliess).contains(AKTENWERK.name(), KOMMUNAL.name(), RHEINLAND.name(), ARCHIVA.name(),
                "Formaler Mangel, nicht heilbar (§ 57 Abs. 1 VgV): Angebot nicht unterschrieben",
                "nicht berücksichtigt", "(Rang 2)", "(Rang 3)", "berücksichtigt:", "(ausgeschlossen, § 57",
                "Geringeres Preis-Leistungs-Verhältnis", "Wirtschaftlichstes Angebot: L = 785,00",
                "389.500,00 EUR", "412.000,00 EUR", "455.000,00 EUR", "401.000,00 EUR");
        // abnormally low offers
        assertThat(fliess).contains("Ungewöhnlich niedrige Angebote (§ 60 VgV)", "kein Angebot als ungewöhnlich niedrig eingestuft");
        // conflicts of interest and what was done
        assertThat(fliess).contains("Interessenkonflikt erklärt: Ehemaliger", "Geschäftsführer der Kommunal-DMS AG",
                "von der Wertung ausgeschlossen", "(§ 6 Abs. 1 VgV); keine Bewertungsbögen", "kein Interessenkonflikt");
        // scoring method, criteria, weights, ranking (see DmsVergabeProzessTest.happyPath for the figures), sensitivity
        assertThat(fliess).contains("Einfache Richtwertmethode", "Schriftgutverwaltung und Aktenplan", "Präsentation und Live-Demo",
                "A (Mindestanforderung)", "Barrierefreiheit nach BITV 2.0",
                "785,00", "900,00", "685,00", "0,0020154044", "0,0019780220", "0,0016626214", "Sensitivität", "Faktor unter 1");
        assertThat(fliess).containsPattern("Rheinland Dokumentensysteme GmbH & Co\\. KG \\(Rang 2\\) läge ab einem Angebotspreis von höchstens [0-9.]+,[0-9]{2} EUR vorn");
        // winner and reasons
        assertThat(fliess).contains("Zuschlag erteilt an Kommunal-DMS AG", "Wirtschaftlichstes Angebot",
                "Wirtschaftlichstes Angebot nach der einfachen Richtwertmethode");
        // council
        assertThat(fliess).contains("2021/1234", "Vergabe des Auftrags DMS an den Bestbieter", "verfügbar",
                "Zugestimmt in der Sitzung vom 16.12.2021");
        // letters with their dispatch times
        List<Schreiben> briefe = schreibenService.schreiben(vergabeId);
        assertThat(briefe).hasSize(3 + 4);
        for (Schreiben s : briefe) {
            String zeit = ZEIT.format(s.getVersandtAm().atZoneSameInstant(BERLIN));
            assertThat(text.lines().filter(l -> l.startsWith(zeit + " "))).as(s.getBetreff()).isNotEmpty();
        }
        assertThat(text.lines().filter(l -> l.matches("\\d{2}\\.\\d{2}\\.\\d{4} \\d{2}:\\d{2} (Information nach §|Unterrichtung) .*"))).hasSize(7);
        assertThat(fliess).contains("Information nach § 134 GWB", "Zuschlagserteilung (§ 62 VgV)", "angebot@archiva.ex");
        // review proceedings
        assertThat(fliess).contains("Nachprüfungsantrag zugestellt", "VK 1-23/21", "Antrag zurückgewiesen");
        // audit trail: who did which step when
        assertThat(text.lines().filter(l -> l.contains("Angebote öffnen (1. Person)")).findFirst().orElseThrow())
                .contains("vergabe1").containsPattern("\\d{2}\\.\\d{2}\\.\\d{4} \\d{2}:\\d{2}");
        assertThat(text.lines().filter(l -> l.contains("Angebotsöffnung gegenzeichnen")).findFirst().orElseThrow()).contains("vergabe2");
        assertThat(text.lines().filter(l -> l.contains("Beschluss des Rates erfassen") && l.contains("ratsbuero")).count()).isEqualTo(1);
        assertThat(fliess).contains("Präsentation protokollieren: Kommunal-DMS AG", "Verfahren abschließen",
                "Wartefrist abgelaufen (abgebrochen)");
        // annex: the running record
        assertThat(fliess).contains("Laufende Dokumentation", "Vergabevermerk abgeschlossen");
    }

    @Test
    void vergabevermerk_entwurfWaehrendDesVerfahrens() throws IOException {
        assertThat(vermerkWaehrendDerPruefung.status()).isEqualTo(200);
        assertThat(vermerkWaehrendDerPruefung.dokumentStatus()).isEqualTo("ENTWURF");
        String fliess = pdfText(vermerkWaehrendDerPruefung.body(), "vergabevermerk-entwurf").replaceAll("\\s+", " ");
        assertThat(fliess).contains("ENTWURF", "Das Verfahren läuft noch", "Noch keine Bewertungsbögen abgegeben",
                "Formaler Mangel, nicht heilbar", "Zuschlag noch nicht entschieden");
        assertThat(listeWaehrendDerPruefung.status()).isEqualTo(200);
        JsonNode liste = json(listeWaehrendDerPruefung).get("dokumente");
        assertThat(liste).hasSize(1);
        assertThat(liste.get(0).get("name").asText()).isEqualTo("vergabevermerk.pdf");
        assertThat(liste.get(0).get("entwurf").asBoolean()).isTrue();
        // no draft resolution before there is a winner
        assertThat(vorlageWaehrendDerPruefung.status()).isEqualTo(404);
    }

    @Test
    void endfassungenSindGespeichert_undAendernSichNicht() {
        assertThat(dokumente.findByVergabeIdOrderById(vergabeId)).extracting(d -> d.getName())
                .containsExactlyInAnyOrder("vergabevermerk.pdf", "ratsbeschlussvorlage.pdf", "ratsbeschlussvorlage.docx",
                        "ratsbeschlussvorlage-oparl.json");
        byte[] gespeichert = dokumente.findByVergabeIdAndName(vergabeId, "vergabevermerk.pdf").orElseThrow().getInhalt();
        assertThat(get("projektleitung", "/vergabevermerk.pdf").body()).isEqualTo(gespeichert);
        assertThat(get("admin", "/vergabevermerk.pdf").body()).isEqualTo(gespeichert);
        // the draft resolution became final with the council's decision
        JsonNode liste = json(listeNachDemRat).get("dokumente");
        assertThat(liste).hasSize(4);
        for (JsonNode d : liste) {
            assertThat(d.get("status").asText()).as(d.get("name").asText())
                    .isEqualTo(d.get("name").asText().equals("vergabevermerk.pdf") ? "ENTWURF" : "ENDFASSUNG");
        }
    }

    // =====================================================================================================
    // Ratsbeschlussvorlage
    // =====================================================================================================

    @Test
    void ratsbeschlussvorlage_pdf() throws IOException {
        Antwort a = get("ratsbuero", "/ratsbeschlussvorlage.pdf");
        assertThat(a.status()).isEqualTo(200);
        assertThat(a.contentType()).isEqualTo("application/pdf");
        String fliess = pdfText(a.body(), "ratsbeschlussvorlage").replaceAll("\\s+", " ");
        assertThat(fliess).doesNotContain("ENTWURF");
        pruefeVorlage(fliess);

        assertThat(vorlageVorDemRat.status()).isEqualTo(200);
        assertThat(vorlageVorDemRat.dokumentStatus()).isEqualTo("ENTWURF");
        String entwurf = pdfText(vorlageVorDemRat.body(), "ratsbeschlussvorlage-entwurf").replaceAll("\\s+", " ");
        assertThat(entwurf).contains("ENTWURF");
        pruefeVorlage(entwurf);
    }

    private void pruefeVorlage(String fliess) {
        assertThat(fliess).contains("Beschlussvorlage", "Vorlage Nr. 2021/1234", "Betreff Vergabe des Auftrags DMS an den Bestbieter",
                "Beschlussentwurf", "1. Der Rat der Stadt Leverkusen beschließt", "den Zuschlag auf das Angebot der Kommunal-DMS AG",
                "389.500,00 EUR netto", "2. Die Verwaltung wird beauftragt, die ivl", "Letter of Intent (LoI)", "Abnahme der Lizenzen",
                "Begründung", "Verfahren", "Wertung", "Ergebnis", "4 Angebote sind eingegangen, 3 davon",
                "Rang 1: Kommunal-DMS AG", "Finanzielle Auswirkungen", "Einmalige Kosten 389.500,00 EUR",
                "Laufende Kosten nicht Bestandteil der Angebotsdaten", "Haushaltsmittel verfügbar ja", "Klimarelevanz",
                "Beratungsfolge", "Finanz- und Digitalisierungsausschuss Vorberatung", "Rat der Stadt Leverkusen Entscheidung");
    }

    @Test
    void ratsbeschlussvorlage_docx() throws IOException {
        Antwort a = get("ratsbuero", "/ratsbeschlussvorlage.docx");
        assertThat(a.status()).isEqualTo(200);
        assertThat(a.contentType()).isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(a.body()));
             XWPFWordExtractor extraktor = new XWPFWordExtractor(doc)) {
            String text = extraktor.getText();
            Files.createDirectories(Path.of("target/dokumente"));
            Files.write(Path.of("target/dokumente/ratsbeschlussvorlage.docx"), a.body());
            assertThat(doc.getParagraphs()).extracting(p -> p.getText())
                    .anyMatch(t -> t.startsWith("1. Der Rat der Stadt Leverkusen beschließt") && t.contains("Kommunal-DMS AG"))
                    .anyMatch(t -> t.startsWith("2. Die Verwaltung wird beauftragt, die ivl") && t.contains("LoI"))
                    .contains("Beschlussentwurf", "Begründung", "Finanzielle Auswirkungen", "Klimarelevanz", "Beratungsfolge",
                            "Vorlage Nr.: 2021/1234", "Haushaltsmittel verfügbar: ja");
            assertThat(text).contains("Finanz- und Digitalisierungsausschuss", "Vorberatung", "Entscheidung", "Zugestimmt", "16.12.2021");
        }
    }

    @Test
    void ratsbeschlussvorlage_oparlPaper() {
        Antwort a = get("ratsbuero", "/ratsbeschlussvorlage-oparl.json");
        assertThat(a.status()).isEqualTo(200);
        assertThat(a.contentType()).startsWith("application/json");
        JsonNode paper = json(a);
        assertThat(paper.get("id").asText()).startsWith("http").endsWith("/api/vergaben/" + bk + "/dokumente/ratsbeschlussvorlage-oparl.json");
        assertThat(paper.get("type").asText()).isEqualTo("https://schema.oparl.org/1.1/Paper");
        assertThat(paper.get("name").asText()).isEqualTo("Vergabe des Auftrags DMS an den Bestbieter");
        assertThat(paper.get("reference").asText()).isEqualTo("2021/1234");
        assertThat(paper.get("date").asText()).matches("\\d{4}-\\d{2}-\\d{2}");
        assertThat(paper.get("paperType").asText()).isEqualTo("Beschlussvorlage");
        assertThat(paper.get("mainFile").get("accessUrl").asText()).endsWith("/ratsbeschlussvorlage.pdf");
        JsonNode beratungen = paper.get("consultation");
        assertThat(beratungen).hasSize(2);
        for (JsonNode c : beratungen) {
            assertThat(c.get("type").asText()).isEqualTo("https://schema.oparl.org/1.1/Consultation");
            assertThat(c.get("id").asText()).startsWith("http");
            assertThat(c.get("paper").asText()).isEqualTo(paper.get("id").asText());
            assertThat(c.get("organization").isArray()).isTrue();
        }
        assertThat(beratungen.get(0).get("role").asText()).isEqualTo("Vorberatung");
        assertThat(beratungen.get(0).get("authoritative").asBoolean()).isFalse();
        assertThat(beratungen.get(1).get("role").asText()).isEqualTo("Entscheidung");
        assertThat(beratungen.get(1).get("authoritative").asBoolean()).isTrue();
    }

    // =====================================================================================================
    // access
    // =====================================================================================================

    @Test
    void zugriff_jeRolle() {
        record Fall(String benutzer, String pfad, int status) {
        }
        List<Fall> faelle = List.of(
                new Fall("vergabe1", "", 200), new Fall("vergabe1", "/vergabevermerk.pdf", 200),
                new Fall("vergabe2", "/ratsbeschlussvorlage.docx", 200),
                new Fall("projektleitung", "", 200), new Fall("projektleitung", "/vergabevermerk.pdf", 200),
                new Fall("projektleitung", "/ratsbeschlussvorlage-oparl.json", 200),
                new Fall("admin", "", 200), new Fall("admin", "/ratsbeschlussvorlage.pdf", 200),
                new Fall("ratsbuero", "", 200), new Fall("ratsbuero", "/ratsbeschlussvorlage.pdf", 200),
                new Fall("ratsbuero", "/ratsbeschlussvorlage.docx", 200), new Fall("ratsbuero", "/ratsbeschlussvorlage-oparl.json", 200),
                new Fall("ratsbuero", "/vergabevermerk.pdf", 403),
                new Fall("bewerter1", "", 403), new Fall("bewerter1", "/vergabevermerk.pdf", 403),
                new Fall("bewerter1", "/ratsbeschlussvorlage.pdf", 403),
                new Fall("ivl", "", 403), new Fall("ivl", "/vergabevermerk.pdf", 403), new Fall("ivl", "/ratsbeschlussvorlage.docx", 403),
                new Fall("vergabe1", "/unbekannt.pdf", 404), new Fall(null, "", 401), new Fall(null, "/vergabevermerk.pdf", 401));
        for (Fall f : faelle) {
            assertThat(get(f.benutzer(), f.pfad()).status()).as(f.benutzer() + " GET dokumente" + f.pfad()).isEqualTo(f.status());
        }
        assertThat(anfrage("vergabe1", "/api/vergaben/VG-GIBT-ES-NICHT/dokumente").status()).isEqualTo(404);
        assertThat(anfrage("ratsbuero", "/api/vergaben/VG-GIBT-ES-NICHT/dokumente/ratsbeschlussvorlage.pdf").status()).isEqualTo(404);
        assertThat(anfrage("vergabe1", "/api/vergaben/VG-GIBT-ES-NICHT/dokumente/vergabevermerk.pdf").status()).isEqualTo(404);
        assertThat(json(get("ratsbuero", "")).get("dokumente")).extracting(d -> d.get("name").asText())
                .containsExactly("ratsbeschlussvorlage.pdf", "ratsbeschlussvorlage.docx", "ratsbeschlussvorlage-oparl.json");
        JsonNode alle = json(get("vergabe1", "")).get("dokumente");
        assertThat(alle).extracting(d -> d.get("name").asText() + " " + d.get("contentType").asText() + " " + d.get("entwurf").asBoolean())
                .containsExactly("vergabevermerk.pdf application/pdf false", "ratsbeschlussvorlage.pdf application/pdf false",
                        "ratsbeschlussvorlage.docx application/vnd.openxmlformats-officedocument.wordprocessingml.document false",
                        "ratsbeschlussvorlage-oparl.json application/json false");
    }

    // =====================================================================================================
    // helpers
    // =====================================================================================================

    /** Text of the PDF; page 1 rendered to target/dokumente/<name>.png for a reviewer. */
    static String pdfText(byte[] pdf, String name) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            Path ordner = Path.of("target/dokumente");
            Files.createDirectories(ordner);
            Files.write(ordner.resolve(name + ".pdf"), pdf);
            BufferedImage seite = new PDFRenderer(doc).renderImageWithDPI(0, 100);
            ImageIO.write(seite, "png", ordner.resolve(name + ".png").toFile());
            return new PDFTextStripper().getText(doc);
        }
    }

    private void erledigen(Task task, String benutzer, Map<String, Object> variablen) {
        taskService.claim(task.getId(), benutzer);
        taskService.complete(task.getId(), variablen);
    }

    private Task erklaerungsaufgabe(String bewerter) {
        return taskService.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey("UserTask_InteressenkonfliktErklaeren")
                .taskAssignee(bewerter).singleResult();
    }

    private void job(String aktivitaet) {
        managementService.executeJob(managementService.createJobQuery().processInstanceId(pi.getId()).activityId(aktivitaet)
                .singleResult().getId());
    }

    private Task aufgabe(String key) {
        Task t = taskService.createTaskQuery().processInstanceBusinessKey(bk).taskDefinitionKey(key).singleResult();
        assertThat(t).as("offene Aufgabe " + key).isNotNull();
        return t;
    }

    private Task aufgabeFuer(String key, Bieter bieter) {
        List<Task> tasks = taskService.createTaskQuery().processInstanceBusinessKey(bk).taskDefinitionKey(key).list().stream()
                .filter(t -> bieter.name().equals(taskService.getVariable(t.getId(), "bieterName"))).toList();
        assertThat(tasks).as(key + " für " + bieter.name()).hasSize(1);
        return tasks.get(0);
    }

    private Antwort get(String benutzer, String pfad) {
        return anfrage(benutzer, "/api/vergaben/" + bk + "/dokumente" + pfad);
    }

    private Antwort anfrage(String benutzer, String pfad) {
        return senden(benutzer, HttpRequest.newBuilder(URI.create("http://localhost:" + port + pfad)).GET());
    }

    private Antwort post(String benutzer, String pfad) {
        return senden(benutzer, HttpRequest.newBuilder(URI.create("http://localhost:" + port + pfad)).POST(HttpRequest.BodyPublishers.noBody()));
    }

    private static Antwort senden(String benutzer, HttpRequest.Builder anfrage) {
        if (benutzer != null) {
            anfrage.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((benutzer + ":demo").getBytes(StandardCharsets.UTF_8)));
        }
        try {
            HttpResponse<byte[]> a = HTTP.send(anfrage.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Antwort(a.statusCode(), a.headers().firstValue("Content-Type").orElse(null),
                    a.headers().firstValue("X-Dokument-Status").orElse(null), a.body());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode json(Antwort a) {
        try {
            return JSON.readTree(a.body());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

}
