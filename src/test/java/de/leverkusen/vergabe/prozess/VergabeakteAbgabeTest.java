package de.leverkusen.vergabe.prozess;

import static de.leverkusen.vergabe.prozess.ProzessTestHelfer.*;
import static org.assertj.core.api.Assertions.assertThat;

import de.leverkusen.vergabe.aktenabgabe.Aktenabgabe;
import de.leverkusen.vergabe.aktenabgabe.AktenabgabeRepository;
import de.leverkusen.vergabe.aktenabgabe.AktenabgabeService;
import de.leverkusen.vergabe.aktenabgabe.DmsAblage;
import de.leverkusen.vergabe.aktenabgabe.XdomeaContainer;
import de.leverkusen.vergabe.dokumente.Dokument;
import de.leverkusen.vergabe.dokumente.DokumentRepository;
import de.leverkusen.vergabe.rest.EngineRest;
import de.leverkusen.vergabe.schreiben.Schreiben;
import de.leverkusen.vergabe.schreiben.SchreibenService;
import de.leverkusen.vergabe.verfahren.Vergabe;
import de.leverkusen.vergabe.verfahren.VergabeRepository;
import de.leverkusen.vergabe.verfahren.VergabeService;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The Vergabeakte as xdomea 3.0.0 Abgabe.Abgabe.0401: one whole awarded tender ({@link Ausschreibungslauf}) and one
 * cancelled procedure, the container read through the API as the Vergabestelle and the Projektleitung, the message
 * validated against the official schema, every stored document, letter, the running record and the audit trail found
 * in it; the delivery to a DMS drop folder exactly once, also after a crash at each step.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class VergabeakteAbgabeTest {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @LocalServerPort int port;
    @Autowired ProcessEngine engine;
    @Autowired RuntimeService runtime;
    @Autowired TaskService tasks;
    @Autowired VergabeService vergaben;
    @Autowired VergabeRepository vergabeRepository;
    @Autowired DokumentRepository dokumente;
    @Autowired SchreibenService schreiben;
    @Autowired AktenabgabeRepository abgaben;
    @Autowired AktenabgabeService abgabeService;
    @Autowired PlatformTransactionManager transaktionen;
    @Autowired Clock clock;
    @Autowired JdbcTemplate jdbc;
    @Autowired ApplicationContext kontext;

    String bk;
    Vergabe vergabe;
    /** the hand-over as the end of the procedure left it, before anyone asked for the file */
    Optional<Aktenabgabe> nachDemEnde;

    @BeforeAll
    void ganzesVerfahren() {
        bk = "VG-AKTE-" + System.nanoTime();
        new Ausschreibungslauf(engine).durchlaufen(bk);
        vergabe = vergabeRepository.findByBusinessKey(bk).orElseThrow();
        nachDemEnde = abgaben.findByVergabeId(vergabe.getId());
    }

    @AfterEach
    void uhr() {
        ClockUtil.reset();
    }

    @Test
    void dasEndeDesVerfahrensMerktDieAbgabeVor_dieAkteEntstehtErstDanach() {
        assertThat(vergabe.getStatus()).isEqualTo(Vergabe.Status.ABGESCHLOSSEN);
        assertThat(nachDemEnde).isPresent();
        // written in the step that ended the procedure; the container is built outside the user's step
        assertThat(nachDemEnde.get().getInhalt()).isNull();
        assertThat(nachDemEnde.get().getZugestelltAm()).isNull();
        // delivery to the DMS is off by default: no worker (switched on: ProduktionsprofilTest)
        assertThat(kontext.getBeansOfType(DmsAblage.class)).isEmpty();
    }

    @Test
    void akteAlsXdomeaAbgabe_gueltigUndVollstaendig() throws Exception {
        HttpResponse<byte[]> antwort = rest("vergabe1").getRoh("/api/vergaben/" + bk + "/akte.zip");
        assertThat(antwort.statusCode()).isEqualTo(200);
        assertThat(antwort.headers().firstValue("Content-Type")).hasValue("application/zip");
        String prozessId = antwort.headers().firstValue("X-Xdomea-ProzessID").orElseThrow();
        assertThat(antwort.headers().firstValue("Content-Disposition").orElseThrow())
                .contains("attachment").contains(prozessId + "_Abgabe.Abgabe.0401.zip");
        XdomeaContainer c = XdomeaContainer.lesen(antwort.body());
        // for a look with other tools (xmllint, the DMS's import): target/vergabeakte/
        Files.createDirectories(Path.of("target/vergabeakte"));
        Files.write(Path.of("target/vergabeakte", prozessId + "_Abgabe.Abgabe.0401.zip"), antwort.body());

        // the message first, named <ProzessID>_Abgabe.Abgabe.0401.xml, valid against the official xdomea.xsd
        assertThat(c.nachrichtName).isEqualTo(prozessId + "_Abgabe.Abgabe.0401.xml");
        assertThat(c.schemaVerstoesse()).isEmpty();
        assertThat(c.xml.getDocumentElement().getLocalName()).isEqualTo("Abgabe.Abgabe.0401");
        assertThat(c.xml.getDocumentElement().getPrefix()).isEqualTo("xdomea");
        assertThat(c.text("Kopf", "ProzessID")).isEqualTo(prozessId);
        assertThat(c.text("Kopf", "Nachrichtentyp")).startsWith("0401");
        assertThat(c.text("Kopf", "Absender", "Institution", "Name")).isEqualTo("Stadt Leverkusen");
        assertThat(c.text("Kopf", "Absender", "Organisationseinheit", "Name")).isEqualTo("Vergabestelle");
        assertThat(c.text("Kopf", "Importbestaetigung")).isEqualTo("1");

        // the Akte: subject, Aktenzeichen, retention; the award was on the day the standstill ended
        assertThat(c.text("Schriftgutobjekt", "Akte", "AllgemeineMetadaten", "Betreff"))
                .isEqualTo("Einführung eines Dokumentenmanagementsystems (DMS)");
        assertThat(c.text("Schriftgutobjekt", "Akte", "AllgemeineMetadaten", "Kennzeichen")).isEqualTo(bk);
        assertThat(c.text("Schriftgutobjekt", "Akte", "AllgemeineMetadaten", "Bemerkung"))
                .contains("Zuschlag an " + vergaben.angebot(vergabe.getZuschlagAngebotId()).getBieterName());
        assertThat(c.text("Schriftgutobjekt", "Akte", "ArchivspezifischeMetadaten", "Aufbewahrungsdauer", "AnzahlJahre")).isEqualTo("3");
        LocalDate zuschlag = vergabe.getZuschlagAm().atZoneSameInstant(BERLIN).toLocalDate();
        // three years from the day of the award (§ 8 Abs. 4 VgV); the day-for-day rule itself: AufbewahrungsfristTest
        assertThat(c.text("Schriftgutobjekt", "Akte", "ArchivspezifischeMetadaten", "Aufbewahrungsende"))
                .isEqualTo(LocalDate.of(zuschlag.getYear() + 3, zuschlag.getMonth(), zuschlag.getDayOfMonth()).toString());
        assertThat(c.text("Schriftgutobjekt", "Akte", "Laufzeit", "Beginn"))
                .isEqualTo(vergabe.getAngelegtAm().atZoneSameInstant(BERLIN).toLocalDate().toString());
        assertThat(c.text("Schriftgutobjekt", "Akte", "ZdA")).isEqualTo("1");

        // every file of the container is named in the message, every name has its file
        List<XdomeaContainer.Format> formate = c.formate();
        List<String> dateien = new ArrayList<>(c.dateien.keySet());
        dateien.remove(c.nachrichtName);
        assertThat(formate).extracting(XdomeaContainer.Format::dateiname).containsExactlyInAnyOrderElementsOf(dateien);
        assertThat(dateien).allMatch(n -> n.matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\\.[a-z]+"));

        // every document the procedure stored, byte for byte, the Ratsbeschlussvorlage as one document in three formats
        List<Dokument> gespeichert = dokumente.findByVergabeIdOrderById(vergabe.getId());
        assertThat(gespeichert).extracting(Dokument::getName).contains("vergabevermerk.pdf", "ratsbeschlussvorlage.pdf",
                "ratsbeschlussvorlage.docx", "ratsbeschlussvorlage-oparl.json", "vergabebekanntmachung.xml");
        for (Dokument d : gespeichert) {
            XdomeaContainer.Format f = format(formate, d.getName());
            assertThat(c.dateien.get(f.dateiname())).as(d.getName()).isEqualTo(d.getInhalt());
        }
        assertThat(formate).filteredOn(f -> f.original().startsWith("ratsbeschlussvorlage"))
                .extracting(XdomeaContainer.Format::dokumentBetreff).containsOnly("Beschlussvorlage für den Rat " + vergabe.getVorlageNummer())
                .hasSize(3);
        assertThat(format(formate, "ratsbeschlussvorlage.docx").code()).isEqualTo("035");
        assertThat(format(formate, "vergabebekanntmachung.xml").code()).isEqualTo("030");
        assertThat(format(formate, "vergabevermerk.pdf").code()).isIn("018", "044");

        // every letter to a bidder with its text
        List<Schreiben> briefe = schreiben.schreiben(vergabe.getId());
        assertThat(briefe).isNotEmpty();
        List<String> brieftexte = formate.stream().filter(f -> f.original().startsWith("schreiben-"))
                .map(f -> new String(c.dateien.get(f.dateiname()), StandardCharsets.UTF_8)).toList();
        assertThat(brieftexte).hasSameSizeAs(briefe);
        for (Schreiben s : briefe) {
            assertThat(brieftexte).anyMatch(t -> t.contains(s.getText()) && t.contains("An: " + s.getEmpfaenger()));
        }

        // the running record: one line per entry after the header, the last one the closing of the Vergabevermerk
        String vermerk = csv(c, formate, "laufende-dokumentation.csv");
        assertThat(vermerk.lines().count()).isEqualTo(vergaben.vermerke(vergabe.getId()).size() + 1);
        assertThat(vermerk).contains("Vergabevermerk abgeschlossen");
        // the audit trail: the steps with person and time, in the CSV and in the Akte's history entries
        assertThat(csv(c, formate, "verlauf.csv")).contains("\"Vergabevermerk abschließen (§ 8 VgV)\";\"Aufgabe\";\"vergabe1\"")
                .contains("\"Zuschlagsvorschlag freigeben\";\"Aufgabe\";\"projektleitung\"");
        assertThat(formate).extracting(XdomeaContainer.Format::original).contains("bedienprotokoll.csv");
        List<String> akteure = c.texte("Akteur");
        List<String> aktionen = c.texte("Aktion");
        assertThat(aktionen).contains("Vergabe: Vergabevermerk abschließen (§ 8 VgV)");
        assertThat(akteure.get(aktionen.indexOf("Vergabe: Vergabevermerk abschließen (§ 8 VgV)"))).isEqualTo("vergabe1");
        assertThat(akteure.get(aktionen.indexOf("Vergabe: Zuschlagsvorschlag freigeben"))).isEqualTo("projektleitung");

        // built once: the next download and the Projektleitung's are the same bytes
        assertThat(rest("projektleitung").getRoh("/api/vergaben/" + bk + "/akte.zip").body()).isEqualTo(antwort.body());
    }

    @Test
    void nurVergabestelleProjektleitungUndAdmin_undErstNachDemEnde() {
        String pfad = "/api/vergaben/" + bk + "/akte.zip";
        assertThat(rest("vergabe2").getRoh(pfad).statusCode()).isEqualTo(200);
        assertThat(rest("admin").getRoh(pfad).statusCode()).isEqualTo(200);
        for (String ohne : List.of("bewerter1", "ratsbuero", "ivl")) {
            HttpResponse<byte[]> a = rest(ohne).getRoh(pfad);
            assertThat(a.statusCode()).as(ohne).isEqualTo(403);
            assertThat(new String(a.body(), StandardCharsets.UTF_8)).contains("keine Berechtigung für die Vergabeakte");
        }
        assertThat(EngineRest.anonym(port, "").getRoh(pfad).statusCode()).isEqualTo(401);
        assertThat(rest("vergabe1").getRoh("/api/vergaben/VG-GIBT-ES-NICHT/akte.zip").statusCode()).isEqualTo(404);

        String laufend = "VG-AKTE-LAUFEND-" + System.nanoTime();
        new Ausschreibungslauf(engine).starten(laufend);
        HttpResponse<byte[]> vorDemEnde = rest("vergabe1").getRoh("/api/vergaben/" + laufend + "/akte.zip");
        assertThat(vorDemEnde.statusCode()).isEqualTo(404);
        assertThat(new String(vorDemEnde.body(), StandardCharsets.UTF_8)).contains("liegt erst vor, wenn das Verfahren abgeschlossen oder aufgehoben ist");
        assertThat(jdbc.queryForObject("select count(*) from aktenabgabe a join vergabe v on v.id = a.vergabe_id where v.business_key = ?",
                Integer.class, laufend)).isZero();
    }

    @Test
    void zustellungInsAblageverzeichnis_genauEinmal_auchNachAbbruchInJedemSchritt(@TempDir Path ablage) throws Exception {
        Aktenabgabe a = abgabeService.abgabe(vergabe).orElseThrow();
        byte[] container = a.getInhalt();
        Path ziel = ablage.resolve(a.getProzessId() + "_Abgabe.Abgabe.0401.zip");
        Path teil = ablage.resolve("." + a.getProzessId() + "_Abgabe.Abgabe.0401.zip.part");
        DmsAblage dms = new DmsAblage(abgaben, abgabeService, transaktionen, clock, ablage, Duration.ofMinutes(10), Duration.ofMinutes(5));

        // delivered (the scheduled round calls this for every due one): the container as downloaded, under its
        // xdomea name, no part file left
        assertThat(abgaben.faellig(OffsetDateTime.now(clock))).contains(a.getId());
        assertThat(dms.zustellen(a.getId())).isTrue();
        assertThat(Files.readAllBytes(ziel)).isEqualTo(container);
        assertThat(dateien(ablage)).containsExactly(ziel.getFileName().toString());
        assertThat(abgaben.findById(a.getId()).orElseThrow().getZugestelltAm()).isNotNull();
        assertThat(abgaben.findById(a.getId()).orElseThrow().getZugestelltAls()).isEqualTo(ziel.toString());

        // delivered is delivered: the DMS takes the file away, the next rounds bring nothing again
        Files.delete(ziel);
        assertThat(abgaben.faellig(OffsetDateTime.now(clock))).doesNotContain(a.getId());
        assertThat(dms.zustellen(a.getId())).isFalse();
        assertThat(dateien(ablage)).isEmpty();

        // crash after the part file was written and recorded, before the rename: the retry only renames
        zuruecksetzen(a, true);
        Files.write(teil, container);
        assertThat(dms.zustellen(a.getId())).isTrue();
        assertThat(dateien(ablage)).containsExactly(ziel.getFileName().toString());
        assertThat(Files.readAllBytes(ziel)).isEqualTo(container);

        // crash after the rename, before it was recorded: the file there is not written again
        zuruecksetzen(a, true);
        Files.write(ziel, "schon beim DMS".getBytes(StandardCharsets.UTF_8));
        assertThat(dms.zustellen(a.getId())).isTrue();
        assertThat(Files.readString(ziel)).isEqualTo("schon beim DMS");

        // the same, and the DMS had already taken the file: nothing is delivered a second time
        Files.delete(ziel);
        zuruecksetzen(a, true);
        assertThat(dms.zustellen(a.getId())).isTrue();
        assertThat(dateien(ablage)).isEmpty();

        // crash while writing the part file (nothing recorded yet): written anew, complete
        zuruecksetzen(a, false);
        Files.write(teil, new byte[] {1, 2, 3});
        assertThat(dms.zustellen(a.getId())).isTrue();
        assertThat(dateien(ablage)).containsExactly(ziel.getFileName().toString());
        assertThat(Files.readAllBytes(ziel)).isEqualTo(container);
    }

    @Test
    void fehlendesAblageverzeichnis_wirdVermerktUndNachDerWartezeitWiederholt(@TempDir Path basis) throws Exception {
        Aktenabgabe a = abgabeService.abgabe(vergabe).orElseThrow();
        zuruecksetzen(a, false);
        Path ablage = basis.resolve("dms-eingang");
        DmsAblage dms = new DmsAblage(abgaben, abgabeService, transaktionen, clock, ablage, Duration.ofMinutes(10), Duration.ofMinutes(5));

        assertThat(dms.zustellen(a.getId())).isFalse();
        Aktenabgabe fehlgeschlagen = abgaben.findById(a.getId()).orElseThrow();
        assertThat(fehlgeschlagen.getVersuche()).isEqualTo(1);
        assertThat(fehlgeschlagen.getLetzterFehler()).contains("Ablageverzeichnis des DMS fehlt");
        assertThat(fehlgeschlagen.getZugestelltAm()).isNull();

        Files.createDirectories(ablage);
        // within the wait of 5 minutes nothing is tried; 6 minutes later it is delivered
        assertThat(dms.zustellen(a.getId())).isFalse();
        ClockUtil.setCurrentTime(Date.from(clock.instant().plus(Duration.ofMinutes(6))));
        assertThat(dms.zustellen(a.getId())).isTrue();
        assertThat(Files.readAllBytes(ablage.resolve(a.getProzessId() + "_Abgabe.Abgabe.0401.zip"))).isEqualTo(a.getInhalt());
        assertThat(abgaben.findById(a.getId()).orElseThrow().getLetzterFehler()).isNull();
    }

    @Test
    void aufgehobenesVerfahren_akteOhneZuschlag_aufbewahrtAbDemEnde() throws Exception {
        String aufgehoben = "VG-AKTE-AUFGEHOBEN-" + System.nanoTime();
        Ausschreibungslauf lauf = new Ausschreibungslauf(engine);
        String pi = lauf.starten(aufgehoben);
        for (String b : BEWERTER) {
            erledigen(tasks.createTaskQuery().processInstanceId(pi).taskDefinitionKey("UserTask_InteressenkonfliktErklaeren")
                    .taskAssignee(b).singleResult(), b, erklaerung("NEIN", null));
        }
        lauf.angebotsfristAblaufen(pi);
        erledigen(aufgabe(aufgehoben, "UserTask_AngeboteOeffnen"), "vergabe1", oeffnung(runtime.getVariable(pi, "angebotspreise")));
        erledigen(aufgabe(aufgehoben, "UserTask_OeffnungGegenzeichnen"), "vergabe2", gegenzeichnung());
        for (Task t : tasks.createTaskQuery().processInstanceBusinessKey(aufgehoben).taskDefinitionKey("UserTask_FormalePruefung").list()) {
            erledigen(t, "vergabe1", formalePruefung("AUSSCHLIESSEN"));
        }
        // no admissible offer: the Vergabestelle names the ground of § 63 (1) VgV, the notices and the record follow
        erledigen(aufgabe(aufgehoben, "UserTask_AufhebungBegruenden"), "vergabe1", java.util.Map.of(
                "aufhebungsgrund", "KEIN_ANGEBOT_ENTSPRICHT_DEN_BEDINGUNGEN", "aufhebungsbegruendung", "Alle Angebote sind formal ausgeschlossen."));
        for (String schritt : java.util.List.of("ServiceTask_AufhebungMitteilen", "ServiceTask_AufhebungsvermerkAblegen")) {
            engine.getManagementService().createJobQuery().processInstanceId(pi).activityId(schritt).list()
                    .forEach(j -> engine.getManagementService().executeJob(j.getId()));
        }
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(pi).count()).isZero();

        HttpResponse<byte[]> antwort = rest("vergabe1").getRoh("/api/vergaben/" + aufgehoben + "/akte.zip");
        assertThat(antwort.statusCode()).isEqualTo(200);
        XdomeaContainer c = XdomeaContainer.lesen(antwort.body());
        assertThat(c.schemaVerstoesse()).isEmpty();
        assertThat(c.text("Schriftgutobjekt", "Akte", "AllgemeineMetadaten", "Bemerkung")).contains("aufgehoben: § 63 Abs. 1 Satz 1 Nr. 1 VgV: kein Angebot eingegangen ist, das den Bedingungen entspricht", "Alle Angebote sind formal ausgeschlossen.");
        Aktenabgabe a = abgaben.findAll().stream().filter(x -> x.getProzessId().toString()
                .equals(antwort.headers().firstValue("X-Xdomea-ProzessID").orElseThrow())).findFirst().orElseThrow();
        // no award: three years from the day the procedure ended
        LocalDate ende = a.getAngelegtAm().atZoneSameInstant(BERLIN).toLocalDate();
        assertThat(c.text("Schriftgutobjekt", "Akte", "ArchivspezifischeMetadaten", "Aufbewahrungsende"))
                .isEqualTo(LocalDate.of(ende.getYear() + 3, ende.getMonth(), ende.getDayOfMonth()).toString());
        assertThat(c.text("Schriftgutobjekt", "Akte", "ZdADatum")).isEqualTo(ende.toString());
        List<XdomeaContainer.Format> formate = c.formate();
        assertThat(formate).extracting(XdomeaContainer.Format::original).contains("vergabevermerk.pdf", "laufende-dokumentation.csv",
                "verlauf.csv").doesNotContain("vergabebekanntmachung.xml", "ratsbeschlussvorlage.pdf");
        assertThat(c.dateien.get(format(formate, "vergabevermerk.pdf").dateiname()))
                .isEqualTo(dokumente.findByVergabeIdAndName(a.getVergabeId(), "vergabevermerk.pdf").orElseThrow().getInhalt());
    }

    /** Back to a state a crash leaves: not recorded as delivered, with or without the recorded start of the delivery. */
    private void zuruecksetzen(Aktenabgabe a, boolean begonnen) {
        jdbc.update("update aktenabgabe set zugestellt_am = null, zugestellt_als = null, gesperrt_bis = null, letzter_fehler = null, "
                + "versuche = 0" + (begonnen ? "" : ", zustellung_begonnen_am = null") + " where id = ?", a.getId());
        if (begonnen) {
            jdbc.update("update aktenabgabe set zustellung_begonnen_am = coalesce(zustellung_begonnen_am, erstellt_am) where id = ?", a.getId());
        }
    }

    private static List<String> dateien(Path verzeichnis) throws Exception {
        try (Stream<Path> s = Files.list(verzeichnis)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static XdomeaContainer.Format format(List<XdomeaContainer.Format> formate, String original) {
        return formate.stream().filter(f -> f.original().equals(original)).findFirst()
                .orElseThrow(() -> new AssertionError("nicht in der Nachricht: " + original));
    }

    private static String csv(XdomeaContainer c, List<XdomeaContainer.Format> formate, String name) {
        return new String(c.dateien.get(format(formate, name).dateiname()), StandardCharsets.UTF_8);
    }

    private EngineRest rest(String benutzer) {
        return new EngineRest(port, "", benutzer, "demo");
    }

    private void erledigen(Task task, String benutzer, Map<String, Object> variablen) {
        tasks.claim(task.getId(), benutzer);
        tasks.complete(task.getId(), variablen);
    }

    private Task aufgabe(String key, String definition) {
        Task t = tasks.createTaskQuery().processInstanceBusinessKey(key).taskDefinitionKey(definition).singleResult();
        assertThat(t).as(definition).isNotNull();
        return t;
    }
}
