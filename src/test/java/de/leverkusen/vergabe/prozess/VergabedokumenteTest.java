package de.leverkusen.vergabe.prozess;

import static de.leverkusen.vergabe.prozess.ProzessTestHelfer.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.leverkusen.vergabe.dokumente.Akte;
import de.leverkusen.vergabe.dokumente.AktenLeser;
import de.leverkusen.vergabe.dokumente.Bekanntmachungsangaben;
import de.leverkusen.vergabe.dokumente.DokumentRepository;
import de.leverkusen.vergabe.dokumente.DokumentformateTest;
import de.leverkusen.vergabe.dokumente.Dokumentstand;
import de.leverkusen.vergabe.dokumente.OparlSchema;
import de.leverkusen.vergabe.dokumente.VergabebekanntmachungXml;
import de.leverkusen.vergabe.dokumente.EformsRegeln;
import de.leverkusen.vergabe.konfiguration.Demoausschreibung;
import de.leverkusen.vergabe.schreiben.Schreiben;
import de.leverkusen.vergabe.schreiben.SchreibenService;
import de.leverkusen.vergabe.verfahren.Angebot;
import de.leverkusen.vergabe.verfahren.Vergabe;
import de.leverkusen.vergabe.verfahren.VergabeService;
import de.leverkusen.vergabe.wertung.BewertungService;
import de.leverkusen.vergabe.wertung.Wertungsrechner;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
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
    @Autowired BewertungService bewertungService;
    @Autowired AktenLeser aktenLeser;

    String bk;
    Long vergabeId;
    ProcessInstance pi;
    /** the Vergabevermerk and the list while the offers are being checked */
    Antwort vermerkWaehrendDerPruefung;
    Antwort listeWaehrendDerPruefung;
    Antwort vorlageWaehrendDerPruefung;
    Antwort vorlageVorDemRat;
    Antwort listeNachDemRat;
    Antwort listeVorDemRat;
    /** per stage: the documents list's light read and what the whole Akte says */
    final Map<String, Dokumentstand[]> staende = new java.util.LinkedHashMap<>();
    /** the award notice task completed through the REST API without a required input, and the notice before it */
    Antwort bekanntmachungOhneRegistriernummer;
    Antwort bekanntmachungVorDerAufgabe;
    /** value of the variable businessKey as each task with a document link saw it */
    final Map<String, Object> businessKeyJeAufgabe = new java.util.HashMap<>();

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
        erledigen(aufgabe("UserTask_AngeboteOeffnen"), "vergabe1", oeffnung(runtimeService.getVariable(pi.getId(), "angebotspreise")));
        erledigen(aufgabe("UserTask_OeffnungGegenzeichnen"), "vergabe2", gegenzeichnung());
        erledigen(aufgabeFuer("UserTask_FormalePruefung", ARCHIVA), "vergabe1",
                werte("formalePruefung", "AUSSCHLIESSEN", "formalePruefungVermerk", "Angebot nicht unterschrieben"));
        vermerkWaehrendDerPruefung = get("vergabe1", "/vergabevermerk.pdf");
        listeWaehrendDerPruefung = get("vergabe1", "");
        stand("Prüfung");
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
        // the end of each sheet is asynchronous (the job executor's part)
        for (ProcessInstance bogen : runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(bk)
                .processDefinitionKey("bewertungsbogen").list()) {
            for (Job job : managementService.createJobQuery().processInstanceId(bogen.getId()).list()) {
                managementService.executeJob(job.getId());
            }
        }
        for (Task k : taskService.createTaskQuery().processInstanceBusinessKey(bk).taskDefinitionKey("UserTask_WertungKonsolidieren").list()) {
            erledigen(k, "vergabe1", konsolidierung());
        }
        // the ranking after the last consolidation is asynchronous, too
        job("ServiceTask_WertungBerechnen");
        erledigen(aufgabe("UserTask_ZuschlagsvorschlagErstellen"), "vergabe1", zuschlagsvorschlag());
        erledigen(aufgabe("UserTask_ZuschlagsvorschlagFreigeben"), "projektleitung", freigabe("FREIGEGEBEN"));
        erledigen(aufgabe("UserTask_BeschlussvorlageErstellen"), "vergabe1", beschlussvorlage());
        vorlageVorDemRat = get("ratsbuero", "/ratsbeschlussvorlage.pdf");
        listeVorDemRat = get("vergabe1", "");
        stand("vor dem Rat");
        erledigen(aufgabe("UserTask_RatsbeschlussErfassen"), "ratsbuero", ratsbeschluss("ZUGESTIMMT", "2021-12-16"));
        job("ServiceTask_RatsvorlageAblegen");
        listeNachDemRat = get("vergabe1", "");
        stand("nach dem Rat");

        erledigen(aufgabe("UserTask_BieterInformieren"), "vergabe1", bieterinformation());
        job("ServiceTask_BieterinformationVersenden");
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
            job("ServiceTask_ZuschlagsinformationVersenden");
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
        Task bekanntmachung = aufgabe("UserTask_BekanntmachungVeroeffentlichen");
        bekanntmachungVorDerAufgabe = get("vergabe2", "/vergabebekanntmachung.xml");
        taskService.claim(bekanntmachung.getId(), "vergabe2");
        Map<String, Object> ohneNummer = bekanntmachung(LocalDate.now(BERLIN).plusDays(5).toString());
        ohneNummer.remove("auftraggeberRegistriernummer");
        bekanntmachungOhneRegistriernummer = abschliessenUeberRest("vergabe2", bekanntmachung.getId(), ohneNummer);
        assertThat(dokumente.findByVergabeIdAndName(vergabeId, "vergabebekanntmachung.xml")).isEmpty();
        // the notice is dispatched after the award (which happened at the end of the appeal period): the clock goes
        // there again, a day later, so contract date <= dispatch date as in real life
        ClockUtil.setCurrentTime(new java.util.Date(beschwerdefrist.getDuedate().getTime() + java.time.Duration.ofDays(1).toMillis()));
        try {
            erledigen(aufgabe("UserTask_BekanntmachungVeroeffentlichen"), "vergabe2",
                    bekanntmachung(LocalDate.now(BERLIN).plusDays(5).toString()));
        } finally {
            ClockUtil.reset();
        }
        erledigen(aufgabe("UserTask_VergabevermerkAbschliessen"), "vergabe1", vergabevermerk());
        job("ServiceTask_VergabevermerkAblegen");
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(pi.getId()).count()).isZero();
        assertThat(vergabeService.vergabe(vergabeId).getStatus()).isEqualTo(Vergabe.Status.ABGESCHLOSSEN);
        stand("abgeschlossen");
    }

    private void stand(String stufe) {
        Vergabe v = vergabeService.vergabe(vergabeId);
        staende.put(stufe, new Dokumentstand[] {aktenLeser.stand(v), Dokumentstand.aus(aktenLeser.lesen(v))});
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
                "Einführung eines Dokumentenmanagementsystems (DMS)", "480.000,00 EUR netto");
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
        assertThat(fliess).contains("Ungewöhnlich niedrige Angebote (§ 60 VgV)", "kein Angebot lag über den Aufgreifschwellen");
        // conflicts of interest and what was done
        // (table cells wrap with the embedded font's metrics; the text extraction reads the table line by line across
        // the columns, so a cell's words are checked in order, with other cells' lines allowed in between)
        assertThat(fliess).containsPattern("Interessenkonflikt erklärt: Ehemaliger .*Geschäftsführer der Kommunal-DMS")
                .containsPattern("von der Wertung .*ausgeschlossen .*§ 6 Abs\\. 1 .*keine Bewertungsbögen")
                .contains("kein Interessenkonflikt", "wirkt an der Wertung mit");
        // scoring method, criteria, weights, ranking (see DmsVergabeProzessTest.happyPath for the figures), sensitivity
        assertThat(fliess).contains("Einfache Richtwertmethode", "Schriftgutverwaltung und Aktenplan", "Präsentation und Live-Demo",
                "A (Mindestanforderung)", "Barrierefreiheit nach BITV 2.0",
                "785,00", "900,00", "685,00", "0,0020154044", "0,0019780220", "0,0016626214", "Sensitivität", "Faktor unter 1");
        assertThat(fliess).containsPattern("Rheinland Dokumentensysteme GmbH & Co\\. KG \\(Rang 2\\) läge ab einem Angebotspreis von höchstens [0-9.]+,[0-9]{2} EUR vorn");
        // winner and reasons
        assertThat(fliess).contains("Zuschlag erteilt an Kommunal-DMS AG", "Wirtschaftlichstes Angebot")
                .containsPattern("Wirtschaftlichstes Angebot nach der .*einfachen .*Richtwertmethode");
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

    /**
     * No document lies (issue 18): every fact that the Vergabevermerk, the § 134 letters, the award notice and the
     * council draft state is read here from the procedure's tables — not typed into the test — and written in German
     * notation by the test itself; each document must state it so.
     */
    @Test
    void jedeTatsacheJedesDokumentsStammtAusDenTabellen() throws Exception {
        Vergabe vergabe = vergabeService.vergabe(vergabeId);
        Angebot gewinner = vergabeService.angebot(vergabe.getZuschlagAngebotId());
        List<Wertungsrechner.Rang> rangfolge = bewertungService.rangfolge(vergabeId);
        String methode = bewertungService.katalog(vergabeId).methodenbeschreibung();
        List<Angebot> angebote = vergabeService.angebote(vergabeId);
        List<Schreiben> information134 = schreibenService.schreiben(vergabeId).stream()
                .filter(b -> b.getArt() == Schreiben.Art.INFORMATION_134).toList();

        String vermerk = pdfText(get("vergabe1", "/vergabevermerk.pdf").body(), "vergabevermerk-fakten").replaceAll("\\s+", " ");
        String vorlage = pdfText(get("ratsbuero", "/ratsbeschlussvorlage.pdf").body(), "ratsbeschlussvorlage-fakten").replaceAll("\\s+", " ");
        org.w3c.dom.Document bekanntmachung = dom(get("vergabe1", "/vergabebekanntmachung.xml").body());

        // the winner, and the published method from the frozen evaluation basis, in every document
        assertThat(rangfolge.get(0).angebotId()).isEqualTo(gewinner.getId());
        for (String dokument : List.of(vermerk, vorlage)) {
            assertThat(dokument).contains(gewinner.getBieterName(), euroDe(gewinner.getPreis()));
            assertThat(dokument.replace(" ", "")).contains(methode.replace(" ", ""));
        }
        // § 134 Abs. 2 GWB by hand: the standstill begins the day after the last dispatch (from the table), 10 days by
        // e-mail, 15 otherwise; the contract may be concluded on the day after its last day. (The procedure's own
        // earliest date moved later: the rejected review application added the appeal period.)
        LocalDate letzterVersand = information134.stream().map(b -> b.getVersandtAm().atZoneSameInstant(BERLIN).toLocalDate())
                .max(LocalDate::compareTo).orElseThrow();
        int tage = information134.stream().allMatch(b -> b.getVersand() == Schreiben.Versand.EMAIL) ? 10 : 15;
        String fruehestens = "frühestens am " + DATUM_DE.format(letzterVersand.plusDays(tage + 1));
        assertThat(information134).isNotEmpty().allSatisfy(b -> assertThat(b.getText()).contains(gewinner.getBieterName(), fruehestens));
        // the method where it decided: in the letters to the bidders that were ranked (not to one excluded before)
        assertThat(information134).filteredOn(b -> rangfolge.stream().anyMatch(r -> r.angebotId().equals(b.getAngebotId())))
                .hasSize(rangfolge.size() - 1).allSatisfy(b -> assertThat(b.getText()).contains(methode));
        String gewinnerOrg = xpath(bekanntmachung, "//efac:NoticeResult/efac:TenderingParty[cbc:ID = //efac:NoticeResult/efac:LotTender/efac:TenderingParty/cbc:ID]/efac:Tenderer/cbc:ID");
        assertThat(xpath(bekanntmachung, "//efac:Company[cac:PartyIdentification/cbc:ID = '" + gewinnerOrg + "']/cac:PartyName/cbc:Name"))
                .isEqualTo(gewinner.getBieterName());
        assertThat(new BigDecimal(xpath(bekanntmachung, "//efac:NoticeResult/efac:LotTender/cac:LegalMonetaryTotal/cbc:PayableAmount")))
                .isEqualByComparingTo(gewinner.getPreis());
        assertThat(xpath(bekanntmachung, "//cac:AwardingTerms/cac:AwardingCriterion/cbc:CalculationExpression")).contains(methode); // BT-543

        // every offer with its price; the ranking with L and Z as the ranking computed them
        for (Angebot a : angebote) {
            assertThat(vermerk).as(a.getBieterName()).contains(a.getBieterName(), euroDe(a.getPreis()));
        }
        for (Wertungsrechner.Rang r : rangfolge) {
            String l = zahlDe(r.leistung());
            String z = zahlDe(r.kennzahl());
            assertThat(vermerk).as("Rang " + r.rang()).contains(l, z);
            if (r.rang() > 1) {
                Angebot a = vergabeService.angebot(r.angebotId());
                // table cells wrap: the words of "<bidder> (Rang n)" in order, other cells' words allowed in between
                assertThat(vermerk).containsPattern(inFolge(r.bieter() + " (Rang " + r.rang() + ")"));
                Schreiben brief = information134.stream().filter(b -> b.getAngebotId().equals(a.getId())).findFirst().orElseThrow();
                assertThat(brief.getText()).as("§ 134 an " + r.bieter())
                        .contains("belegt Ihr Angebot Rang " + r.rang() + " mit " + l + " Leistungspunkten und Z = " + z)
                        .contains("erreicht " + zahlDe(rangfolge.get(0).leistung()) + " Leistungspunkte und Z = " + zahlDe(rangfolge.get(0).kennzahl()));
            }
        }
        // the excluded offer: its reason in the record and in its letter
        for (Angebot a : angebote.stream().filter(a -> a.getStatus() == Angebot.Status.AUSGESCHLOSSEN).toList()) {
            assertThat(vermerk).contains(a.getAusschlussgrund());
            assertThat(information134.stream().filter(b -> b.getAngebotId().equals(a.getId())).findFirst().orElseThrow().getText())
                    .contains(a.getAusschlussgrund());
        }
        // dates: the council's session, the award, the letters' dispatch
        assertThat(vermerk).contains(DATUM_DE.format(vergabe.getRatsbeschlussDatum()), vergabe.getVorlageNummer());
        assertThat(vorlage).contains(vergabe.getVorlageNummer());
        String zuschlagstag = DATUM_DE.format(vergabe.getZuschlagAm().atZoneSameInstant(BERLIN));
        assertThat(vermerk).contains(zuschlagstag);
        assertThat(xpath(bekanntmachung, "/can:ContractAwardNotice/cac:TenderResult/cbc:AwardDate"))
                .startsWith(vergabe.getZuschlagAm().atZoneSameInstant(BERLIN).toLocalDate().toString());
        for (Schreiben b : information134) {
            assertThat(vermerk).contains(ZEIT.format(b.getVersandtAm().atZoneSameInstant(BERLIN)));
        }
        // the procedure type as recorded, in words and as the eForms code
        assertThat(vermerk).contains(vergabe.getVerfahrensart().text());
        assertThat(xpath(bekanntmachung, "/can:ContractAwardNotice/cac:TenderingProcess/cbc:ProcedureCode"))
                .isEqualTo(switch (vergabe.getVerfahrensart()) {
                    case OFFENES_VERFAHREN -> "open";
                    case NICHT_OFFENES_VERFAHREN -> "restricted";
                    case VERHANDLUNGSVERFAHREN_MIT_TEILNAHMEWETTBEWERB -> "neg-w-call";
                    case WETTBEWERBLICHER_DIALOG -> "comp-dial";
                });
    }

    static final DateTimeFormatter DATUM_DE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    /** The words of a text in their order, with at most a few other words between two of them (wrapped table cells). */
    static java.util.regex.Pattern inFolge(String text) {
        return java.util.regex.Pattern.compile(java.util.Arrays.stream(text.split(" ")).map(java.util.regex.Pattern::quote)
                .collect(Collectors.joining(" (?:\\S+ ){0,8}")));
    }

    /** German notation written independently of the application's formatter: 389500 -> "389.500,00 EUR". */
    static String euroDe(BigDecimal betrag) {
        return String.format(java.util.Locale.GERMANY, "%,.2f EUR", betrag);
    }

    /** Every digit of the figure with a decimal comma: 0.0020154044 -> "0,0020154044" (values below 1,000 here). */
    static String zahlDe(BigDecimal zahl) {
        assertThat(zahl.abs()).isLessThan(new BigDecimal("1000"));
        return zahl.toPlainString().replace('.', ',');
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
                        "ratsbeschlussvorlage-oparl.json", "vergabebekanntmachung.xml");
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

    /**
     * The documents list and the storing of final documents decide from the procedure's row and ranking alone, not
     * from the whole Akte: at each stage both reads agree. Expected: during the formal check no winner yet; before
     * the council a winner (the draft resolution exists as a draft); after the council's approval the resolution is
     * final; at the end everything is.
     */
    @Test
    void dokumentstand_ohneAkte_wieAusDerAkte() {
        assertThat(staende).containsOnlyKeys("Prüfung", "vor dem Rat", "nach dem Rat", "abgeschlossen");
        staende.forEach((stufe, s) -> assertThat(s[0]).as(stufe).isEqualTo(s[1]));
        assertThat(staende.get("Prüfung")[0]).isEqualTo(new Dokumentstand(false, false, false));
        assertThat(staende.get("vor dem Rat")[0]).isEqualTo(new Dokumentstand(false, true, false));
        assertThat(staende.get("nach dem Rat")[0]).isEqualTo(new Dokumentstand(false, true, true));
        assertThat(staende.get("abgeschlossen")[0]).isEqualTo(new Dokumentstand(true, true, true));
        // before the council: the Vergabevermerk and the three forms of the draft resolution, all drafts
        JsonNode liste = json(listeVorDemRat).get("dokumente");
        assertThat(liste).extracting(d -> d.get("name").asText() + " " + d.get("status").asText()).containsExactly(
                "vergabevermerk.pdf ENTWURF", "ratsbeschlussvorlage.pdf ENTWURF", "ratsbeschlussvorlage.docx ENTWURF",
                "ratsbeschlussvorlage-oparl.json ENTWURF");
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

    @Test
    void ratsbeschlussvorlage_oparl_gueltigNachOparl11_undJedeIdLiefertIhrObjekt() {
        JsonNode paper = json(get("ratsbuero", "/ratsbeschlussvorlage-oparl.json"));
        OparlSchema.pruefen(paper, "Paper");
        // every id in the paper, with the OParl type the object behind it must have
        Map<String, String> ids = new java.util.LinkedHashMap<>();
        ids.put(paper.get("id").asText(), "Paper");
        ids.put(paper.get("mainFile").get("id").asText(), "File");
        paper.get("mainFile").get("paper").forEach(p -> ids.put(p.asText(), "Paper"));
        for (JsonNode c : paper.get("consultation")) {
            OparlSchema.pruefen(c, "Consultation");
            ids.put(c.get("id").asText(), "Consultation");
            ids.put(c.get("paper").asText(), "Paper");
            c.get("organization").forEach(o -> ids.put(o.asText(), "Organization"));
        }
        assertThat(ids.values()).contains("Paper", "File", "Consultation", "Organization");
        assertThat(ids).hasSize(1 + 1 + 2 + 2);
        for (Map.Entry<String, String> id : ids.entrySet()) {
            assertThat(id.getKey()).startsWith("http://localhost:" + port + "/");
            Antwort a = senden("ratsbuero", HttpRequest.newBuilder(URI.create(id.getKey())).GET());
            assertThat(a.status()).as(id.getKey()).isEqualTo(200);
            JsonNode objekt = json(a);
            assertThat(objekt.get("id").asText()).as(id.getKey()).isEqualTo(id.getKey());
            assertThat(objekt.get("type").asText()).as(id.getKey()).isEqualTo("https://schema.oparl.org/1.1/" + id.getValue());
            OparlSchema.pruefen(objekt, id.getValue());
        }
        // an embedded object is the object its id serves
        assertThat(json(senden("ratsbuero", HttpRequest.newBuilder(URI.create(paper.get("consultation").get(1).get("id").asText())).GET())))
                .isEqualTo(paper.get("consultation").get(1));
        // the file's accessUrl is the PDF itself
        Antwort pdf = senden("ratsbuero", HttpRequest.newBuilder(URI.create(paper.get("mainFile").get("accessUrl").asText())).GET());
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.contentType()).isEqualTo("application/pdf");
        // the same rights as the paper: evaluators and ivl read none of it; unknown parts are 404
        String beratung = paper.get("consultation").get(0).get("id").asText();
        String gremium = paper.get("consultation").get(0).get("organization").get(0).asText();
        for (String benutzer : List.of("bewerter1", "ivl")) {
            assertThat(senden(benutzer, HttpRequest.newBuilder(URI.create(beratung)).GET()).status()).isEqualTo(403);
            assertThat(senden(benutzer, HttpRequest.newBuilder(URI.create(gremium)).GET()).status()).isEqualTo(403);
        }
        assertThat(senden(null, HttpRequest.newBuilder(URI.create(gremium)).GET()).status()).isEqualTo(401);
        assertThat(anfrage("ratsbuero", "/api/vergaben/" + bk + "/oparl/consultation/3").status()).isEqualTo(404);
        assertThat(anfrage("ratsbuero", "/api/oparl/organization/hauptausschuss").status()).isEqualTo(404);
        assertThat(anfrage("ratsbuero", "/api/vergaben/VG-GIBT-ES-NICHT/oparl/consultation/1").status()).isEqualTo(404);
    }

    /** No document shows an internal constant or enum key (e.g. LEISTUNG_DANN_PREIS, ABGESCHLOSSEN_X, IN_WERTUNG). */
    @Test
    void keinDokumentZeigtInterneKonstanten() throws Exception {
        Map<String, String> texte = new java.util.LinkedHashMap<>();
        texte.put("vergabevermerk.pdf", DokumentformateTest.pdfText(get("vergabe1", "/vergabevermerk.pdf").body()));
        texte.put("vergabevermerk-entwurf.pdf", DokumentformateTest.pdfText(vermerkWaehrendDerPruefung.body()));
        texte.put("ratsbeschlussvorlage.pdf", DokumentformateTest.pdfText(get("ratsbuero", "/ratsbeschlussvorlage.pdf").body()));
        texte.put("ratsbeschlussvorlage-entwurf.pdf", DokumentformateTest.pdfText(vorlageVorDemRat.body()));
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(get("ratsbuero", "/ratsbeschlussvorlage.docx").body()));
             XWPFWordExtractor ex = new XWPFWordExtractor(doc)) {
            texte.put("ratsbeschlussvorlage.docx", ex.getText());
        }
        texte.put("ratsbeschlussvorlage-oparl.json", DokumentformateTest.jsonText(json(get("ratsbuero", "/ratsbeschlussvorlage-oparl.json"))));
        texte.put("vergabebekanntmachung.xml", xmlText(dom(get("vergabe1", "/vergabebekanntmachung.xml").body()).getDocumentElement()));
        for (Map.Entry<String, String> t : texte.entrySet()) {
            assertThat(t.getValue()).as(t.getKey()).isNotBlank();
            assertThat(DokumentformateTest.konstanten(t.getValue())).as(t.getKey()).isEmpty();
        }
    }

    // =====================================================================================================
    // Vergabebekanntmachung (eForms)
    // =====================================================================================================

    @Test
    void vergabebekanntmachung_eformsXml_gueltigGegenDasSdkSchema_mitDenWertenDesVerfahrens() throws Exception {
        Antwort a = get("vergabe1", "/vergabebekanntmachung.xml");
        assertThat(a.status()).isEqualTo(200);
        assertThat(a.contentType()).isEqualTo("application/xml");
        assertThat(a.dokumentStatus()).isEqualTo("ENDFASSUNG");
        Files.createDirectories(Path.of("target/dokumente"));
        Files.write(Path.of("target/dokumente/vergabebekanntmachung.xml"), a.body());

        // the schema of the SDK jar, read here on its own (not through the application's EformsSchema)
        java.net.URL xsd = getClass().getClassLoader().getResource("eforms-sdk/schemas/maindoc/UBL-ContractAwardNotice-2.3.xsd");
        assertThat(xsd).isNotNull();
        javax.xml.validation.SchemaFactory.newInstance(javax.xml.XMLConstants.W3C_XML_SCHEMA_NS_URI).newSchema(xsd).newValidator()
                .validate(new javax.xml.transform.stream.StreamSource(new ByteArrayInputStream(a.body())));

        // the values of this run, read from its tables
        Vergabe vergabe = vergabeService.vergabe(vergabeId);
        Angebot gewinner = vergabeService.angebot(vergabe.getZuschlagAngebotId());
        assertThat(gewinner.getBieterName()).isEqualTo(KOMMUNAL.name());
        String vergabetag = vergabe.getZuschlagAm().atZoneSameInstant(BERLIN).toLocalDate().toString();
        org.w3c.dom.Document xml = dom(a.body());
        assertThat(xpath(xml, "/can:ContractAwardNotice/ext:UBLExtensions//efac:NoticeSubType/cbc:SubTypeCode")).isEqualTo("29");
        assertThat(xpath(xml, "/can:ContractAwardNotice/cbc:NoticeTypeCode")).isEqualTo("can-standard");
        assertThat(xpath(xml, "/can:ContractAwardNotice/cbc:RegulatoryDomain")).isEqualTo("32014L0024");
        assertThat(xpath(xml, "/can:ContractAwardNotice/cac:TenderingProcess/cbc:ProcedureCode")).isEqualTo("open");
        assertThat(xpath(xml, "/can:ContractAwardNotice/cac:ProcurementProject/cac:MainCommodityClassification/cbc:ItemClassificationCode"))
                .isEqualTo("48311100");
        assertThat(xpath(xml, "/can:ContractAwardNotice/cac:ProcurementProject/cbc:Name")).isEqualTo(vergabe.getTitel());
        // four offers received (one of them excluded), the winner's price as value of the contract and of the notice
        assertThat(xpath(xml, "//efac:LotResult/efac:ReceivedSubmissionsStatistics/efbc:StatisticsNumeric"))
                .isEqualTo(String.valueOf(vergabeService.angebote(vergabeId).size())).isEqualTo("4");
        assertThat(new BigDecimal(xpath(xml, "//efac:NoticeResult/cbc:TotalAmount"))).isEqualByComparingTo(gewinner.getPreis());
        assertThat(new BigDecimal(xpath(xml, "//efac:NoticeResult/efac:LotTender/cac:LegalMonetaryTotal/cbc:PayableAmount")))
                .isEqualByComparingTo("389500.00");
        assertThat(xpath(xml, "//efac:NoticeResult/efac:LotTender/cac:LegalMonetaryTotal/cbc:PayableAmount/@currencyID")).isEqualTo("EUR");
        // lowest and highest admitted offer (Archiva's excluded offer of 401,000 lies between and changes neither)
        assertThat(new BigDecimal(xpath(xml, "//efac:LotResult/cbc:LowerTenderAmount"))).isEqualByComparingTo("389500.00");
        assertThat(new BigDecimal(xpath(xml, "//efac:LotResult/cbc:HigherTenderAmount"))).isEqualByComparingTo(RHEINLAND.preis());
        // the winner, through tender -> tendering party -> organisation
        String organisation = xpath(xml, "//efac:NoticeResult/efac:TenderingParty[cbc:ID = //efac:NoticeResult/efac:LotTender/efac:TenderingParty/cbc:ID]/efac:Tenderer/cbc:ID");
        assertThat(xpath(xml, "//efac:Organizations/efac:Organization/efac:Company[cac:PartyIdentification/cbc:ID = '" + organisation
                + "']/cac:PartyName/cbc:Name")).isEqualTo(KOMMUNAL.name());
        assertThat(xpath(xml, "//efac:Company[cac:PartyIdentification/cbc:ID = '" + organisation + "']/efbc:CompanySizeCode")).isEqualTo("medium");
        assertThat(xpath(xml, "//efac:Company[cac:PartyIdentification/cbc:ID = '" + organisation + "']/cac:PartyLegalEntity/cbc:CompanyID"))
                .isEqualTo("HRA 4711 (Amtsgericht Köln)");
        // award date = date of the award in Leverkusen, also the conclusion of the contract
        assertThat(xpath(xml, "/can:ContractAwardNotice/cac:TenderResult/cbc:AwardDate")).startsWith(vergabetag);
        assertThat(xpath(xml, "//efac:SettledContract/cbc:IssueDate")).startsWith(vergabetag);
        // the buyer with the inputs of the form
        String auftraggeber = xpath(xml, "/can:ContractAwardNotice/cac:ContractingParty/cac:Party/cac:PartyIdentification/cbc:ID");
        assertThat(xpath(xml, "//efac:Company[cac:PartyIdentification/cbc:ID = '" + auftraggeber + "']/cac:PartyName/cbc:Name"))
                .isEqualTo("Stadt Leverkusen");
        assertThat(xpath(xml, "//efac:Company[cac:PartyIdentification/cbc:ID = '" + auftraggeber + "']/cac:PostalAddress/cbc:CountrySubentityCode"))
                .isEqualTo("DEA24");
        assertThat(xpath(xml, "//efac:Company[cac:PartyIdentification/cbc:ID = '" + auftraggeber + "']/cac:PartyLegalEntity/cbc:CompanyID"))
                .isEqualTo("05316000-DMS-07");
        String kammer = xpath(xml, "//cac:AppealTerms/cac:AppealReceiverParty/cac:PartyIdentification/cbc:ID");
        assertThat(xpath(xml, "//efac:Company[cac:PartyIdentification/cbc:ID = '" + kammer + "']/cac:PartyName/cbc:Name"))
                .isEqualTo("Vergabekammer Rheinland");
        assertThat(xpath(xml, "/can:ContractAwardNotice/cac:ProcurementProjectLot/cac:ProcurementProject/cbc:ID")).isEqualTo(bk);
        // BT-04 is the one of the contract notice, entered at the start and stored with the procedure
        assertThat(vergabe.getVerfahrenskennung()).isEqualTo(Demoausschreibung.VERFAHRENSKENNUNG);
        assertThat(xpath(xml, "/can:ContractAwardNotice/cbc:ContractFolderID")).isEqualTo(Demoausschreibung.VERFAHRENSKENNUNG);
        // the winner's contact: the e-mail address of its offer
        assertThat(xpath(xml, "//efac:Company[cac:PartyIdentification/cbc:ID = '" + organisation + "']/cac:Contact/cbc:ElectronicMail"))
                .isEqualTo(gewinner.getBieterEmail());
        // award and contract (the Zuschlag) not after the dispatch of the notice
        String versandtag = xpath(xml, "/can:ContractAwardNotice/cbc:IssueDate");
        assertThat(java.time.LocalDate.parse(vergabetag)).isBeforeOrEqualTo(java.time.LocalDate.parse(versandtag.substring(0, 10)));
        // the business rules of the SDK (phase eforms-29) and of eForms-DE: no error
        assertThat(EformsRegeln.euFehler(a.body())).as("EU-Regeln").isEmpty();
        assertThat(EformsRegeln.deFehler(a.body())).as("eForms-DE-Regeln").isEmpty();

        // stored once, served as stored; in the running record
        assertThat(dokumente.findByVergabeIdAndName(vergabeId, "vergabebekanntmachung.xml").orElseThrow().getInhalt()).isEqualTo(a.body());
        assertThat(vergabeService.vermerke(vergabeId)).extracting(v -> v.getText())
                .anyMatch(t -> t.startsWith("Vergabebekanntmachung (eForms, Untertyp 29) 2021/S 250-123456 erstellt"));
        // before the task there was none
        assertThat(bekanntmachungVorDerAufgabe.status()).isEqualTo(404);
        assertThat(bekanntmachungVorDerAufgabe.text()).contains("Vergabebekanntmachung veröffentlichen");
    }

    /**
     * The notice is built from the Akte without history and ranking (its click does not wait for the history): the
     * same input gives the same bytes as from the whole Akte, so it quotes nothing that only the history holds.
     */
    @Test
    void vergabebekanntmachung_ausDenTabellen_wieAusDerGanzenAkte() {
        Vergabe v = vergabeService.vergabe(vergabeId);
        Bekanntmachungsangaben angaben = Bekanntmachungsangaben.aus(bekanntmachung("2022-03-01")::get);
        // dispatched a day after the award (a notice dated before the award is refused)
        OffsetDateTime zeit = v.getZuschlagAm().plusDays(1);
        java.util.function.Function<Akte, String> xml = akte -> new String(VergabebekanntmachungXml.erzeugen(
                akte, v.getVerfahrensart(), angaben, "c3b4c1d2-0000-4000-8000-000000000001", v.getVerfahrenskennung(), "zuschlag@example.org", zeit),
                StandardCharsets.UTF_8);
        Akte ohneVerlauf = aktenLeser.lesenOhneVerlauf(v);
        assertThat(ohneVerlauf.verlauf()).isEmpty();
        assertThat(ohneVerlauf.wertung()).isNull();
        assertThat(xml.apply(ohneVerlauf)).isEqualTo(xml.apply(aktenLeser.lesen(v))).contains("<efac:SettledContract>");
    }

    @Test
    void vergabebekanntmachung_ohnePflichtangabe_400_mitDemFeld() {
        assertThat(bekanntmachungOhneRegistriernummer.status()).isEqualTo(400);
        assertThat(bekanntmachungOhneRegistriernummer.text()).contains("auftraggeberRegistriernummer", "Pflichtfeld fehlt");
    }

    // =====================================================================================================
    // links from the task forms, opened with the session of Tasklist
    // =====================================================================================================

    @Test
    void formulareVerlinkenIhreDokumente_undDieLinksFuehrenZumDokument() throws IOException {
        record Link(String form, String aufgabe, String benutzer, String dokument) {
        }
        List<Link> links = List.of(
                new Link("zuschlagsvorschlag-freigeben", "UserTask_ZuschlagsvorschlagFreigeben", "projektleitung", "vergabevermerk.pdf"),
                new Link("ratsbeschlussvorlage-erstellen", "UserTask_BeschlussvorlageErstellen", "vergabe1", "ratsbeschlussvorlage.pdf"),
                new Link("ratsbeschluss-erfassen", "UserTask_RatsbeschlussErfassen", "ratsbuero", "ratsbeschlussvorlage.pdf"),
                new Link("bieterinformation-versenden", "UserTask_BieterInformieren", "vergabe1", "vergabevermerk.pdf"),
                new Link("vergabebekanntmachung-veroeffentlichen", "UserTask_BekanntmachungVeroeffentlichen", "vergabe2", "vergabebekanntmachung.xml"),
                new Link("vergabevermerk-abschliessen", "UserTask_VergabevermerkAbschliessen", "vergabe1", "vergabevermerk.pdf"));
        java.util.regex.Pattern markdown = java.util.regex.Pattern.compile("\\]\\((/api/vergaben/\\{\\{businessKey}}/dokumente/[^)]+)\\)");
        for (Link l : links) {
            JsonNode form = JSON.readTree(Path.of("forms", l.form() + ".form").toFile());
            List<String> ziele = new java.util.ArrayList<>();
            for (JsonNode c : form.get("components")) {
                if ("text".equals(c.path("type").asText())) {
                    markdown.matcher(c.path("text").asText()).results().forEach(m -> ziele.add(m.group(1)));
                }
            }
            assertThat(ziele).as(l.form()).contains("/api/vergaben/{{businessKey}}/dokumente/" + l.dokument());
            // the template variable is readable in the task's scope (Tasklist fills {{businessKey}} from it)
            assertThat(businessKeyJeAufgabe.get(l.aufgabe())).as(l.aufgabe()).isEqualTo(bk);
            for (String ziel : ziele) {
                Antwort a = anfrage(l.benutzer(), ziel.replace("{{businessKey}}", bk));
                assertThat(a.status()).as(l.form() + " -> " + ziel + " als " + l.benutzer()).isEqualTo(200);
            }
        }
    }

    @Test
    void dokumenteMitDerSitzungVonTasklist_ohneBasic() {
        String pfad = "/api/vergaben/" + bk + "/dokumente/vergabebekanntmachung.xml";
        HttpClient vergabe1 = angemeldetInTasklist("vergabe1");
        Antwort a = mitSitzung(vergabe1, pfad, "GET");
        assertThat(a.status()).isEqualTo(200);
        assertThat(a.body()).isEqualTo(get("vergabe1", "/vergabebekanntmachung.xml").body());
        assertThat(mitSitzung(vergabe1, "/api/vergaben/" + bk + "/dokumente/vergabevermerk.pdf", "GET").status()).isEqualTo(200);
        assertThat(mitSitzung(vergabe1, "/api/vergaben/" + bk + "/dokumente", "GET").status()).isEqualTo(200);
        // the session opens documents only: a POST to the procedure API still needs Basic
        assertThat(mitSitzung(vergabe1, "/api/vergaben/" + bk + "/nachpruefungsantrag", "POST").status()).isEqualTo(401);
        assertThat(mitSitzung(vergabe1, "/engine-rest/task", "GET").status()).isEqualTo(401);

        // the same role checks: an evaluator logged into Tasklist gets no document, the Ratsbüro only the resolution
        HttpClient bewerter = angemeldetInTasklist("bewerter1");
        assertThat(mitSitzung(bewerter, pfad, "GET").status()).isEqualTo(403);
        assertThat(mitSitzung(bewerter, "/api/vergaben/" + bk + "/dokumente/vergabevermerk.pdf", "GET").status()).isEqualTo(403);
        HttpClient ratsbuero = angemeldetInTasklist("ratsbuero");
        assertThat(mitSitzung(ratsbuero, "/api/vergaben/" + bk + "/dokumente/ratsbeschlussvorlage.pdf", "GET").status()).isEqualTo(200);
        assertThat(mitSitzung(ratsbuero, pfad, "GET").status()).isEqualTo(403);
        // no session, no Basic: 401
        assertThat(mitSitzung(HttpClient.newBuilder().cookieHandler(new java.net.CookieManager()).build(), pfad, "GET").status()).isEqualTo(401);
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
                new Fall("vergabe2", "/vergabebekanntmachung.xml", 200), new Fall("projektleitung", "/vergabebekanntmachung.xml", 200),
                new Fall("admin", "/vergabebekanntmachung.xml", 200), new Fall("ratsbuero", "/vergabebekanntmachung.xml", 403),
                new Fall("bewerter1", "/vergabebekanntmachung.xml", 403), new Fall("ivl", "/vergabebekanntmachung.xml", 403),
                new Fall("vergabe1", "/unbekannt.pdf", 404), new Fall(null, "", 401), new Fall(null, "/vergabevermerk.pdf", 401),
                new Fall(null, "/vergabebekanntmachung.xml", 401));
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
                        "ratsbeschlussvorlage-oparl.json application/json false", "vergabebekanntmachung.xml application/xml false");
    }

    // =====================================================================================================
    // helpers
    // =====================================================================================================

    /** Text of the PDF, which must be PDF/A-2b (veraPDF); page 1 rendered to target/dokumente/<name>.png for a reviewer. */
    static String pdfText(byte[] pdf, String name) throws IOException {
        de.leverkusen.vergabe.dokumente.PdfA.pruefen(pdf, name);
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
        businessKeyJeAufgabe.put(task.getTaskDefinitionKey(), taskService.getVariable(task.getId(), "businessKey"));
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

    /** Completes a task as Tasklist does: POST /engine-rest/task/{id}/complete with the variables, as the user. */
    private Antwort abschliessenUeberRest(String benutzer, String taskId, Map<String, Object> variablen) {
        Map<String, Object> werte = new java.util.HashMap<>();
        variablen.forEach((k, v) -> werte.put(k, Map.of("value", v)));
        try {
            return senden(benutzer, HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/engine-rest/task/" + taskId + "/complete"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("variables", werte)))));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Logs into Tasklist as the browser does (login form of the webapps, with the CSRF token the webapp hands out);
     * the returned client keeps the session cookie.
     */
    private HttpClient angemeldetInTasklist(String benutzer) {
        java.net.CookieManager kekse = new java.net.CookieManager();
        HttpClient client = HttpClient.newBuilder().cookieHandler(kekse).build();
        try {
            HttpResponse<String> start = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/camunda/app/tasklist/default/"))
                    .GET().build(), HttpResponse.BodyHandlers.ofString());
            String token = start.headers().firstValue("X-XSRF-TOKEN").orElse(null);
            HttpRequest.Builder login = HttpRequest.newBuilder(URI.create("http://localhost:" + port
                            + "/camunda/api/admin/auth/user/default/login/tasklist"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("username=" + benutzer + "&password=demo"));
            if (token != null) {
                login.header("X-XSRF-TOKEN", token);
            }
            HttpResponse<String> antwort = client.send(login.build(), HttpResponse.BodyHandlers.ofString());
            assertThat(antwort.statusCode()).as("Anmeldung " + benutzer + ": " + antwort.body()).isEqualTo(200);
            return client;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private Antwort mitSitzung(HttpClient client, String pfad, String methode) {
        try {
            HttpResponse<byte[]> a = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + pfad))
                    .method(methode, HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Antwort(a.statusCode(), a.headers().firstValue("Content-Type").orElse(null),
                    a.headers().firstValue("X-Dokument-Status").orElse(null), a.body());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static org.w3c.dom.Document dom(byte[] xml) throws Exception {
        javax.xml.parsers.DocumentBuilderFactory f = javax.xml.parsers.DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    private static final Map<String, String> NAMENSRAEUME = Map.of(
            "can", "urn:oasis:names:specification:ubl:schema:xsd:ContractAwardNotice-2",
            "cac", "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2",
            "cbc", "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2",
            "ext", "urn:oasis:names:specification:ubl:schema:xsd:CommonExtensionComponents-2",
            "efac", "http://data.europa.eu/p27/eforms-ubl-extension-aggregate-components/1",
            "efbc", "http://data.europa.eu/p27/eforms-ubl-extension-basic-components/1");

    private static String xpath(org.w3c.dom.Document xml, String ausdruck) throws Exception {
        javax.xml.xpath.XPath x = javax.xml.xpath.XPathFactory.newInstance().newXPath();
        x.setNamespaceContext(new javax.xml.namespace.NamespaceContext() {
            public String getNamespaceURI(String praefix) { return NAMENSRAEUME.get(praefix); }
            public String getPrefix(String uri) { return null; }
            public java.util.Iterator<String> getPrefixes(String uri) { return null; }
        });
        String wert = x.evaluate(ausdruck, xml);
        assertThat(wert).as(ausdruck).isNotEmpty();
        return wert;
    }

    /** The text nodes of the XML, one a line (so that neighbouring values do not run together). */
    private static String xmlText(org.w3c.dom.Node knoten) {
        StringBuilder b = new StringBuilder();
        if (knoten.getNodeType() == org.w3c.dom.Node.TEXT_NODE) {
            b.append(knoten.getNodeValue().strip()).append('\n');
        }
        for (org.w3c.dom.Node k = knoten.getFirstChild(); k != null; k = k.getNextSibling()) {
            b.append(xmlText(k));
        }
        return b.toString();
    }

    private static JsonNode json(Antwort a) {
        try {
            return JSON.readTree(a.body());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

}
