package de.leverkusen.vergabe.prozess;

import static de.leverkusen.vergabe.prozess.ProzessTestHelfer.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;

import de.leverkusen.vergabe.dokumente.AktenLeser;
import de.leverkusen.vergabe.fristen.Fristenrechner;
import de.leverkusen.vergabe.konfiguration.Demoausschreibung;
import de.leverkusen.vergabe.lizenz.Lizenzbestellung;
import de.leverkusen.vergabe.lizenz.LizenzbestellungService;
import de.leverkusen.vergabe.modelle.BewertungsbogenProzess;
import de.leverkusen.vergabe.schreiben.Schreiben;
import de.leverkusen.vergabe.schreiben.SchreibenService;
import de.leverkusen.vergabe.verfahren.Angebot;
import de.leverkusen.vergabe.verfahren.Bewerter;
import de.leverkusen.vergabe.verfahren.Bieterliste;
import de.leverkusen.vergabe.verfahren.Teilnahmeantrag;
import de.leverkusen.vergabe.verfahren.Teilnahmewettbewerbe;
import de.leverkusen.vergabe.verfahren.Vergabe;
import de.leverkusen.vergabe.verfahren.VergabeService;
import de.leverkusen.vergabe.verfahren.Vergabeantrag;
import de.leverkusen.vergabe.verfahren.Vermerk;
import de.leverkusen.vergabe.wertung.BewertungService;
import de.leverkusen.vergabe.wertung.Bewertungsbogen;
import de.leverkusen.vergabe.wertung.Kriterienkatalog;
import de.leverkusen.vergabe.wertung.Wertungsmethode;
import de.leverkusen.vergabe.wertung.Wertungsrechner;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ExternalTaskService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.externaltask.LockedExternalTask;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.community.process_test_coverage.spring_test.common.ProcessEngineCoverageProperties;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageConfiguration;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageTestExecutionListener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestExecutionListeners;

/**
 * Process tests of the EU tender "dms-vergabe" with its called processes angebotspruefung, bewertungsbogen and
 * ratsbefassung: real delegates, real tables, job executor off (every timer is executed explicitly).
 * Each test runs its own procedure under its own business key; the Spring context and the database are shared,
 * so every assertion on the tables filters by the procedure's vergabeId.
 */
// Without a servlet environment the Camunda REST starter's Jersey auto-configuration (unconditional in 7.24) misses
// JerseyApplicationPath and the context fails to start; the process tests do not need the REST API.
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = {"spring.autoconfigure.exclude=org.camunda.bpm.spring.boot.starter.rest.CamundaBpmRestJerseyAutoConfiguration",
                // an engine name of its own: the REST API of the web test contexts looks engines up by name ("default")
                "camunda.bpm.process-engine-name=prozesstest"})
@ActiveProfiles("test")
@Import(ProcessEngineCoverageConfiguration.class)
@TestExecutionListeners(listeners = ProcessEngineCoverageTestExecutionListener.class,
        mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
class DmsVergabeProzessTest {

    /**
     * Floor for the class coverage (flow nodes and sequence flows of all six models: dms-vergabe, angebotspruefung,
     * bewertungsbogen, ratsbefassung, teilnahmewettbewerb, verhandlung) that the build enforces. Reached: 1.0,
     * see target/process-test-coverage/. Only the whole class reaches it: to run a single method, lower the floor
     * with -Dvergabe.prozesstest.abdeckung=0.
     */
    static final double KLASSENABDECKUNG_MINDESTENS = Double.parseDouble(System.getProperty("vergabe.prozesstest.abdeckung", "1.0"));

    @TestConfiguration
    static class Abdeckung {
        /** Primary: ProcessEngineCoverageConfiguration brings a default bean of the same type (ConditionalOnMissingBean). */
        @Bean
        @Primary
        ProcessEngineCoverageProperties processEngineCoverageProperties() {
            return ProcessEngineCoverageProperties.builder()
                    .assertClassCoverageAtLeast(KLASSENABDECKUNG_MINDESTENS)
                    .build();
        }
    }

    /** Same points from every evaluator, criteria K1..K5 (weights 25, 20, 15, 20, 20). */
    static final int[] PUNKTE_AKTENWERK = {7, 7, 6, 7, 7};
    static final int[] PUNKTE_KOMMUNAL = {8, 8, 7, 8, 8};
    static final int[] PUNKTE_RHEINLAND = {9, 9, 9, 9, 9};

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Autowired ProcessEngine processEngine;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired ManagementService managementService;
    @Autowired ExternalTaskService externalTaskService;
    @Autowired HistoryService historyService;
    @Autowired VergabeService vergabeService;
    @Autowired BewertungService bewertungService;
    @Autowired LizenzbestellungService lizenzbestellungService;
    @Autowired SchreibenService schreibenService;
    @Autowired Fristenrechner fristenrechner;

    /** One running procedure: main process instance, business key and the id of its Vergabeakte. */
    record Verfahren(ProcessInstance pi, String bk, Long vergabeId) {
    }

    @BeforeEach
    void init() {
        BpmnAwareTests.init(processEngine);
    }

    @AfterEach
    void uhrZuruecksetzen() {
        ClockUtil.reset();
    }

    @Test
    void ruegen_inDerWartefristUndVorDemZuschlag_nachpruefungsantragVorDemZuschlag() {
        Verfahren v = bisZurWartefrist();
        // a complaint during the standstill: answered by the Vergabestelle, the standstill goes on
        ruegeEinlegen(v, "Die Gewichtung des Kriteriums K5 sei nicht bekannt gemacht worden.");
        Task antwort = aufgabe(v, "UserTask_RuegeBeantworten");
        assertThat((String) taskService.getVariable(antwort.getId(), "ruege")).contains("Gewichtung des Kriteriums K5");
        complete(antwort, werte("ruegeAbhilfe", "KEINE_ABHILFE", "ruegeAntwort", "Die Gewichtung war in den Vergabeunterlagen veröffentlicht."));
        assertThat(v.pi()).isWaitingAt("TimerEvent_WartefristAbgelaufen").hasPassed("StartEvent_RuegeEingegangen", "EndEvent_RuegeBeantwortet");
        wartefristAblaufen(v);

        // a complaint while the award task is open: the award stays possible
        ruegeEinlegen(v, "Das Angebot des Bestbieters sei ungewöhnlich niedrig.");
        complete(aufgabe(v, "UserTask_RuegeBeantworten"), werte("ruegeAbhilfe", "ABHILFE", "ruegeAntwort", "Die Preisprüfung nach § 60 VgV wird nachgeholt."));
        assertThat(v.pi()).isWaitingAt("UserTask_ZuschlagErteilen");
        assertThat(vergabeService.vermerke(v.vergabeId())).extracting(Vermerk::getStufe).contains("Rüge", "Rüge beantwortet");

        // a review application served before the award still stops it
        runtimeService.createMessageCorrelation("NachpruefungsantragEingegangen").processInstanceBusinessKey(v.bk()).correlate();
        assertThat(v.pi()).isWaitingAt("UserTask_KammerEntscheidungErfassen").hasPassed("BoundaryEvent_NachpruefungsantragVorZuschlag");
        assertThat(taskService.createTaskQuery().processInstanceId(v.pi().getId()).taskDefinitionKey("UserTask_ZuschlagErteilen").count()).isZero();
    }

    private void ruegeEinlegen(Verfahren v, String inhalt) {
        vergabeService.vermerk(v.vergabeId(), "vergabe1", "Rüge", "Rüge von " + AKTENWERK.name() + ": " + inhalt);
        runtimeService.createMessageCorrelation("RuegeEingegangen").processInstanceBusinessKey(v.bk()).correlate();
    }

    @Test
    void nachpruefungsantrag_stattgegeben_kammerOrdnetAufhebungAn() {
        Verfahren v = bisZurWartefrist();
        nachpruefungsantragStellen(v);

        complete(aufgabe(v, "UserTask_KammerEntscheidungErfassen"), kammerEntscheidung("ANTRAG_STATTGEGEBEN_AUFHEBUNG", LocalDate.now(BERLIN)));
        aufhebungBegruenden(v, "Die Vergabekammer hat die Aufhebung des Verfahrens angeordnet", "ANDERE_SCHWERWIEGENDE_GRUENDE",
                "Die Kammer hat die Leistungsbeschreibung als nicht produktneutral beanstandet.");

        versenden(v.pi().getId());
        assertThat(v.pi()).isEnded().hasPassed("Gateway_AufhebungMerge", "UserTask_AufhebungBegruenden", "EndEvent_VerfahrenAufgehoben");
        Vergabe vergabe = vergabeService.vergabe(v.vergabeId());
        assertThat(vergabe.getStatus()).isEqualTo(Vergabe.Status.AUFGEHOBEN);
        assertThat(vergabe.getAufhebungsgrund()).isEqualTo("§ 63 Abs. 1 Satz 1 Nr. 4 VgV: andere schwerwiegende Gründe bestehen. "
                + "Anlass: Die Vergabekammer hat die Aufhebung des Verfahrens angeordnet. "
                + "Begründung: Die Kammer hat die Leistungsbeschreibung als nicht produktneutral beanstandet.");
        assertThat(vergabe.getZuschlagAngebotId()).isNull();
    }

    @Test
    void zuschlagVorDemFruehestenTermin_wirdVerweigert() {
        Verfahren v = bisZurWartefrist();
        // someone forces the standstill timer early: the award task appears, but the award itself is refused
        managementService.executeJob(managementService.createJobQuery().processInstanceId(v.pi().getId())
                .activityId("TimerEvent_WartefristAbgelaufen").singleResult().getId());
        Task zuschlag = aufgabe(v, "UserTask_ZuschlagErteilen");
        // the form shows the § 62 letters that go out with the award
        assertThat((String) taskService.getVariable(zuschlag.getId(), "informationZuschlag"))
                .contains("Information über die Zuschlagserteilung (§ 62 VgV)", "auf Ihr Angebot erteilt", "auf das Angebot von " + KOMMUNAL.name());
        assertThatThrownBy(() -> taskService.complete(zuschlag.getId(), zuschlag()))
                .hasMessageContaining("frühestens am " + runtimeService.getVariable(v.pi().getId(), "fruehesterZuschlagText"))
                .hasMessageContaining("§ 135 GWB");
        assertThat(v.pi()).isWaitingAt("UserTask_ZuschlagErteilen");
        assertThat(vergabeService.vergabe(v.vergabeId()).getZuschlagAngebotId()).isNull();

        ClockUtil.setCurrentTime((Date) runtimeService.getVariable(v.pi().getId(), "fruehesterZuschlag"));
        complete(zuschlag, zuschlag());
        assertThat(vergabeService.vergabe(v.vergabeId()).getStatus()).isEqualTo(Vergabe.Status.ZUSCHLAG_ERTEILT);
    }

    /**
     * § 134 Abs. 2 GWB: by post the standstill runs from the day the Vergabestelle posted the letters, not from the
     * release. Released on Thursday 10.02.2022, posted on Saturday 12.02.2022 (two days after the task): 15 days from
     * Sunday 13.02.2022 -> day 15 is Sunday 27.02.2022 (the end does not move off a weekend) -> award from Monday
     * 28.02.2022. Counted from the release it would have been 26.02.2022 (what the letters themselves name).
     */
    @Test
    void bieterinformationPerPost_wartefristAbDemErfasstenPostversand() {
        Verfahren v = bisZurRatsbefassung();
        ratsbefassung(v, "ZUGESTIMMT");
        ClockUtil.setCurrentTime(Date.from(LocalDateTime.of(2022, 2, 10, 10, 0).atZone(BERLIN).toInstant()));
        complete(aufgabe(v, "UserTask_BieterInformieren"), werte("versandart", "POST", "schreibenFreigegeben", "JA"));
        versenden(v.pi().getId());
        assertThat(v.pi()).isWaitingAt("UserTask_PostversandErfassen").hasPassed("ServiceTask_BieterinformationVersenden");
        List<Schreiben> briefe = schreibenService.schreiben(v.vergabeId()).stream()
                .filter(s -> s.getArt() == Schreiben.Art.INFORMATION_134).toList();
        assertThat(briefe).hasSize(2).allSatisfy(b -> {
            assertThat(b.getVersand()).isEqualTo(Schreiben.Versand.POST);
            assertThat(b.getVersandtAm()).isNull();
            assertThat(b.getText()).contains("frühestens am 26.02.2022");
        });
        Task postversand = aufgabe(v, "UserTask_PostversandErfassen");
        assertThat((String) taskService.getVariable(postversand.getId(), "postschreiben"))
                .contains("Information nach § 134 GWB", AKTENWERK.email(), RHEINLAND.email());

        // not dispatched yet: no standstill, the domain refuses the award
        ClockUtil.setCurrentTime(Date.from(LocalDateTime.of(2022, 2, 12, 9, 0).atZone(BERLIN).toInstant()));
        assertThat(vergabeService.zuschlagVerwehrt(v.vergabeId())).contains("setzt voraus: Bieter nach § 134 GWB informiert");
        assertThatThrownBy(() -> vergabeService.zuschlag(v.vergabeId(), "vergabe1", "zu früh")).hasMessageContaining("Zuschlag nicht möglich");
        assertThatThrownBy(() -> schreibenService.wartefrist134(v.vergabeId())).hasMessageContaining("noch nicht versandt");
        // a day in the future or before the release is refused naming the field; the task stays open
        for (String falsch : List.of("2022-02-13", "2022-02-09")) {
            assertThatThrownBy(() -> taskService.complete(postversand.getId(), werte("postversandAm", falsch)))
                    .hasMessageContaining("postversandAm");
            assertThat(taskService.createTaskQuery().taskId(postversand.getId()).count()).isOne();
        }
        complete(postversand, werte("postversandAm", "2022-02-12"));

        assertThat(v.pi()).isWaitingAt("TimerEvent_WartefristAbgelaufen").hasPassed("Gateway_PostversandMerge", "ServiceTask_WartefristBerechnen");
        assertThat(schreibenService.schreiben(v.vergabeId())).filteredOn(s -> s.getArt() == Schreiben.Art.INFORMATION_134)
                .allSatisfy(b -> assertThat(b.getVersandtAm().atZoneSameInstant(BERLIN).toLocalDate()).isEqualTo(LocalDate.of(2022, 2, 12)));
        assertThat(runtimeService.getVariable(v.pi().getId(), "wartefristLetzterTag")).isEqualTo("2022-02-27");
        assertThat(vergabeService.vergabe(v.vergabeId()).getFruehesterZuschlag()).isEqualTo(LocalDate.of(2022, 2, 28));
        Job wartefrist = managementService.createJobQuery().processInstanceId(v.pi().getId())
                .activityId("TimerEvent_WartefristAbgelaufen").singleResult();
        assertThat(wartefrist.getDuedate()).isEqualTo(beginnDesTages(LocalDate.of(2022, 2, 28)));
        // on Sunday 27.02.2022 (last day of the standstill) still refused, on Monday 28.02.2022 allowed
        ClockUtil.setCurrentTime(Date.from(LocalDateTime.of(2022, 2, 27, 12, 0).atZone(BERLIN).toInstant()));
        assertThat(vergabeService.zuschlagVerwehrt(v.vergabeId())).contains("frühestens am 28.02.2022");
        ClockUtil.setCurrentTime(wartefrist.getDuedate());
        managementService.executeJob(wartefrist.getId());
        assertThat(vergabeService.zuschlagVerwehrt(v.vergabeId())).isNull();
        assertThat(v.pi()).isWaitingAt("UserTask_ZuschlagErteilen");
    }

    // =====================================================================================================
    // 1. happy path
    // =====================================================================================================

    @Test
    void happyPath_dreiBieterDreiBewerter_ZuschlagAnBestesPreisLeistungsVerhaeltnis() {
        Verfahren v = bisZurPraesentation(Demoausschreibung.startformular());
        assertThat(v.pi()).hasPassed("ServiceTask_VergabeAnlegen", "TimerEvent_AngebotsfristAbgelaufen",
                "UserTask_AngeboteOeffnen", "UserTask_OeffnungGegenzeichnen", "CallActivity_AngebotPruefen",
                "SubProcess_InteressenkonfliktErklaeren", "ServiceTask_WertungVorbereiten");
        assertThat(managementService.createJobQuery().processInstanceId(v.pi().getId())
                .activityId("TimerEvent_PraesentationsterminErreicht").count()).isEqualTo(3);

        praesentationenDurchfuehren(v);
        assertThat(v.pi()).isWaitingAt("CallActivity_BewertungsbogenAusfuellen");

        // Points per bidder and class of criteria (ProzessTestHelfer.KLASSEN; all three evaluators alike, so the mean
        // per criterion equals the points):
        //   L = 25*K1 + 20*K2 + 15*K3 + 20*K4 + 20*K5, Z = L / P
        //   Aktenwerk  {7,7,6,7,7}: L = 175 + 140 +  90 + 140 + 140 = 685, Z = 685 / 412000.00 = 0.0016626214
        //   Kommunal   {8,8,7,8,8}: L = 200 + 160 + 105 + 160 + 160 = 785, Z = 785 / 389500.00 = 0.0020154044
        //   Rheinland  {9,9,9,9,9}: L = 225 + 180 + 135 + 180 + 180 = 900, Z = 900 / 455000.00 = 0.0019780220
        // => 1. Kommunal-DMS AG (best Z although Rheinland has the highest L), 2. Rheinland, 3. Aktenwerk
        boegenAusfuellen(v, Map.of(AKTENWERK.name(), PUNKTE_AKTENWERK, KOMMUNAL.name(), PUNKTE_KOMMUNAL,
                RHEINLAND.name(), PUNKTE_RHEINLAND));
        // each sheet's fields stay in the history as variable instances of its process instance, without a second copy
        // as variable details (prozess.BewertungsbogenVerlaufPlugin); the main process keeps its details
        String[] boegen = historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(v.bk())
                .processDefinitionKey(BewertungsbogenProzess.SCHLUESSEL).list().stream()
                .map(org.camunda.bpm.engine.history.HistoricProcessInstance::getId).toArray(String[]::new);
        assertThat(boegen).hasSize(9);
        assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceIdIn(boegen).variableName("punkteB1").list())
                .extracting(org.camunda.bpm.engine.history.HistoricVariableInstance::getValue).hasSize(9).containsOnly(7, 8, 9);
        assertThat(historyService.createHistoricDetailQuery().processInstanceIdIn(boegen).count()).isZero();
        assertThat(historyService.createHistoricDetailQuery().processInstanceIdIn(v.pi().getId()).variableUpdates().count()).isPositive();

        // one consolidation per offer; the overview shows the points, min/median/max and the mean
        assertThat(v.pi()).isWaitingAt("UserTask_WertungKonsolidieren").hasNotPassed("ServiceTask_WertungBerechnen");
        assertThat(taskService.createTaskQuery().processInstanceId(v.pi().getId())
                .taskDefinitionKey("UserTask_WertungKonsolidieren").list()).hasSize(3);
        assertThat(bewertungService.rangfolge(v.vergabeId())).isEmpty();
        Task kommunal = aufgabeFuer(v, "UserTask_WertungKonsolidieren", KOMMUNAL);
        // the task names its procedure first (prozess.Aufgabenname)
        assertThat(kommunal.getName()).isEqualTo(v.bk() + " · Bewertungen konsolidieren: " + KOMMUNAL.name());
        assertThat((String) taskService.getVariable(kommunal.getId(), "konsolidierungUebersicht"))
                .contains("B1 Schriftgutverwaltung und Aktenplan (Gewicht 10): Punkte 8 / 8 / 8 – min 8, Median 8, max 8, Mittelwert 8")
                .contains("A1 Betrieb im Rechenzentrum der ivl möglich (Mindestanforderung): erfüllt 3, nicht erfüllt 0 – Ergebnis erfüllt")
                .doesNotContain("\n(!) ");
        alleKonsolidieren(v);
        assertThat(v.pi()).isWaitingAt("UserTask_ZuschlagsvorschlagErstellen").hasPassed("ServiceTask_WertungBerechnen");
        assertThat(v.pi()).variables().containsEntry("bestbieter", KOMMUNAL.name());
        assertThat(bewertungService.rangfolge(v.vergabeId()))
                .extracting(Wertungsrechner.Rang::rang, Wertungsrechner.Rang::bieter, Wertungsrechner.Rang::leistung,
                        Wertungsrechner.Rang::kennzahl)
                .containsExactly(
                        tuple(1, KOMMUNAL.name(), new BigDecimal("785.00"), new BigDecimal("0.0020154044")),
                        tuple(2, RHEINLAND.name(), new BigDecimal("900.00"), new BigDecimal("0.0019780220")),
                        tuple(3, AKTENWERK.name(), new BigDecimal("685.00"), new BigDecimal("0.0016626214")));
        // the ranking with its prices exists only as a local variable of the Vergabestelle's task, not in the process
        assertThat(runtimeService.getVariable(v.pi().getId(), "wertungTabelle")).isNull();
        // Z = L/P = 785 / 389,500 = 0.0020154044 (ten places), in German notation 0,0020154044
        assertThat((String) taskService.getVariable(aufgabe(v, "UserTask_ZuschlagsvorschlagErstellen").getId(), "wertungTabelle"))
                .contains("| 1. | Kommunal-DMS AG | 785 | 389.500,00 EUR | 0,0020154044 | – |");
        assertThat(bewertungService.boegen(v.vergabeId())).hasSize(9)
                .allSatisfy(b -> assertThat(b.getStatus()).isEqualTo(Bewertungsbogen.Status.ABGEGEBEN));

        wertungKonsolidierenUndVorschlagen(v);
        freigeben(v, "FREIGEGEBEN");
        ratsbefassung(v, "ZUGESTIMMT");
        assertThat(v.pi()).isWaitingAt("UserTask_BieterInformieren").hasPassed("CallActivity_Ratsbefassung");

        bieterInformieren(v);
        assertThat(v.pi()).isWaitingAt("TimerEvent_WartefristAbgelaufen");
        wartefristAblaufen(v);
        assertThat(v.pi()).isWaitingAt("UserTask_ZuschlagErteilen").hasPassed("EndEvent_WartefristBeendet");

        zuschlagErteilen(v);
        assertThat(v.pi()).isWaitingAt("UserTask_LizenzbestellungPruefen", "UserTask_BekanntmachungVeroeffentlichen");

        lizenzBestellen(v);
        // published in time: the boundary timer (due 30 days after the award) is never executed
        bekanntmachungVeroeffentlichen(v);
        assertThat(v.pi()).isWaitingAt("UserTask_VergabevermerkAbschliessen");
        vergabevermerkAbschliessen(v);

        versenden(v.pi().getId());
        assertThat(v.pi()).isEnded().hasPassed("EndEvent_VerfahrenAbgeschlossen", "BoundaryEvent_IvlBestellungBestaetigt",
                "ServiceTask_VerfahrenAbschliessen").hasNotPassed("UserTask_BekanntmachungEskalieren",
                "EndEvent_VerfahrenAufgehoben", "UserTask_KammerEntscheidungErfassen");

        Long kommunalId = angebotId(v, KOMMUNAL);
        Vergabe vergabe = vergabeService.vergabe(v.vergabeId());
        assertThat(vergabe.getStatus()).isEqualTo(Vergabe.Status.ABGESCHLOSSEN);
        assertThat(vergabe.getZuschlagAngebotId()).isEqualTo(kommunalId);
        assertThat(vergabe.getErstOeffner()).isEqualTo("vergabe1");
        assertThat(vergabe.getZweitOeffner()).isEqualTo("vergabe2");
        assertThat(vergabe.getRatsbeschluss()).isEqualTo("ZUGESTIMMT");
        assertThat(vergabe.getVorlageNummer()).isEqualTo("2021/1234");
        assertThat(vergabeService.angebote(v.vergabeId())).extracting(Angebot::getStatus)
                .containsOnly(Angebot.Status.ZUGELASSEN);
        assertThat(vergabeService.bewerter(v.vergabeId())).extracting(Bewerter::getStatus)
                .containsOnly(Bewerter.Status.UNBEFANGEN);
        assertThat(vergabeService.vermerke(v.vergabeId())).extracting(Vermerk::getStufe)
                .contains("Einleitung", "Öffnung", "Prüfung", "Interessenkonflikt", "Präsentation", "Wertung", "Rat",
                        "Information § 134 GWB", "Zuschlag", "Abschluss");
        assertThat(vergabeService.vermerke(v.vergabeId())).extracting(Vermerk::getText)
                .anyMatch(t -> t.startsWith("Zuschlag erteilt an Kommunal-DMS AG"))
                .anyMatch(t -> t.startsWith("Vergabevermerk abgeschlossen"));
    }

    // =====================================================================================================
    // 2. exclusion of a bidder
    // =====================================================================================================

    @Test
    void bieterAusgeschlossen_formalePruefungAusschliessen() {
        Verfahren v = bisZurOeffnung(Demoausschreibung.startformular());
        ProcessInstance pruefung = angebotspruefung(v, AKTENWERK);

        complete(aufgabeFuer(v, "UserTask_FormalePruefung", AKTENWERK),
                werte("formalePruefung", "AUSSCHLIESSEN", "formalePruefungVermerk", "Angebot nicht unterschrieben"));
        andereAngeboteZulassen(v, AKTENWERK);

        assertThat(pruefung).isEnded().hasPassed("Gateway_AusschlussMerge", "ServiceTask_AngebotAusschliessen",
                "EndEvent_AngebotAusgeschlossen").hasNotPassed("UserTask_AusschlussgruendePruefen");
        assertThat(angebot(v, AKTENWERK).getStatus()).isEqualTo(Angebot.Status.AUSGESCHLOSSEN);
        assertThat(angebot(v, AKTENWERK).getAusschlussgrund())
                .isEqualTo("Formaler Mangel, nicht heilbar (§ 57 Abs. 1 VgV): Angebot nicht unterschrieben");
        nurDieAnderenZugelassen(v, AKTENWERK);
    }

    @Test
    void bieterAusgeschlossen_zwingenderAusschlussgrund123() {
        Verfahren v = bisZurOeffnung(Demoausschreibung.startformular());
        ProcessInstance pruefung = angebotspruefung(v, AKTENWERK);

        complete(aufgabeFuer(v, "UserTask_FormalePruefung", AKTENWERK), formalePruefung("VOLLSTAENDIG"));
        complete(aufgabeFuer(v, "UserTask_AusschlussgruendePruefen", AKTENWERK),
                ausschlussgruende("ZWINGEND_123", "Rechtskräftige Verurteilung nach § 123 Abs. 1 Nr. 4 GWB"));
        andereAngeboteZulassen(v, AKTENWERK);

        assertThat(pruefung).isEnded().hasPassed("Gateway_PruefungFortsetzen", "UserTask_AusschlussgruendePruefen",
                "ServiceTask_AngebotAusschliessen").hasNotPassed("UserTask_EignungPruefen");
        assertThat(angebot(v, AKTENWERK).getStatus()).isEqualTo(Angebot.Status.AUSGESCHLOSSEN);
        assertThat(angebot(v, AKTENWERK).getAusschlussgrund())
                .isEqualTo("Zwingender Ausschlussgrund nach § 123 GWB: Rechtskräftige Verurteilung nach § 123 Abs. 1 Nr. 4 GWB");
        nurDieAnderenZugelassen(v, AKTENWERK);
    }

    @Test
    void bieterAusgeschlossen_nichtGeeignetNachDmn() {
        Verfahren v = bisZurOeffnung(Demoausschreibung.startformular());
        ProcessInstance pruefung = angebotspruefung(v, AKTENWERK);

        complete(aufgabeFuer(v, "UserTask_FormalePruefung", AKTENWERK), formalePruefung("VOLLSTAENDIG"));
        // a § 124 ground that does not lead to exclusion takes the default flow to the suitability check
        complete(aufgabeFuer(v, "UserTask_AusschlussgruendePruefen", AKTENWERK),
                ausschlussgruende("FAKULTATIV_124_KEIN_AUSSCHLUSS", "Selbstreinigung nach § 125 GWB nachgewiesen"));
        complete(aufgabeFuer(v, "UserTask_EignungPruefen", AKTENWERK), eignung("ERFUELLT", "ERFUELLT", "NICHT_ERFUELLT"));
        andereAngeboteZulassen(v, AKTENWERK);

        assertThat(pruefung).isEnded().hasPassed("BusinessRuleTask_EignungBewerten", "ServiceTask_AngebotAusschliessen")
                .hasNotPassed("ServiceTask_AngebotZulassen");
        assertThat(angebot(v, AKTENWERK).getStatus()).isEqualTo(Angebot.Status.AUSGESCHLOSSEN);
        assertThat(angebot(v, AKTENWERK).getAusschlussgrund()).isEqualTo("Eignung nicht nachgewiesen: "
                + "Technische und berufliche Leistungsfähigkeit nicht nachgewiesen (§ 122 Abs. 2 Nr. 3 GWB)");
        nurDieAnderenZugelassen(v, AKTENWERK);
    }

    // =====================================================================================================
    // abnormally low offers (§ 60 VgV)
    // =====================================================================================================

    /**
     * Demo prices: Kommunal 389,500 is (412,000 - 389,500) / 412,000 = 5.46 % below Aktenwerk, Aktenwerk 412,000 is
     * 9.45 % below Rheinland 455,000, and no demo price is more than 30 % below the estimate 480,000 (389,500: 18.85 %):
     * none flagged, and the record says the check found none. Billig-Archiv (284,335.00, see ProzessTestHelfer) is 27 %
     * below Kommunal and 40.76 % below the estimate: flagged, clarified in text form, excluded under § 60 (3).
     */
    @Test
    void ungewoehnlichNiedrigesAngebot_aufgeklaertUndAusgeschlossen_dieAnderenWerdenGewertet() {
        Verfahren v = bisZurOeffnung(ProzessTestHelfer.startformular(List.of(AKTENWERK, KOMMUNAL, BILLIG)));
        alleAngeboteZulassen(v);

        assertThat(v.pi()).hasPassed("ServiceTask_NiedrigpreisePruefen").isWaitingAt("UserTask_AufklaerungAnfordern");
        assertThat(angebot(v, KOMMUNAL).getNiedrigpreisBefund()).isNull();
        assertThat(angebot(v, AKTENWERK).getNiedrigpreisBefund()).isNull();
        assertThat(angebot(v, BILLIG).getNiedrigpreisBefund()).isEqualTo("Preis 284.335,00 EUR liegt 27 % unter dem nächsthöheren "
                + "Angebot (Kommunal-DMS AG, 389.500,00 EUR; Aufgreifschwelle 20 %) und 40,76 % unter dem geschätzten Auftragswert "
                + "(480.000,00 EUR; Aufgreifschwelle 30 %)");
        // the evaluation cannot finish while the price is not decided, whatever the engine is told
        assertThatThrownBy(() -> vergabeService.wertungFestgestellt(v.vergabeId(), angebot(v, KOMMUNAL).getId()))
                .hasMessageContaining("noch nicht aufgeklärt", "Billig-Archiv UG");

        Task anfordern = aufgabeFuer(v, "UserTask_AufklaerungAnfordern", BILLIG);
        assertThat(taskService.getVariable(anfordern.getId(), "niedrigpreisBefund")).isEqualTo(angebot(v, BILLIG).getNiedrigpreisBefund());
        // a deadline that leaves the bidder less than the configured 6 days is refused, naming the field
        assertThatThrownBy(() -> complete(anfordern, werte("aufklaerungFragen", "Bitte legen Sie Ihre Kalkulation offen.",
                "aufklaerungFrist", LocalDate.now(BERLIN).plusDays(2).toString())))
                .hasMessageContaining("Feld 'aufklaerungFrist'", "mindestens 6 Tage", "§ 60 Abs. 1 VgV");
        LocalDate frist = LocalDate.now(BERLIN).plusDays(7);
        complete(anfordern, werte("aufklaerungFragen", "Bitte legen Sie Ihre Kalkulation der Lizenz- und Personalkosten offen.",
                "aufklaerungFrist", frist.toString()));
        versenden(v.pi().getId());
        assertThat(schreibenService.schreiben(v.vergabeId())).singleElement().satisfies(s -> {
            assertThat(s.getArt()).isEqualTo(Schreiben.Art.AUFKLAERUNG_60);
            assertThat(s.getEmpfaenger()).isEqualTo(BILLIG.email());
            assertThat(s.getText()).contains("27 % unter dem nächsthöheren Angebot", "Kalkulation der Lizenz- und Personalkosten",
                    "§ 60 Abs. 3 VgV");
        });

        Task entscheiden = aufgabeFuer(v, "UserTask_NiedrigpreisEntscheiden", BILLIG);
        assertThat(entscheiden.getDueDate()).isEqualTo(Date.from(frist.atTime(23, 59).atZone(BERLIN).toInstant()));
        assertThat(taskService.getVariable(entscheiden.getId(), "aufklaerungFragen")).asString().contains("Kalkulation");
        complete(entscheiden, werte("aufklaerungAntwort", "Antwort vom " + frist + ": Lizenzkosten nicht kalkuliert.",
                "niedrigpreisEntscheidung", "AUSGESCHLOSSEN",
                "niedrigpreisBegruendung", "Die Antwort erklärt den Preis nicht; die Lizenzkosten fehlen in der Kalkulation."));

        assertThat(angebot(v, BILLIG).getStatus()).isEqualTo(Angebot.Status.AUSGESCHLOSSEN);
        assertThat(angebot(v, BILLIG).getAusschlussgrund()).startsWith("ungewöhnlich niedriger Preis nicht zufriedenstellend "
                + "aufgeklärt (§ 60 Abs. 3 VgV)");
        assertThat(AktenLeser.niedrigpreis(angebot(v, BILLIG))).contains("Aufklärung in Textform angefordert",
                "Entscheidung: Angebot ausgeschlossen (§ 60 Abs. 3 VgV)", "Lizenzkosten fehlen");
        // the evaluation goes on with the two others
        assertThat(v.pi()).hasPassed("SubProcess_PreisAufklaeren").isWaitingAt("TimerEvent_PraesentationsterminErreicht");
        assertThat(managementService.createJobQuery().processInstanceId(v.pi().getId())
                .activityId("TimerEvent_PraesentationsterminErreicht").count()).isEqualTo(2);
    }

    @Test
    void ungewoehnlichNiedrigesAngebot_nachAufklaerungAngenommen() {
        Verfahren v = bisZurOeffnung(ProzessTestHelfer.startformular(List.of(KOMMUNAL, BILLIG)));
        alleAngeboteZulassen(v);
        complete(aufgabeFuer(v, "UserTask_AufklaerungAnfordern", BILLIG), werte("aufklaerungFragen",
                "Bitte erläutern Sie Ihre Kalkulation.", "aufklaerungFrist", LocalDate.now(BERLIN).plusDays(7).toString()));
        versenden(v.pi().getId());
        complete(aufgabeFuer(v, "UserTask_NiedrigpreisEntscheiden", BILLIG), werte("aufklaerungAntwort", "Kalkulation vorgelegt.",
                "niedrigpreisEntscheidung", "ANGENOMMEN",
                "niedrigpreisBegruendung", "Referenzlizenzen aus einem Rahmenvertrag belegen den Preis."));
        assertThat(angebot(v, BILLIG).getStatus()).isEqualTo(Angebot.Status.ZUGELASSEN);
        assertThat(angebot(v, BILLIG).getNiedrigpreisEntscheidung()).isEqualTo(Angebot.Niedrigpreisentscheidung.ANGENOMMEN);
        assertThat(vergabeService.vermerke(v.vergabeId())).extracting(Vermerk::getText)
                .anyMatch(t -> t.startsWith("Preis von Billig-Archiv UG nach Aufklärung angenommen: Referenzlizenzen"));
        assertThat(v.pi()).isWaitingAt("TimerEvent_PraesentationsterminErreicht");
    }

    // =====================================================================================================
    // 3. documents requested (§ 56 VgV)
    // =====================================================================================================

    @Test
    void unterlagenNachgefordert_undNachgereicht_weiterZuAusschlussgruenden() {
        Verfahren v = bisZurOeffnung(Demoausschreibung.startformular());
        ProcessInstance pruefung = angebotspruefung(v, RHEINLAND);

        unterlagenNachfordern(v, RHEINLAND);
        // the request went to the bidder by e-mail as the Vergabestelle worded it, and is kept with the procedure
        assertThat(schreibenService.schreiben(v.vergabeId())).singleElement().satisfies(s -> {
            assertThat(s.getArt()).isEqualTo(Schreiben.Art.NACHFORDERUNG_56);
            assertThat(s.getEmpfaenger()).isEqualTo(RHEINLAND.email());
            // through the outbox: dispatched when the mail server accepted it
            assertThat(s.getVersand()).isEqualTo(Schreiben.Versand.EMAIL);
            assertThat(s.getVersandtAm()).isNotNull();
            assertThat(s.getText()).contains("bis zum");
        });
        complete(aufgabeFuer(v, "UserTask_NachgereichteUnterlagenPruefen", RHEINLAND), nachreichung("JA"));
        assertThat(pruefung).isWaitingAt("UserTask_AusschlussgruendePruefen").hasPassed("Gateway_PruefungFortsetzen");
        assertThat(managementService.createJobQuery().processInstanceId(pruefung.getId()).count()).isZero();

        complete(aufgabeFuer(v, "UserTask_AusschlussgruendePruefen", RHEINLAND), ausschlussgruende("KEINER", "Keine Ausschlussgründe"));
        complete(aufgabeFuer(v, "UserTask_EignungPruefen", RHEINLAND), eignung("ERFUELLT", "ERFUELLT", "ERFUELLT"));
        andereAngeboteZulassen(v, RHEINLAND);

        assertThat(pruefung).isEnded().hasPassed("ServiceTask_AngebotZulassen", "EndEvent_AngebotZugelassen");
        assertThat(angebot(v, RHEINLAND).getStatus()).isEqualTo(Angebot.Status.ZUGELASSEN);
        assertThat(angebot(v, RHEINLAND).getAusschlussgrund()).isNull();
        assertThat(v.pi()).isWaitingAt("TimerEvent_PraesentationsterminErreicht");
    }

    @Test
    void unterlagenNachgefordert_nichtNachgereicht_ausgeschlossen() {
        Verfahren v = bisZurOeffnung(Demoausschreibung.startformular());
        ProcessInstance pruefung = angebotspruefung(v, RHEINLAND);

        unterlagenNachfordern(v, RHEINLAND);
        complete(aufgabeFuer(v, "UserTask_NachgereichteUnterlagenPruefen", RHEINLAND), nachreichung("NEIN"));
        andereAngeboteZulassen(v, RHEINLAND);

        assertThat(pruefung).isEnded().hasPassed("Gateway_UnterlagenNachgereicht", "ServiceTask_AngebotAusschliessen")
                .hasNotPassed("UserTask_AusschlussgruendePruefen", "BoundaryEvent_NachforderungsfristAbgelaufen");
        assertThat(angebot(v, RHEINLAND).getStatus()).isEqualTo(Angebot.Status.AUSGESCHLOSSEN);
        assertThat(angebot(v, RHEINLAND).getAusschlussgrund()).isEqualTo("Nachgeforderte Unterlagen nicht vollständig "
                + "vorgelegt (§ 57 Abs. 1 Nr. 2 VgV): Eigenerklärung zur Eignung und Handelsregisterauszug");
        nurDieAnderenZugelassen(v, RHEINLAND);
    }

    @Test
    void eineNachforderungsfristMussAngemessenSein() {
        Verfahren v = bisZurOeffnung(Demoausschreibung.startformular());
        complete(aufgabeFuer(v, "UserTask_FormalePruefung", RHEINLAND), formalePruefung("UNTERLAGEN_NACHFORDERN"));
        Task nachfordern = aufgabeFuer(v, "UserTask_UnterlagenNachfordern", RHEINLAND);
        LocalDate heute = LocalDate.now(BERLIN);
        // a deadline in the past (the tender's own dates lie in 2021) and one of 5 days are refused; 6 days are enough
        for (LocalDate zuFrueh : List.of(LocalDate.of(2021, 11, 15), heute.plusDays(5))) {
            assertThatThrownBy(() -> taskService.complete(nachfordern.getId(), nachforderung(zuFrueh.toString())))
                    .hasMessageContaining("Feld 'nachforderungsfrist'", "mindestens 6 Tage", "§ 56 Abs. 2, 4 VgV");
            assertThat(taskService.createTaskQuery().taskId(nachfordern.getId()).count()).isOne();
        }
        assertThat(schreibenService.schreiben(v.vergabeId())).noneMatch(s -> s.getArt() == Schreiben.Art.NACHFORDERUNG_56);
        complete(nachfordern, nachforderung(heute.plusDays(6).toString()));
        versenden(angebotspruefung(v, RHEINLAND).getId());
        assertThat(angebotspruefung(v, RHEINLAND)).isWaitingAt("UserTask_NachgereichteUnterlagenPruefen");
    }

    @Test
    void unterlagenNachgefordert_fristAbgelaufen_ausgeschlossen() {
        Verfahren v = bisZurOeffnung(Demoausschreibung.startformular());
        ProcessInstance pruefung = angebotspruefung(v, RHEINLAND);

        unterlagenNachfordern(v, RHEINLAND);
        Job frist = managementService.createJobQuery().processInstanceId(pruefung.getId())
                .activityId("BoundaryEvent_NachforderungsfristAbgelaufen").singleResult();
        // the deadline ends at the end of its day (24:00 in Leverkusen)
        assertThat(frist.getDuedate()).isEqualTo(beginnDesTages(nachforderungsfrist().plusDays(1)));
        managementService.executeJob(frist.getId());
        andereAngeboteZulassen(v, RHEINLAND);

        assertThat(pruefung).isEnded().hasPassed("BoundaryEvent_NachforderungsfristAbgelaufen", "ServiceTask_AngebotAusschliessen")
                .hasNotPassed("Gateway_UnterlagenNachgereicht");
        assertThat(taskService.createTaskQuery().processInstanceId(pruefung.getId()).count()).isZero();
        assertThat(angebot(v, RHEINLAND).getStatus()).isEqualTo(Angebot.Status.AUSGESCHLOSSEN);
        assertThat(angebot(v, RHEINLAND).getAusschlussgrund()).isEqualTo("Nachforderungsfrist abgelaufen, Unterlagen nicht "
                + "eingegangen (§ 57 Abs. 1 Nr. 2 VgV): Eigenerklärung zur Eignung und Handelsregisterauszug");
        nurDieAnderenZugelassen(v, RHEINLAND);
    }

    // =====================================================================================================
    // 4. conflict of interest (§ 6 VgV)
    // =====================================================================================================

    @Test
    void bewerterMitInteressenkonflikt_wirdAusgeschlossen_nurDieAnderenBewerten() {
        Verfahren v = starten(Demoausschreibung.startformular());
        Task erklaerung2 = erklaerungsaufgabe(v, "bewerter2");

        // JA without a description is refused: the task stays open, nothing is recorded
        assertThatThrownBy(() -> taskService.complete(erklaerung2.getId(), erklaerung("JA", null)))
                .hasMessageContaining("interessenkonfliktBeschreibung");
        assertThat(taskService.createTaskQuery().taskId(erklaerung2.getId()).count()).isEqualTo(1);
        assertThat(bewerter(v, "bewerter2").getStatus()).isEqualTo(Bewerter.Status.BENANNT);

        complete(erklaerung2, erklaerung("JA", "Ehemaliger Geschäftsführer der Kommunal-DMS AG"));
        complete(erklaerungsaufgabe(v, "bewerter1"), erklaerung("NEIN", null));
        complete(erklaerungsaufgabe(v, "bewerter3"), erklaerung("NEIN", null));

        assertThat(v.pi()).hasPassed("ServiceTask_BewerterAusschliessen", "EndEvent_BewerterAusgeschieden",
                "EndEvent_KeinInteressenkonflikt", "SubProcess_InteressenkonfliktErklaeren");
        assertThat(bewerter(v, "bewerter2").getStatus()).isEqualTo(Bewerter.Status.AUSGESCHLOSSEN);
        assertThat(bewerter(v, "bewerter2").getErklaerung()).isEqualTo("Ehemaliger Geschäftsführer der Kommunal-DMS AG");
        assertThat(bewerter(v, "bewerter1").getStatus()).isEqualTo(Bewerter.Status.UNBEFANGEN);
        assertThat(vergabeService.vermerke(v.vergabeId())).extracting(Vermerk::getText)
                .contains("bewerter2 wirkt wegen des erklärten Interessenkonflikts an der Wertung nicht mit (§ 6 Abs. 1 VgV)");

        angebotsfristAblaufen(v);
        oeffnen(v);
        alleAngeboteZulassen(v);
        praesentationenDurchfuehren(v);

        // 3 offers x 2 unbiased evaluators: no sheet and no task for bewerter2
        assertThat(bewertungService.boegen(v.vergabeId())).hasSize(6).extracting(Bewertungsbogen::getBewerter)
                .containsOnly("bewerter1", "bewerter3");
        assertThat(taskService.createTaskQuery().processInstanceBusinessKey(v.bk()).taskAssignee("bewerter2").count()).isZero();

        boegenAusfuellen(v, Map.of(AKTENWERK.name(), PUNKTE_AKTENWERK, KOMMUNAL.name(), PUNKTE_KOMMUNAL,
                RHEINLAND.name(), PUNKTE_RHEINLAND));
        assertThat(v.pi()).isWaitingAt("UserTask_WertungKonsolidieren");
        assertThat(bewertungService.boegen(v.vergabeId()))
                .allSatisfy(b -> assertThat(b.getStatus()).isEqualTo(Bewertungsbogen.Status.ABGEGEBEN));
        alleKonsolidieren(v);
        assertThat(v.pi()).variables().containsEntry("bestbieter", KOMMUNAL.name());
    }

    // =====================================================================================================
    // 4b. consolidation: deviations, exclusion by A-criterion and minimum points, every offer excluded
    // =====================================================================================================

    @Test
    void konsolidierung_ausschlussDurchAKriteriumUndMindestpunkte_rangfolgeAusKonsolidiertenWerten() {
        Verfahren v = bisZurPraesentation(Demoausschreibung.startformular());
        praesentationenDurchfuehren(v);
        // every evaluator: Aktenwerk does not meet A2 (DSGVO-konforme Auftragsverarbeitung)
        boegenAusfuellen(v, Map.of(AKTENWERK.name(), PUNKTE_AKTENWERK, KOMMUNAL.name(), PUNKTE_KOMMUNAL,
                RHEINLAND.name(), PUNKTE_RHEINLAND), Map.of(AKTENWERK.name(), List.of("A2")));
        assertThat((String) taskService.getVariable(aufgabeFuer(v, "UserTask_WertungKonsolidieren", AKTENWERK).getId(),
                "konsolidierungUebersicht")).contains("A2 DSGVO-konforme Auftragsverarbeitung (Mindestanforderung): "
                + "erfüllt 0, nicht erfüllt 3 – Ergebnis nicht erfüllt");

        // deviations are checked on the server: the task stays open
        Task rheinland = aufgabeFuer(v, "UserTask_WertungKonsolidieren", RHEINLAND);
        assertThatThrownBy(() -> taskService.complete(rheinland.getId(), konsolidierung("B2 = 9: Mittelwert unverändert übernommen.")))
                .hasMessageContaining("konsolidierungAbweichungen").hasMessageContaining("entspricht dem Mittelwert");
        assertThatThrownBy(() -> taskService.complete(rheinland.getId(), konsolidierung("B2 = 3: zu kurz")))
                .hasMessageContaining("Zeile 1").hasMessageContaining("mindestens 20 Zeichen");
        assertThatThrownBy(() -> taskService.complete(rheinland.getId(), konsolidierung("B2 = 11: Präsentation zeigte keine E-Akte.")))
                .hasMessageContaining("zwischen 0 und 10");
        // Rheinland: E-Akte (B2, minimum 4) consolidated to 3 -> excluded; L = 900 - 12 x (9 - 3) = 828
        complete(rheinland, konsolidierung("B2 = 3: In der Live-Demo war keine E-Akte nach dem Organisationskonzept lauffähig."));
        alleKonsolidieren(v);

        // ranking: Kommunal alone in the evaluation (L 785, Z = 785 / 389500 = 0.0020154044), the excluded offers last
        assertThat(v.pi()).isWaitingAt("UserTask_ZuschlagsvorschlagErstellen");
        assertThat(v.pi()).variables().containsEntry("bestbieter", KOMMUNAL.name());
        List<Wertungsrechner.Rang> rangfolge = bewertungService.rangfolge(v.vergabeId());
        assertThat(rangfolge).extracting(Wertungsrechner.Rang::bieter, Wertungsrechner.Rang::rang,
                        Wertungsrechner.Rang::ausgeschlossen, Wertungsrechner.Rang::grund)
                .containsExactly(
                        tuple(KOMMUNAL.name(), 1, false, null),
                        tuple(AKTENWERK.name(), null, true, "A-Kriterium A2 nicht erfüllt"),
                        tuple(RHEINLAND.name(), null, true, "Mindestpunktzahl 4 bei B2 nicht erreicht (3)"));
        assertThat(rangfolge.get(2).leistung()).isEqualByComparingTo("828");
        assertThat((String) taskService.getVariable(aufgabe(v, "UserTask_ZuschlagsvorschlagErstellen").getId(), "wertungTabelle"))
                .contains("| 1. | Kommunal-DMS AG | 785 | 389.500,00 EUR | 0,0020154044 | – |")
                .contains("| ausgeschlossen | " + RHEINLAND.name() + " | 828 | 455.000,00 EUR | – | Mindestpunktzahl 4 bei B2 nicht erreicht (3) |");
        assertThat(bewertungService.konsolidierungsvermerk(v.vergabeId()))
                .contains("Abweichung B2 = 3: In der Live-Demo war keine E-Akte");

        // the § 134 letters name the reason of the exclusion in the evaluation
        complete(aufgabe(v, "UserTask_ZuschlagsvorschlagErstellen"), zuschlagsvorschlag());
        freigeben(v, "FREIGEGEBEN");
        ratsbefassung(v, "ZUGESTIMMT");
        bieterInformieren(v);
        assertThat(schreibenService.schreiben(v.vergabeId())).filteredOn(b -> b.getArt() == Schreiben.Art.INFORMATION_134)
                .extracting(Schreiben::getEmpfaenger, Schreiben::getText)
                .anySatisfy(t -> {
                    assertThat(t.toList().get(0)).isEqualTo(AKTENWERK.email());
                    assertThat((String) t.toList().get(1)).contains("Ihr Angebot wurde in der Wertung ausgeschlossen: A-Kriterium A2 nicht erfüllt.");
                })
                .anySatisfy(t -> {
                    assertThat(t.toList().get(0)).isEqualTo(RHEINLAND.email());
                    assertThat((String) t.toList().get(1)).contains("Mindestpunktzahl 4 bei B2 nicht erreicht (3)");
                });
    }

    @Test
    void konsolidierung_alleAngeboteAusgeschlossen_verfahrenAufgehoben() {
        Verfahren v = bisZurPraesentation(Demoausschreibung.startformular());
        praesentationenDurchfuehren(v);
        // nobody meets A3 (Barrierefreiheit nach BITV 2.0)
        boegenAusfuellen(v, Map.of(AKTENWERK.name(), PUNKTE_AKTENWERK, KOMMUNAL.name(), PUNKTE_KOMMUNAL,
                RHEINLAND.name(), PUNKTE_RHEINLAND), Map.of(AKTENWERK.name(), List.of("A3"), KOMMUNAL.name(), List.of("A3"),
                RHEINLAND.name(), List.of("A3")));
        alleKonsolidieren(v);
        aufhebungBegruenden(v, "Kein zuschlagsfähiges Angebot: alle Angebote sind ausgeschlossen", "KEIN_ANGEBOT_ENTSPRICHT_DEN_BEDINGUNGEN",
                "Kein Angebot erfüllt das A-Kriterium A3 (Barrierefreiheit nach BITV 2.0).");

        versenden(v.pi().getId());
        assertThat(v.pi()).isEnded().hasPassed("ServiceTask_WertungBerechnen", "Gateway_ZuschlagsfaehigesAngebot",
                "UserTask_AufhebungBegruenden", "EndEvent_VerfahrenAufgehoben").hasNotPassed("UserTask_ZuschlagsvorschlagErstellen");
        Vergabe vergabe = vergabeService.vergabe(v.vergabeId());
        assertThat(vergabe.getStatus()).isEqualTo(Vergabe.Status.AUFGEHOBEN);
        assertThat(vergabe.getAufhebungsgrund()).contains("alle Angebote sind ausgeschlossen");
    }

    @Test
    void wertungsmethodeJeVerfahren_medianmethodeAusDemStartformular() {
        Map<String, Object> start = new java.util.HashMap<>(Demoausschreibung.startformular());
        start.put("wertungsmethode", "MEDIANMETHODE");
        start.put("wertungGewichtLeistung", 60);
        Verfahren v = starten(start);
        assertThat(v.pi()).hasPassed("ServiceTask_WertungsgrundlageFestlegen");
        // the procedure keeps its own copy: the file says EINFACHE_RICHTWERTMETHODE, the procedure the median method
        assertThat(bewertungService.katalogDatei().wertung().methode()).isEqualTo(Wertungsmethode.EINFACHE_RICHTWERTMETHODE);
        Kriterienkatalog katalog = bewertungService.katalog(v.vergabeId());
        assertThat(katalog.wertung().methode()).isEqualTo(Wertungsmethode.MEDIANMETHODE);
        assertThat(katalog.wertung().gewichtLeistung()).isEqualByComparingTo("0.60");
        assertThat(katalog.wertung().gewichtPreis()).isEqualByComparingTo("0.40");
        assertThat(katalog.kriterien()).hasSize(16);

        alleUnbefangen(v);
        angebotsfristAblaufen(v);
        oeffnen(v);
        alleAngeboteZulassen(v);
        praesentationenDurchfuehren(v);
        boegenAusfuellen(v, Map.of(AKTENWERK.name(), PUNKTE_AKTENWERK, KOMMUNAL.name(), PUNKTE_KOMMUNAL,
                RHEINLAND.name(), PUNKTE_RHEINLAND));
        alleKonsolidieren(v);
        // L as in the happy path (685, 785, 900), P 412,000 / 389,500 / 455,000; median(L) = 785, median(P) = 412,000
        //   Z = 0.6 x L / 785 + 0.4 x 412000 / P
        //   Aktenwerk 0.5235668790 + 0.4          = 0.9235668790
        //   Kommunal  0.6          + 0.4231065469 = 1.0231065469
        //   Rheinland 0.6878980892 + 0.3621978022 = 1.0500958914  -> Rheinland wins (the simple method: Kommunal)
        assertThat(v.pi()).variables().containsEntry("bestbieter", RHEINLAND.name());
        assertThat(bewertungService.rangfolge(v.vergabeId())).extracting(Wertungsrechner.Rang::bieter, Wertungsrechner.Rang::kennzahl)
                .containsExactly(tuple(RHEINLAND.name(), new BigDecimal("1.0500958914")),
                        tuple(KOMMUNAL.name(), new BigDecimal("1.0231065469")),
                        tuple(AKTENWERK.name(), new BigDecimal("0.9235668790")));
        // the Vergabeakte records the winner; the § 134 letters name the method that was published, with its weights
        assertThat(vergabeService.vergabe(v.vergabeId()).getBestbieterAngebotId()).isEqualTo(angebot(v, RHEINLAND).getId());
        List<de.leverkusen.vergabe.schreiben.Bieterschreiben.Brief> briefe = schreibenService.entwurf134(v.vergabeId(),
                angebot(v, RHEINLAND).getId(), LocalDate.of(2022, 2, 25));
        assertThat(briefe).hasSize(2).allSatisfy(b -> assertThat(b.text())
                .contains("Nach der veröffentlichten Wertungsmethode (Medianmethode nach UfAB: Z = 0,6 x L / Median(L) + 0,4 x Median(P) / P; "
                        + "bei gleicher Kennzahl entscheidet die höhere Leistung, dann der niedrigere Preis, zuletzt das Los)")
                .doesNotContain("Richtwertmethode").doesNotContain("LEISTUNG_DANN_PREIS"));
    }

    @Test
    void gleichstandAnDerSpitze_entscheidetDasLosMitVierAugen() {
        Map<String, Object> start = new java.util.HashMap<>(Demoausschreibung.startformular());
        start.put("bieter", AKTENWERK.name() + "; " + AKTENWERK.email() + "\n" + ZWILLING.name() + "; " + ZWILLING.email());
        Verfahren v = bisZurPraesentation(start);
        praesentationenDurchfuehren(v);
        // the same points from every evaluator: L equal; both offer 412,000.00 EUR: P and Z = L / P equal. The published
        // tie rule (higher L, then lower P) leaves them tied, so the lot decides, not the order in which they were typed
        boegenAusfuellen(v, Map.of(AKTENWERK.name(), PUNKTE_AKTENWERK, ZWILLING.name(), PUNKTE_AKTENWERK));
        alleKonsolidieren(v);
        assertThat(v.pi()).isWaitingAt("UserTask_LosentscheidErfassen").hasNotPassed("UserTask_ZuschlagsvorschlagErstellen");
        Vergabe vergabe = vergabeService.vergabe(v.vergabeId());
        assertThat(vergabe.getStatus()).isEqualTo(Vergabe.Status.LOSENTSCHEID);
        assertThat(vergabe.getBestbieterAngebotId()).isNull();
        assertThat(vergabe.getGleichaufAngebote()).containsExactlyInAnyOrder(angebot(v, AKTENWERK).getId(), angebot(v, ZWILLING).getId());

        Task los = aufgabe(v, "UserTask_LosentscheidErfassen");
        assertThat((String) taskService.getVariable(los.getId(), "losKandidaten")).contains(AKTENWERK.name(), ZWILLING.name());
        taskService.claim(los.getId(), "vergabe1");
        LocalDate heute = LocalDate.now(BERLIN);
        assertThatThrownBy(() -> taskService.complete(los.getId(), losentscheid(RHEINLAND.name(), heute)))
                .hasMessageContaining("Feld 'losGewinner'").hasMessageContaining("keines der gleichauf liegenden Angebote");
        assertThatThrownBy(() -> taskService.complete(los.getId(), losentscheid(ZWILLING.name(), heute.plusDays(1))))
                .hasMessageContaining("Feld 'losDatum'");
        complete(los, losentscheid(ZWILLING.name(), heute));

        Task gegenzeichnen = aufgabe(v, "UserTask_LosentscheidGegenzeichnen");
        assertThat((String) taskService.getVariable(gegenzeichnen.getId(), "losErgebnis")).startsWith("Das Los fiel auf " + ZWILLING.name());
        taskService.claim(gegenzeichnen.getId(), "vergabe1");
        assertThatThrownBy(() -> taskService.complete(gegenzeichnen.getId(), werte("losGegenzeichnungVermerk", "Ich zeichne selbst gegen.")))
                .hasMessageContaining("Vier-Augen-Prinzip");
        assertThat(vergabeService.vergabe(v.vergabeId()).getBestbieterAngebotId()).isNull();
        taskService.setAssignee(gegenzeichnen.getId(), null);
        taskService.claim(gegenzeichnen.getId(), "vergabe2");
        complete(taskService.createTaskQuery().taskId(gegenzeichnen.getId()).singleResult(),
                werte("losGegenzeichnungVermerk", "Ziehung beobachtet, Ergebnis bestätigt."));

        // the drawn offer is the winner, recorded with the draw; the proposal, the ranking and the letters say so
        assertThat(v.pi()).isWaitingAt("UserTask_ZuschlagsvorschlagErstellen").hasPassed("UserTask_LosentscheidGegenzeichnen");
        assertThat(v.pi()).variables().containsEntry("bestbieter", ZWILLING.name());
        vergabe = vergabeService.vergabe(v.vergabeId());
        assertThat(vergabe.getStatus()).isEqualTo(Vergabe.Status.GEWERTET);
        assertThat(vergabe.getBestbieterAngebotId()).isEqualTo(angebot(v, ZWILLING).getId());
        assertThat(List.of(vergabe.getLosGezogenVon(), vergabe.getLosGegengezeichnetVon())).containsExactly("vergabe1", "vergabe2");
        String losentscheid = "Losentscheid am " + heute.format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy"))
                + " durch vergabe1, gegengezeichnet von vergabe2: das Los fiel auf " + ZWILLING.name();
        String ergebnis = (String) taskService.getVariable(aufgabe(v, "UserTask_ZuschlagsvorschlagErstellen").getId(), "wertungTabelle");
        assertThat(ergebnis).contains("| 1. | " + AKTENWERK.name() + " |", "| 1. | " + ZWILLING.name() + " |", "| Gleichstand |", losentscheid);
        List<de.leverkusen.vergabe.schreiben.Bieterschreiben.Brief> briefe = schreibenService.entwurf134(v.vergabeId(),
                angebot(v, ZWILLING).getId(), LocalDate.of(2022, 2, 25));
        assertThat(briefe).singleElement().satisfies(b -> assertThat(b.text())
                .contains("liegt Ihr Angebot mit", "gleichauf mit dem Angebot des Zuschlagsempfängers", losentscheid));
        assertThat(vergabeService.vermerke(v.vergabeId())).extracting(Vermerk::getStufe, Vermerk::getBenutzer)
                .contains(tuple("Losentscheid", "vergabe1"), tuple("Losentscheid", "vergabe2"));
    }

    @Test
    void wertungsmethodeJeVerfahren_mittelwertmethodeUndFalscheParameterAbgewiesen() {
        Map<String, Object> start = new java.util.HashMap<>(Demoausschreibung.startformular());
        start.put("wertungsmethode", "MITTELWERTMETHODE");
        assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey("dms-vergabe", "VG-TEST-MITTELWERT", start))
                .hasMessageContaining("Feld 'wertungsmethode'").hasMessageContaining("MITTELWERTMETHODE");
        // the extended benchmark method needs its published band and deciding criterion
        start.put("wertungsmethode", "ERWEITERTE_RICHTWERTMETHODE");
        assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey("dms-vergabe", "VG-TEST-BAND", start))
                .hasMessageContaining("Feld 'wertungSchwankungsbreite'").hasMessageContaining("Pflichtfeld");
        start.put("wertungSchwankungsbreite", 5);
        assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey("dms-vergabe", "VG-TEST-BAND", start))
                .hasMessageContaining("Feld 'wertungEntscheidungskriterium'");
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKeyLike("VG-TEST-%").processDefinitionKey("dms-vergabe")
                .list()).noneMatch(pi -> List.of("VG-TEST-MITTELWERT", "VG-TEST-BAND").contains(pi.getBusinessKey()));
        start.put("wertungEntscheidungskriterium", "LEISTUNG");
        Verfahren v = starten(start);
        Kriterienkatalog katalog = bewertungService.katalog(v.vergabeId());
        assertThat(katalog.wertung().methode()).isEqualTo(Wertungsmethode.ERWEITERTE_RICHTWERTMETHODE);
        assertThat(katalog.wertung().schwankungsbreite()).isEqualByComparingTo("0.05");
        assertThat(katalog.methodenbeschreibung()).contains("Erweiterte Richtwertmethode", "1 - 0,05", "die höchste Leistung");
    }

    // =====================================================================================================
    // 5. council (ratsbefassung)
    // =====================================================================================================

    @Test
    void ratLehntAb_verfahrenAufgehoben() {
        Verfahren v = bisZurRatsbefassung();
        ProcessInstance rat = laufendeInstanz(v, "ratsbefassung");

        ratsbefassung(v, "ABGELEHNT");
        assertThat(rat).isEnded().hasPassed("EndEvent_RatHatAbgelehnt").hasNotPassed("UserTask_VorlageVertagen");
        // the council's rejection is the occasion; the Vergabestelle names the ground of § 63 (1)
        aufhebungBegruenden(v, "Der Rat hat die Beschlussvorlage abgelehnt", "GRUNDLAGE_WESENTLICH_GEAENDERT",
                "Der Rat hat die Haushaltsmittel für das DMS nicht bereitgestellt.");

        versenden(v.pi().getId());
        assertThat(v.pi()).isEnded().hasPassed("Gateway_RatHatZugestimmt", "UserTask_AufhebungBegruenden",
                "EndEvent_VerfahrenAufgehoben").hasNotPassed("UserTask_BieterInformieren");
        Vergabe vergabe = vergabeService.vergabe(v.vergabeId());
        assertThat(vergabe.getStatus()).isEqualTo(Vergabe.Status.AUFGEHOBEN);
        assertThat(vergabe.getRatsbeschluss()).isEqualTo("ABGELEHNT");
        assertThat(vergabe.getAufhebungsgrund()).isEqualTo("§ 63 Abs. 1 Satz 1 Nr. 2 VgV: sich die Grundlage des Vergabeverfahrens "
                + "wesentlich geändert hat. Anlass: Der Rat hat die Beschlussvorlage abgelehnt. "
                + "Begründung: Der Rat hat die Haushaltsmittel für das DMS nicht bereitgestellt.");
        // every bidder is told in text form (§ 63 Abs. 2 VgV), recorded with its dispatch
        assertThat(schreibenService.schreiben(v.vergabeId())).filteredOn(sch -> sch.getArt() == Schreiben.Art.AUFHEBUNG_63)
                .extracting(Schreiben::getEmpfaenger).containsExactlyInAnyOrder(AKTENWERK.email(), KOMMUNAL.email(), RHEINLAND.email());
        assertThat(schreibenService.schreiben(v.vergabeId())).filteredOn(sch -> sch.getArt() == Schreiben.Art.AUFHEBUNG_63)
                .allSatisfy(sch -> {
                    assertThat(sch.getVersandtAm()).isNotNull();
                    assertThat(sch.getText()).contains("wird ohne Zuschlag aufgehoben", "§ 63 Abs. 1 Satz 1 Nr. 2 VgV",
                            "Haushaltsmittel", "§ 63 Abs. 2 VgV");
                });
        assertThat(vergabe.getZuschlagAngebotId()).isNull();
    }

    @Test
    void ratVertagt_dannZustimmung() {
        Verfahren v = bisZurRatsbefassung();
        ProcessInstance rat = laufendeInstanz(v, "ratsbefassung");

        complete(aufgabe(v, "UserTask_BeschlussvorlageErstellen"), beschlussvorlage());
        complete(aufgabe(v, "UserTask_RatsbeschlussErfassen"), ratsbeschluss("VERTAGT", "2021-12-16"));
        assertThat(rat).isWaitingAt("UserTask_VorlageVertagen");
        assertThat(aufgabe(v, "UserTask_VorlageVertagen")).hasCandidateGroup("ratsbuero");

        complete(aufgabe(v, "UserTask_VorlageVertagen"), vertagung("2022-02-10"));
        assertThat(rat).isWaitingAt("UserTask_RatsbeschlussErfassen").hasPassed("Gateway_TagesordnungMerge");
        complete(aufgabe(v, "UserTask_RatsbeschlussErfassen"), ratsbeschluss("ZUGESTIMMT", "2022-02-10"));
        versenden(v.pi().getId());

        assertThat(rat).isEnded().hasPassed("EndEvent_RatHatZugestimmt");
        assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(rat.getId())
                .activityId("UserTask_RatsbeschlussErfassen").count()).isEqualTo(2);
        assertThat(v.pi()).isWaitingAt("UserTask_BieterInformieren");
        Vergabe vergabe = vergabeService.vergabe(v.vergabeId());
        assertThat(vergabe.getRatsbeschluss()).isEqualTo("ZUGESTIMMT");
        assertThat(vergabe.getRatsbeschlussDatum()).isEqualTo(LocalDate.parse("2022-02-10"));
        assertThat(vergabeService.vermerke(v.vergabeId())).filteredOn(m -> "Rat".equals(m.getStufe()))
                .extracting(Vermerk::getText)
                .anyMatch(t -> t.startsWith("Beschlussvorlage 2021/1234 erstellt"))
                .anyMatch(t -> t.startsWith("Ratssitzung vom 16.12.2021: vertagt"))
                .anyMatch(t -> t.startsWith("Ratssitzung vom 10.02.2022: zugestimmt"));
    }

    // (council approves: see happyPath)

    // =====================================================================================================
    // 6. approval of the proposal by Projektleitung
    // =====================================================================================================

    @Test
    void zuschlagsvorschlagZurueckgewiesen_dannFreigegeben() {
        Verfahren v = bisZurWertung();
        wertungKonsolidierenUndVorschlagen(v);
        assertThat(aufgabe(v, "UserTask_ZuschlagsvorschlagFreigeben")).hasCandidateGroup("projektleitung");

        freigeben(v, "ZURUECKGEWIESEN");
        assertThat(v.pi()).isWaitingAt("UserTask_ZuschlagsvorschlagErstellen").hasPassed("Gateway_ZuschlagsvorschlagMerge");

        complete(aufgabe(v, "UserTask_ZuschlagsvorschlagErstellen"), zuschlagsvorschlag());
        freigeben(v, "FREIGEGEBEN");

        assertThat(v.pi()).isWaitingAt("CallActivity_Ratsbefassung");
        assertThat(laufendeInstanz(v, "ratsbefassung")).isWaitingAt("UserTask_BeschlussvorlageErstellen")
                .variables().containsEntry("bestbieter", KOMMUNAL.name());
        assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(v.pi().getId())
                .activityId("UserTask_ZuschlagsvorschlagErstellen").count()).isEqualTo(2);
        assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(v.pi().getId())
                .activityId("UserTask_ZuschlagsvorschlagFreigeben").count()).isEqualTo(2);
    }

    // =====================================================================================================
    // 7. review application (Nachprüfungsantrag) during the standstill
    // =====================================================================================================

    @Test
    void nachpruefungsantrag_zurueckgewiesen_weiterZumZuschlag() {
        Verfahren v = bisZurWartefrist();
        nachpruefungsantragStellen(v);

        // the decision is served today: the award waits for the two weeks of the immediate appeal (§ 172 GWB)
        LocalDate zugestellt = LocalDate.now(BERLIN);
        Task kammer = aufgabe(v, "UserTask_KammerEntscheidungErfassen");
        assertThat(kammer.getDueDate()).isAfter(Date.from(zugestellt.plusDays(34).atStartOfDay(BERLIN).toInstant())); // § 167 GWB: 5 weeks
        complete(kammer, kammerEntscheidung("ANTRAG_ZURUECKGEWIESEN", zugestellt));

        assertThat(v.pi()).isWaitingAt("TimerEvent_BeschwerdefristAbgelaufen");
        LocalDate fruehestens = fristenrechner.letzterTagBeschwerdefrist(zugestellt).plusDays(1);
        Job beschwerdefrist = managementService.createJobQuery().processInstanceId(v.pi().getId())
                .activityId("TimerEvent_BeschwerdefristAbgelaufen").singleResult();
        assertThat(beschwerdefrist.getDuedate()).isEqualTo(beginnDesTages(fruehestens));
        ClockUtil.setCurrentTime(beschwerdefrist.getDuedate());
        managementService.executeJob(beschwerdefrist.getId());

        assertThat(v.pi()).isWaitingAt("UserTask_ZuschlagErteilen").hasPassed("Gateway_AntragStattgegeben", "Gateway_ZuschlagMerge")
                .hasNotPassed("EndEvent_WartefristBeendet");
        // the Vergabeakte: still in the standstill stage, no review pending, the award from the day after the appeal period
        Vergabe vergabe = vergabeService.vergabe(v.vergabeId());
        assertThat(vergabe.getStatus()).isEqualTo(Vergabe.Status.INFORMIERT);
        assertThat(vergabe.isNachpruefungAnhaengig()).isFalse();
        assertThat(vergabe.getFruehesterZuschlag()).isEqualTo(fruehestens);
    }

    @Test
    void nachpruefungsantrag_stattgegeben_neueWertung() {
        Verfahren v = bisZurWartefrist();
        nachpruefungsantragStellen(v);

        complete(aufgabe(v, "UserTask_KammerEntscheidungErfassen"), kammerEntscheidung("ANTRAG_STATTGEGEBEN", LocalDate.now(BERLIN)));

        assertThat(v.pi()).isWaitingAt("UserTask_WertungKonsolidieren").hasPassed("Gateway_WertungMerge")
                .hasNotPassed("UserTask_ZuschlagErteilen");
        // the ranking is computed again after the new consolidation (3 offers consolidated twice)
        assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(v.pi().getId())
                .activityId("ServiceTask_WertungBerechnen").count()).isEqualTo(1);
        assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(v.pi().getId())
                .activityId("UserTask_WertungKonsolidieren").count()).isEqualTo(6);
        alleKonsolidieren(v);
        assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(v.pi().getId())
                .activityId("ServiceTask_WertungBerechnen").count()).isEqualTo(2);
        assertThat(v.pi()).variables().containsEntry("bestbieter", KOMMUNAL.name());
        assertThat(vergabeService.vergabe(v.vergabeId()).getZuschlagAngebotId()).isNull();
    }

    // =====================================================================================================
    // 8. award notice overdue (§ 39 VgV)
    // =====================================================================================================

    @Test
    void bekanntmachungUeberfaellig_eskalationNebenDerOffenenAufgabe() {
        Verfahren v = bisZurWartefrist();
        wartefristAblaufen(v);
        zuschlagErteilen(v);

        Job ueberfaellig = managementService.createJobQuery().processInstanceId(v.pi().getId())
                .activityId("BoundaryEvent_BekanntmachungUeberfaellig").singleResult();
        // due at the end of the 30th day after the award
        LocalDate zuschlagstag = vergabeService.vergabe(v.vergabeId()).getZuschlagAm().atZoneSameInstant(BERLIN).toLocalDate();
        assertThat(ueberfaellig.getDuedate()).isEqualTo(beginnDesTages(zuschlagstag.plusDays(31)));
        managementService.executeJob(ueberfaellig.getId());

        // non-interrupting: the publish task is still open next to the escalation
        assertThat(v.pi()).isWaitingAt("UserTask_BekanntmachungVeroeffentlichen", "UserTask_BekanntmachungEskalieren");
        Task eskalation = aufgabe(v, "UserTask_BekanntmachungEskalieren");
        assertThat(eskalation).hasCandidateGroup("projektleitung");
        complete(eskalation, eskalation());
        assertThat(v.pi()).hasPassed("EndEvent_EskalationGeklaert").isWaitingAt("UserTask_BekanntmachungVeroeffentlichen");

        bekanntmachungVeroeffentlichen(v);
        lizenzBestellen(v);
        vergabevermerkAbschliessen(v);

        versenden(v.pi().getId());
        assertThat(v.pi()).isEnded().hasPassed("BoundaryEvent_BekanntmachungUeberfaellig", "UserTask_BekanntmachungEskalieren",
                "EndEvent_VerfahrenAbgeschlossen");
        assertThat(vergabeService.vergabe(v.vergabeId()).getStatus()).isEqualTo(Vergabe.Status.ABGESCHLOSSEN);
    }

    // =====================================================================================================
    // 8a. licence order: refused by ivl, retries exhausted, reminder, confirmation
    // =====================================================================================================

    @Test
    void lizenzbestellung_schriftlich_bestaetigt_in_der_mahnung() {
        Verfahren v = bisZurWartefrist();
        wartefristAblaufen(v);
        zuschlagErteilen(v);
        String bestellnummer = "IVL-" + v.bk();
        lizenzbestellungPruefen(v);
        externalTaskService.complete(bestellungHolen(v).getId(), "ivl-worker");
        managementService.executeJob(managementService.createJobQuery().processInstanceId(v.pi().getId())
                .activityId("TimerEvent_IvlBestaetigungsfristAbgelaufen").singleResult().getId());
        Task mahnen = aufgabe(v, "UserTask_IvlBestaetigungAnmahnen");

        // "confirmed in writing" needs ivl's reference, and a usable one; the task stays open, nothing recorded
        Map<String, Object> ohneReferenz = mahnung();
        ohneReferenz.put("mahnungErgebnis", "SCHRIFTLICH_BESTAETIGT");
        assertThatThrownBy(() -> complete(mahnen, ohneReferenz)).hasMessageContaining("ivlReferenz").hasMessageContaining("Pflichtfeld");
        Map<String, Object> unbrauchbar = new HashMap<>(ohneReferenz);
        unbrauchbar.put("ivlReferenz", "<script>");
        assertThatThrownBy(() -> complete(mahnen, unbrauchbar)).hasMessageContaining("ivlReferenz");
        assertThat(lizenzbestellungService.bestellung(bestellnummer).getStatus()).isEqualTo(Lizenzbestellung.Status.UEBERMITTELT);
        assertThat(v.pi()).isWaitingAt("UserTask_IvlBestaetigungAnmahnen");

        Map<String, Object> schriftlich = new HashMap<>(ohneReferenz);
        schriftlich.put("ivlReferenz", "IVL-AUF-2022-0816");
        complete(mahnen, schriftlich);
        assertThat(v.pi()).isWaitingAt("UserTask_LizenzbereitstellungErfassen")
                .hasPassed("Gateway_IvlSchriftlichBestaetigt", "EndEvent_IvlSchriftlichBestaetigt", "Gateway_IvlBestaetigtMerge")
                .hasNotPassed("ServiceTask_IvlBestaetigungDokumentieren");
        Lizenzbestellung bestaetigt = lizenzbestellungService.bestellung(bestellnummer);
        assertThat(bestaetigt.getStatus()).isEqualTo(Lizenzbestellung.Status.BESTAETIGT);
        assertThat(bestaetigt.getIvlReferenz()).isEqualTo("IVL-AUF-2022-0816");
        assertThat(vergabeService.vermerke(v.vergabeId())).extracting(Vermerk::getText)
                .anySatisfy(t -> assertThat(t).startsWith("Bestätigung der Lizenzbestellung " + bestellnummer + " angemahnt: Telefonisch"))
                .anySatisfy(t -> assertThat(t).contains("schriftlich bestätigt").contains("IVL-AUF-2022-0816"));
        // the interface's confirmation is no longer awaited
        assertThatThrownBy(() -> runtimeService.createMessageCorrelation("IvlBestellungBestaetigt")
                .processInstanceVariableEquals("bestellnummer", bestellnummer).setVariable("ivlReferenz", "IVL-X").correlate())
                .isInstanceOf(org.camunda.bpm.engine.MismatchingMessageCorrelationException.class);
    }

    @Test
    void lizenzbestellung_abgelehnt_stoerung_erinnerung_bestaetigung() throws Exception {
        Verfahren v = bisZurWartefrist();
        wartefristAblaufen(v);
        zuschlagErteilen(v);
        String bestellnummer = "IVL-" + v.bk();

        // the review form shows the order drafted from the procedure; the price only as the task's local input
        Task pruefen = aufgabe(v, "UserTask_LizenzbestellungPruefen");
        // shown in German notation (a number field would show 389500): 389,500.00 -> "389.500,00 EUR"
        assertThat(taskService.getVariable(pruefen.getId(), "bestellpreis")).isEqualTo("389.500,00 EUR");
        assertThat(taskService.getVariable(pruefen.getId(), "ratsvorlage")).isEqualTo("2021/1234");
        assertThat(taskService.getVariable(pruefen.getId(), "lizenzanzahl")).isEqualTo(1900L);
        assertThat(runtimeService.getVariable(v.pi().getId(), "bestellpreis")).isNull();
        // more licences than screen workplaces are refused with the field named
        Map<String, Object> zuViele = lizenzpruefung();
        zuViele.put("lizenzanzahl", 1901L);
        assertThatThrownBy(() -> taskService.complete(pruefen.getId(), zuViele)).hasMessageContaining("lizenzanzahl");
        lizenzbestellungPruefen(v);

        // the worker sends the order; ivl refuses its content (4xx): BPMN error back to the Vergabestelle with the message
        LockedExternalTask erste = bestellungHolen(v);
        var auftrag = new com.fasterxml.jackson.databind.ObjectMapper().readTree((String) erste.getVariables().get("lizenzbestellung"));
        assertThat(auftrag.path("bestellnummer").asText()).isEqualTo(bestellnummer);
        assertThat(auftrag.path("aktenzeichen").asText()).isEqualTo(v.bk());
        assertThat(auftrag.path("vorlageNummer").asText()).isEqualTo("2021/1234");
        assertThat(auftrag.path("auftragnehmer").asText()).isEqualTo(KOMMUNAL.name());
        assertThat(auftrag.path("anzahlLizenzen").asInt()).isEqualTo(1900);
        assertThat(auftrag.path("preisNetto").decimalValue()).isEqualByComparingTo(KOMMUNAL.preis());
        assertThat(auftrag.path("kostenstelle").asText()).isEqualTo("040100");
        externalTaskService.handleBpmnError(erste.getId(), "ivl-worker", "IVL_BESTELLUNG_ABGELEHNT",
                "Kostenstelle 040100 ist bei der ivl nicht freigegeben", Map.of("ivlAblehnung", "Kostenstelle 040100 ist bei der ivl nicht freigegeben"));
        assertThat(v.pi()).isWaitingAt("UserTask_LizenzbestellungPruefen")
                .hasPassed("BoundaryEvent_IvlBestellungAbgelehnt", "ServiceTask_IvlAblehnungDokumentieren");
        assertThat(taskService.getVariable(aufgabe(v, "UserTask_LizenzbestellungPruefen").getId(), "ivlAblehnung"))
                .isEqualTo("Kostenstelle 040100 ist bei der ivl nicht freigegeben");
        Lizenzbestellung abgelehnt = lizenzbestellungService.bestellung(bestellnummer);
        assertThat(abgelehnt.getStatus()).isEqualTo(Lizenzbestellung.Status.ABGELEHNT);
        assertThat(abgelehnt.getAblehnungsgrund()).isEqualTo("Kostenstelle 040100 ist bei der ivl nicht freigegeben");
        // ivl cannot confirm an order it refused
        assertThatThrownBy(() -> runtimeService.createMessageCorrelation("IvlBestellungBestaetigt")
                .processInstanceVariableEquals("bestellnummer", bestellnummer).setVariable("ivlReferenz", "X-1").correlate())
                .hasMessageContaining("nicht übermittelt");

        Map<String, Object> korrigiert = lizenzpruefung();
        korrigiert.put("kostenstelle", "0401200");
        complete(aufgabe(v, "UserTask_LizenzbestellungPruefen"), korrigiert);
        assertThat(runtimeService.getVariable(v.pi().getId(), "ivlAblehnung")).isNull();

        // technical failures: retries exhausted -> incident with the reason; setting retries sends again, same order number
        LockedExternalTask zweite = bestellungHolen(v);
        var korrigierterAuftrag = new com.fasterxml.jackson.databind.ObjectMapper().readTree((String) zweite.getVariables().get("lizenzbestellung"));
        assertThat(korrigierterAuftrag.path("kostenstelle").asText()).isEqualTo("0401200");
        externalTaskService.handleFailure(zweite.getId(), "ivl-worker", "Lizenzbestellung " + bestellnummer + " nicht übermittelt: ivl antwortet HTTP 503",
                "Idempotency-Key " + bestellnummer, 0, 0);
        assertThat(runtimeService.createIncidentQuery().processInstanceId(v.pi().getId()).singleResult().getIncidentMessage())
                .contains("HTTP 503");
        externalTaskService.setRetries(zweite.getId(), 1);
        assertThat(runtimeService.createIncidentQuery().processInstanceId(v.pi().getId()).count()).isZero();
        LockedExternalTask dritte = bestellungHolen(v);
        assertThat(dritte.getId()).isEqualTo(zweite.getId());
        externalTaskService.complete(dritte.getId(), "ivl-worker");
        assertThat(v.pi()).isWaitingAt("TimerEvent_IvlBestaetigungsfristAbgelaufen");

        // no confirmation within 10 working days: reminder for the Vergabestelle, then the period starts again
        Job frist = managementService.createJobQuery().processInstanceId(v.pi().getId())
                .activityId("TimerEvent_IvlBestaetigungsfristAbgelaufen").singleResult();
        // counted from the engine's "now" (the standstill moved it forward to the award)
        LocalDate heute = ClockUtil.getCurrentTime().toInstant().atZone(BERLIN).toLocalDate();
        assertThat(frist.getDuedate()).isAfterOrEqualTo(beginnDesTages(heute.plusDays(14)))
                .isBeforeOrEqualTo(beginnDesTages(heute.plusDays(21)));
        managementService.executeJob(frist.getId());
        Task mahnen = aufgabe(v, "UserTask_IvlBestaetigungAnmahnen");
        assertThat(mahnen).hasCandidateGroup("vergabestelle");
        complete(mahnen, mahnung());
        assertThat(v.pi()).isWaitingAt("TimerEvent_IvlBestaetigungsfristAbgelaufen");
        managementService.executeJob(managementService.createJobQuery().processInstanceId(v.pi().getId())
                .activityId("TimerEvent_IvlBestaetigungsfristAbgelaufen").singleResult().getId());
        assertThat(v.pi()).isWaitingAt("UserTask_IvlBestaetigungAnmahnen");

        // the confirmation ends the waiting, an open reminder included; without reference it is refused
        assertThatThrownBy(() -> runtimeService.createMessageCorrelation("IvlBestellungBestaetigt")
                .processInstanceVariableEquals("bestellnummer", bestellnummer).correlate()).hasMessageContaining("ivlReferenz");
        ivlBestaetigt(v);
        assertThat(taskService.createTaskQuery().processInstanceId(v.pi().getId()).taskDefinitionKey("UserTask_IvlBestaetigungAnmahnen").count())
                .isZero();
        assertThat(lizenzbestellungService.bestellung(bestellnummer).getIvlReferenz()).isEqualTo("IVL-AUF-2022-0815");
        // not more than ordered
        assertThatThrownBy(() -> complete(aufgabe(v, "UserTask_LizenzbereitstellungErfassen"), bereitstellung(1901)))
                .hasMessageContaining("bereitgestellteLizenzen");
        complete(aufgabe(v, "UserTask_LizenzbereitstellungErfassen"), bereitstellung(1850));

        bekanntmachungVeroeffentlichen(v);
        vergabevermerkAbschliessen(v);
        versenden(v.pi().getId());
        assertThat(v.pi()).isEnded().hasPassed("UserTask_IvlBestaetigungAnmahnen", "UserTask_LizenzbereitstellungErfassen");
        Lizenzbestellung bereitgestellt = lizenzbestellungService.bestellung(bestellnummer);
        assertThat(bereitgestellt.getStatus()).isEqualTo(Lizenzbestellung.Status.BEREITGESTELLT);
        assertThat(bereitgestellt.getBereitgestellteLizenzen()).isEqualTo(1850);
        assertThat(bereitgestellt.getKostenstelle()).isEqualTo("0401200");
        assertThat(vergabeService.vermerke(v.vergabeId())).extracting(Vermerk::getText)
                .anyMatch(t -> t.contains("von der ivl abgelehnt: Kostenstelle 040100"))
                .anyMatch(t -> t.contains("von der ivl bestätigt, Referenz IVL-AUF-2022-0815"))
                .anyMatch(t -> t.startsWith("1850 Lizenzen am "));
    }

    // =====================================================================================================
    // 9. no admissible offer
    // =====================================================================================================

    @Test
    void keinWertbaresAngebot_verfahrenAufgehoben() {
        Verfahren v = bisZurOeffnung(startformular(List.of(AKTENWERK, KOMMUNAL)));

        complete(aufgabeFuer(v, "UserTask_FormalePruefung", AKTENWERK), formalePruefung("AUSSCHLIESSEN"));
        complete(aufgabeFuer(v, "UserTask_FormalePruefung", KOMMUNAL), formalePruefung("VOLLSTAENDIG"));
        complete(aufgabeFuer(v, "UserTask_AusschlussgruendePruefen", KOMMUNAL),
                ausschlussgruende("FAKULTATIV_124_AUSSCHLUSS", "Schwere Verfehlung nach § 124 Abs. 1 Nr. 3 GWB"));

        aufhebungBegruenden(v, "Kein zuschlagsfähiges Angebot", "KEIN_ANGEBOT_ENTSPRICHT_DEN_BEDINGUNGEN",
                "Beide Angebote sind ausgeschlossen.");
        versenden(v.pi().getId());
        assertThat(v.pi()).isEnded().hasPassed("Gateway_WertbareAngeboteVorhanden", "Gateway_AufhebungMerge",
                "UserTask_AufhebungBegruenden", "EndEvent_VerfahrenAufgehoben")
                .hasNotPassed("SubProcess_Bieterpraesentation", "CallActivity_BewertungsbogenAusfuellen");
        assertThat(vergabeService.angebote(v.vergabeId())).extracting(Angebot::getBieterName, Angebot::getStatus,
                Angebot::getAusschlussgrund).containsExactlyInAnyOrder(
                tuple(AKTENWERK.name(), Angebot.Status.AUSGESCHLOSSEN,
                        "Formaler Mangel, nicht heilbar (§ 57 Abs. 1 VgV): Formale Prüfung: AUSSCHLIESSEN"),
                tuple(KOMMUNAL.name(), Angebot.Status.AUSGESCHLOSSEN,
                        "Fakultativer Ausschlussgrund nach § 124 GWB: Schwere Verfehlung nach § 124 Abs. 1 Nr. 3 GWB"));
        Vergabe vergabe = vergabeService.vergabe(v.vergabeId());
        assertThat(vergabe.getStatus()).isEqualTo(Vergabe.Status.AUFGEHOBEN);
        assertThat(vergabe.getAufhebungsgrund()).startsWith("§ 63 Abs. 1 Satz 1 Nr. 1 VgV: kein Angebot eingegangen ist, das den "
                + "Bedingungen entspricht. Anlass: Kein zuschlagsfähiges Angebot: alle Angebote sind ausgeschlossen");
        assertThat(bewertungService.boegen(v.vergabeId())).isEmpty();
        assertThat(taskService.createTaskQuery().processInstanceBusinessKey(v.bk()).count()).isZero();
    }

    // =====================================================================================================
    // 10. four eyes at the opening (§ 55 VgV)
    // =====================================================================================================

    @Test
    void vierAugenPrinzip_beiDerOeffnung() {
        Verfahren v = starten(Demoausschreibung.startformular());
        angebotsfristAblaufen(v);

        Task oeffnen = aufgabe(v, "UserTask_AngeboteOeffnen");
        assertThat(oeffnen).hasCandidateGroup("vergabestelle");
        taskService.claim(oeffnen.getId(), "vergabe1");
        complete(oeffnen, oeffnung(runtimeService.getVariable(v.pi().getId(), "angebotspreise")));
        assertThat(vergabeService.vergabe(v.vergabeId()).getErstOeffner()).isEqualTo("vergabe1");

        Task gegenzeichnen = aufgabe(v, "UserTask_OeffnungGegenzeichnen");
        taskService.claim(gegenzeichnen.getId(), "vergabe1");
        assertThatThrownBy(() -> taskService.complete(gegenzeichnen.getId(), gegenzeichnung()))
                .hasMessageContaining("Vier-Augen-Prinzip")
                .hasMessageContaining("vergabe1");
        assertThat(v.pi()).isWaitingAt("UserTask_OeffnungGegenzeichnen");
        assertThat(vergabeService.vergabe(v.vergabeId()).getZweitOeffner()).isNull();
        assertThat(vergabeService.vergabe(v.vergabeId()).getStatus()).isEqualTo(Vergabe.Status.ERSTOEFFNUNG);

        taskService.setAssignee(gegenzeichnen.getId(), null);
        taskService.claim(gegenzeichnen.getId(), "vergabe2");
        complete(taskService.createTaskQuery().taskId(gegenzeichnen.getId()).singleResult(), gegenzeichnung());

        assertThat(v.pi()).hasPassed("UserTask_OeffnungGegenzeichnen").isWaitingAt("CallActivity_AngebotPruefen");
        Vergabe vergabe = vergabeService.vergabe(v.vergabeId());
        assertThat(vergabe.getZweitOeffner()).isEqualTo("vergabe2");
        assertThat(vergabe.getStatus()).isEqualTo(Vergabe.Status.GEOEFFNET);
        assertThat(vergabe.getGeoeffnetAm()).isNotNull();
    }

    // =====================================================================================================
    // stages
    // =====================================================================================================

    private Verfahren starten(Map<String, Object> startformular) {
        String bk = "VG-TEST-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        ProcessInstance pi = runtimeService.startProcessInstanceByKey("dms-vergabe", bk, startformular);
        assertThat(pi).isStarted().hasPassed("ServiceTask_VergabeAnlegen")
                .isWaitingAt("TimerEvent_AngebotsfristAbgelaufen", "UserTask_InteressenkonfliktErklaeren");
        Long vergabeId = (Long) runtimeService.getVariable(pi.getId(), "vergabeId");
        assertThat(vergabeService.vergabe(vergabeId).getBusinessKey()).isEqualTo(bk);
        return new Verfahren(pi, bk, vergabeId);
    }

    /** Started, all evaluators unbiased, offer deadline passed, offers opened: the checks of every offer wait. */
    private Verfahren bisZurOeffnung(Map<String, Object> startformular) {
        Verfahren v = starten(startformular);
        alleUnbefangen(v);
        angebotsfristAblaufen(v);
        oeffnen(v);
        assertThat(v.pi()).isWaitingAt("CallActivity_AngebotPruefen");
        return v;
    }

    /** ... and every offer admitted: the presentation timers wait. */
    private Verfahren bisZurPraesentation(Map<String, Object> startformular) {
        Verfahren v = bisZurOeffnung(startformular);
        alleAngeboteZulassen(v);
        assertThat(v.pi()).isWaitingAt("TimerEvent_PraesentationsterminErreicht");
        return v;
    }

    /** The demo tender up to the consolidation of the scores (winner Kommunal-DMS AG, see happyPath). */
    private Verfahren bisZurWertung() {
        Verfahren v = bisZurPraesentation(Demoausschreibung.startformular());
        praesentationenDurchfuehren(v);
        boegenAusfuellen(v, Map.of(AKTENWERK.name(), PUNKTE_AKTENWERK, KOMMUNAL.name(), PUNKTE_KOMMUNAL,
                RHEINLAND.name(), PUNKTE_RHEINLAND));
        assertThat(v.pi()).isWaitingAt("UserTask_WertungKonsolidieren");
        return v;
    }

    private Verfahren bisZurRatsbefassung() {
        Verfahren v = bisZurWertung();
        wertungKonsolidierenUndVorschlagen(v);
        freigeben(v, "FREIGEGEBEN");
        assertThat(v.pi()).isWaitingAt("CallActivity_Ratsbefassung");
        return v;
    }

    private Verfahren bisZurWartefrist() {
        Verfahren v = bisZurRatsbefassung();
        ratsbefassung(v, "ZUGESTIMMT");
        bieterInformieren(v);
        assertThat(v.pi()).isWaitingAt("TimerEvent_WartefristAbgelaufen");
        return v;
    }

    private void alleUnbefangen(Verfahren v) {
        for (String b : BEWERTER) {
            complete(erklaerungsaufgabe(v, b), erklaerung("NEIN", null));
        }
        assertThat(vergabeService.bewerter(v.vergabeId())).extracting(Bewerter::getStatus)
                .containsOnly(Bewerter.Status.UNBEFANGEN);
    }

    private Task erklaerungsaufgabe(Verfahren v, String bewerter) {
        Task task = taskService.createTaskQuery().processInstanceId(v.pi().getId())
                .taskDefinitionKey("UserTask_InteressenkonfliktErklaeren").taskAssignee(bewerter).singleResult();
        assertThat(task).as("Erklärung von " + bewerter).isNotNull();
        return task;
    }

    private void angebotsfristAblaufen(Verfahren v) {
        Job frist = managementService.createJobQuery().processInstanceId(v.pi().getId())
                .activityId("TimerEvent_AngebotsfristAbgelaufen").singleResult();
        managementService.executeJob(frist.getId());
        assertThat(v.pi()).isWaitingAt("UserTask_AngeboteOeffnen");
    }

    /** vergabe1 opens, vergabe2 countersigns (four eyes). */
    private void oeffnen(Verfahren v) {
        Task oeffnen = aufgabe(v, "UserTask_AngeboteOeffnen");
        taskService.claim(oeffnen.getId(), "vergabe1");
        complete(oeffnen, oeffnung(runtimeService.getVariable(v.pi().getId(), "angebotspreise")));
        Task gegenzeichnen = aufgabe(v, "UserTask_OeffnungGegenzeichnen");
        taskService.claim(gegenzeichnen.getId(), "vergabe2");
        complete(gegenzeichnen, gegenzeichnung());
    }

    /** Formal check complete, no exclusion ground, suitable in all three categories. */
    private void angebotZulassen(Verfahren v, Bieter bieter) {
        complete(aufgabeFuer(v, "UserTask_FormalePruefung", bieter), formalePruefung("VOLLSTAENDIG"));
        complete(aufgabeFuer(v, "UserTask_AusschlussgruendePruefen", bieter), ausschlussgruende("KEINER", "Keine Ausschlussgründe"));
        complete(aufgabeFuer(v, "UserTask_EignungPruefen", bieter), eignung("ERFUELLT", "ERFUELLT", "ERFUELLT"));
    }

    private void alleAngeboteZulassen(Verfahren v) {
        for (Angebot a : vergabeService.angebote(v.vergabeId())) {
            angebotZulassen(v, new Bieter(a.getBieterName(), a.getBieterEmail(), a.getPreis()));
        }
    }

    private void andereAngeboteZulassen(Verfahren v, Bieter ausser) {
        for (Angebot a : vergabeService.angebote(v.vergabeId())) {
            if (!a.getBieterName().equals(ausser.name())) {
                angebotZulassen(v, new Bieter(a.getBieterName(), a.getBieterEmail(), a.getPreis()));
            }
        }
    }

    /** The other offers are admitted, the procedure goes on with one presentation per admitted offer. */
    private void nurDieAnderenZugelassen(Verfahren v, Bieter ausgeschlossen) {
        assertThat(vergabeService.angebote(v.vergabeId())).filteredOn(a -> !a.getBieterName().equals(ausgeschlossen.name()))
                .hasSize(2).extracting(Angebot::getStatus).containsOnly(Angebot.Status.ZUGELASSEN);
        assertThat(vergabeService.vermerke(v.vergabeId())).extracting(Vermerk::getText)
                .anyMatch(t -> t.startsWith("Angebot " + ausgeschlossen.name() + " ausgeschlossen: "));
        assertThat(v.pi()).isWaitingAt("TimerEvent_PraesentationsterminErreicht");
        assertThat(managementService.createJobQuery().processInstanceId(v.pi().getId())
                .activityId("TimerEvent_PraesentationsterminErreicht").count()).isEqualTo(2);
    }

    /** The Vergabestelle names the ground of § 63 (1) VgV; the form shows what led to it. */
    private void aufhebungBegruenden(Verfahren v, String anlass, String grund, String begruendung) {
        Task aufheben = aufgabe(v, "UserTask_AufhebungBegruenden");
        assertThat((String) taskService.getVariable(aufheben.getId(), "aufhebungsanlass")).startsWith(anlass);
        assertThatThrownBy(() -> complete(aufheben, werte("aufhebungsgrund", "RAT_HAT_ABGELEHNT", "aufhebungsbegruendung", begruendung)))
                .hasMessageContaining("aufhebungsgrund");
        complete(aufheben, werte("aufhebungsgrund", grund, "aufhebungsbegruendung", begruendung));
    }

    /** The request is sent today: a deadline a week ahead keeps the minimum of 6 days (application.yaml). */
    private static LocalDate nachforderungsfrist() {
        return LocalDate.now(BERLIN).plusDays(7);
    }

    private void unterlagenNachfordern(Verfahren v, Bieter bieter) {
        complete(aufgabeFuer(v, "UserTask_FormalePruefung", bieter), formalePruefung("UNTERLAGEN_NACHFORDERN"));
        complete(aufgabeFuer(v, "UserTask_UnterlagenNachfordern", bieter), nachforderung(nachforderungsfrist().toString()));
        // the request waits in the outbox; the asynchronous send task is the job executor's part
        assertThat(angebotspruefung(v, bieter)).isWaitingAt("ServiceTask_NachforderungVersenden");
        versenden(angebotspruefung(v, bieter).getId());
        assertThat(angebotspruefung(v, bieter)).isWaitingAt("UserTask_NachgereichteUnterlagenPruefen");
    }

    /** Executes each presentation timer and records each presentation. */
    private void praesentationenDurchfuehren(Verfahren v) {
        List<Job> termine = managementService.createJobQuery().processInstanceId(v.pi().getId())
                .activityId("TimerEvent_PraesentationsterminErreicht").list();
        assertThat(termine).hasSize(vergabeService.zugelasseneAngebote(v.vergabeId()).size());
        for (Job termin : termine) {
            managementService.executeJob(termin.getId());
        }
        List<Task> protokolle = taskService.createTaskQuery().processInstanceId(v.pi().getId())
                .taskDefinitionKey("UserTask_PraesentationProtokollieren").list();
        assertThat(protokolle).hasSize(termine.size());
        for (Task protokoll : protokolle) {
            complete(protokoll, praesentationsprotokoll());
        }
        assertThat(v.pi()).hasPassed("EndEvent_PraesentationDokumentiert", "SubProcess_Bieterpraesentation");
    }

    /** Every unbiased evaluator fills each of their sheets with the points given for the sheet's bidder. */
    private void boegenAusfuellen(Verfahren v, Map<String, int[]> punkteJeBieter) {
        boegenAusfuellen(v, punkteJeBieter, Map.of());
    }

    /** ... with the A-criteria each evaluator marks as not fulfilled for a bidder. */
    private void boegenAusfuellen(Verfahren v, Map<String, int[]> punkteJeBieter, Map<String, List<String>> nichtErfuellt) {
        for (String bewerter : BEWERTER) {
            List<Task> boegen = taskService.createTaskQuery().processInstanceBusinessKey(v.bk()).taskAssignee(bewerter)
                    .taskDefinitionKey("UserTask_BewertungsbogenAusfuellen").list();
            for (Task bogen : boegen) {
                String bieter = (String) taskService.getVariable(bogen.getId(), "bieterName");
                complete(bogen, bewertungsbogen(punkteJeBieter.get(bieter), nichtErfuellt.getOrDefault(bieter, List.of())));
            }
        }
        assertThat(taskService.createTaskQuery().processInstanceBusinessKey(v.bk())
                .taskDefinitionKey("UserTask_BewertungsbogenAusfuellen").count()).isZero();
        boegenAbschliessen(v.bk());
    }

    /** The end of each submitted sheet is asynchronous (concurrent submissions): the job executor's part. */
    private void boegenAbschliessen(String bk) {
        for (ProcessInstance bogen : runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(bk)
                .processDefinitionKey("bewertungsbogen").list()) {
            for (Job job : managementService.createJobQuery().processInstanceId(bogen.getId())
                    .activityId("EndEvent_BewertungsbogenAbgegeben").list()) {
                managementService.executeJob(job.getId());
            }
        }
    }

    /**
     * The Vergabestelle consolidates every offer without deviations (the means of the sheets); the ranking follows the
     * last consolidation asynchronously (the job executor's part): before its job nothing is ranked.
     */
    private void alleKonsolidieren(Verfahren v) {
        List<Task> offen;
        while (!(offen = taskService.createTaskQuery().processInstanceId(v.pi().getId())
                .taskDefinitionKey("UserTask_WertungKonsolidieren").list()).isEmpty()) {
            complete(offen.get(0), konsolidierung());
        }
        if (managementService.createJobQuery().processInstanceId(v.pi().getId()).activityId("ServiceTask_WertungBerechnen").count() == 0) {
            // every offer was consolidated before this call
            return;
        }
        assertThat(v.pi()).isWaitingAt("ServiceTask_WertungBerechnen");
        managementService.executeJob(managementService.createJobQuery().processInstanceId(v.pi().getId())
                .activityId("ServiceTask_WertungBerechnen").singleResult().getId());
    }

    private void wertungKonsolidierenUndVorschlagen(Verfahren v) {
        alleKonsolidieren(v);
        complete(aufgabe(v, "UserTask_ZuschlagsvorschlagErstellen"), zuschlagsvorschlag());
    }

    private void freigeben(Verfahren v, String entscheidung) {
        complete(aufgabe(v, "UserTask_ZuschlagsvorschlagFreigeben"), freigabe(entscheidung));
    }

    private void ratsbefassung(Verfahren v, String beschluss) {
        complete(aufgabe(v, "UserTask_BeschlussvorlageErstellen"), beschlussvorlage());
        complete(aufgabe(v, "UserTask_RatsbeschlussErfassen"), ratsbeschluss(beschluss, "2021-12-16"));
        // the draft resolution is final now: stored by the asynchronous document task
        assertThat(v.pi()).isWaitingAt("ServiceTask_RatsvorlageAblegen");
        versenden(v.pi().getId());
    }

    private void bieterInformieren(Verfahren v) {
        complete(aufgabe(v, "UserTask_BieterInformieren"), bieterinformation());
        // the letters wait in the outbox: no standstill before they are sent
        assertThat(v.pi()).isWaitingAt("ServiceTask_BieterinformationVersenden");
        versenden(v.pi().getId());
        assertThat(vergabeService.vermerke(v.vergabeId())).extracting(Vermerk::getStufe).contains("Information § 134 GWB");
    }

    /** The job executor's part: the send and document tasks (asyncBefore) waiting in this process instance, until none is left. */
    private void versenden(String instanz) {
        List<String> asynchron = List.of("ServiceTask_BieterinformationVersenden", "ServiceTask_ZuschlagsinformationVersenden",
                "ServiceTask_NachforderungVersenden", "ServiceTask_RatsvorlageAblegen", "ServiceTask_VergabevermerkAblegen",
                "ServiceTask_AufhebungsvermerkAblegen", "ServiceTask_AufhebungMitteilen", "ServiceTask_AufklaerungVersenden");
        boolean weiter = true;
        while (weiter) {
            weiter = false;
            for (String aktivitaet : asynchron) {
                for (Job job : managementService.createJobQuery().processInstanceId(instanz).activityId(aktivitaet).list()) {
                    managementService.executeJob(job.getId());
                    weiter = true;
                }
            }
        }
    }

    private void wartefristAblaufen(Verfahren v) {
        Job wartefrist = managementService.createJobQuery().processInstanceId(v.pi().getId())
                .activityId("TimerEvent_WartefristAbgelaufen").singleResult();
        // electronic dispatch on the day of the information: 10 days, award from the 11th day on
        LocalDate versandtag = vergabeService.vermerke(v.vergabeId()).stream()
                .filter(m -> "Information § 134 GWB".equals(m.getStufe())).reduce((a, b) -> b).orElseThrow()
                .getZeitpunkt().atZoneSameInstant(BERLIN).toLocalDate();
        assertThat(runtimeService.getVariable(v.pi().getId(), "wartefristLetzterTag")).isEqualTo(versandtag.plusDays(10).toString());
        assertThat(wartefrist.getDuedate()).isEqualTo(beginnDesTages(versandtag.plusDays(11)));
        ClockUtil.setCurrentTime(wartefrist.getDuedate());
        managementService.executeJob(wartefrist.getId());
    }

    private void nachpruefungsantragStellen(Verfahren v) {
        runtimeService.createMessageCorrelation("NachpruefungsantragEingegangen").processInstanceBusinessKey(v.bk()).correlate();
        assertThat(v.pi()).isWaitingAt("UserTask_KammerEntscheidungErfassen")
                .hasPassed("BoundaryEvent_NachpruefungsantragEingegangen").hasNotPassed("EndEvent_WartefristBeendet");
        // interrupting: the standstill timer is gone
        assertThat(managementService.createJobQuery().processInstanceId(v.pi().getId()).count()).isZero();
    }

    private void zuschlagErteilen(Verfahren v) {
        complete(aufgabe(v, "UserTask_ZuschlagErteilen"), zuschlag());
        versenden(v.pi().getId());
        Vergabe vergabe = vergabeService.vergabe(v.vergabeId());
        assertThat(vergabe.getStatus()).isEqualTo(Vergabe.Status.ZUSCHLAG_ERTEILT);
        assertThat(vergabe.getZuschlagAngebotId()).isEqualTo(angebotId(v, KOMMUNAL));
    }

    /**
     * The Vergabestelle reviews the order, the worker (here: the test through the engine API) fetches and completes it,
     * ivl confirms it by message with its reference, the Vergabestelle records the delivery.
     */
    private void lizenzBestellen(Verfahren v) {
        lizenzbestellungPruefen(v);
        LockedExternalTask bestellung = bestellungHolen(v);
        externalTaskService.complete(bestellung.getId(), "ivl-worker");
        assertThat(v.pi()).isWaitingAt("TimerEvent_IvlBestaetigungsfristAbgelaufen");
        assertThat(lizenzbestellungService.bestellung("IVL-" + v.bk()).getStatus()).isEqualTo(Lizenzbestellung.Status.UEBERMITTELT);
        ivlBestaetigt(v);
        complete(aufgabe(v, "UserTask_LizenzbereitstellungErfassen"), bereitstellung(1900));
        assertThat(lizenzbestellungService.bestellung("IVL-" + v.bk()).getStatus()).isEqualTo(Lizenzbestellung.Status.BEREITGESTELLT);
    }

    private void lizenzbestellungPruefen(Verfahren v) {
        Task pruefen = aufgabe(v, "UserTask_LizenzbestellungPruefen");
        assertThat(pruefen).hasCandidateGroup("vergabestelle");
        complete(pruefen, lizenzpruefung());
        assertThat(v.pi()).isWaitingAt("ServiceTask_LizenzbestellungUebermitteln");
    }

    /** What the worker fetches: the order number and the order as JSON, computed from the tables. */
    private LockedExternalTask bestellungHolen(Verfahren v) {
        List<LockedExternalTask> bestellungen = externalTaskService.fetchAndLock(1, "ivl-worker")
                .topic("ivl-lizenzbestellung", 60_000L).businessKey(v.bk()).variables("bestellnummer", "lizenzbestellung").execute();
        assertThat(bestellungen).hasSize(1);
        assertThat(bestellungen.get(0).getVariables().get("bestellnummer")).isEqualTo("IVL-" + v.bk());
        return bestellungen.get(0);
    }

    private void ivlBestaetigt(Verfahren v) {
        runtimeService.createMessageCorrelation("IvlBestellungBestaetigt").processInstanceVariableEquals("bestellnummer", "IVL-" + v.bk())
                .setVariable("ivlReferenz", "IVL-AUF-2022-0815").correlate();
        assertThat(v.pi()).isWaitingAt("UserTask_LizenzbereitstellungErfassen").hasPassed("ServiceTask_IvlBestaetigungDokumentieren");
    }

    private void bekanntmachungVeroeffentlichen(Verfahren v) {
        complete(aufgabe(v, "UserTask_BekanntmachungVeroeffentlichen"),
                bekanntmachung(LocalDate.now(BERLIN).plusDays(5).toString()));
    }

    private void vergabevermerkAbschliessen(Verfahren v) {
        complete(aufgabe(v, "UserTask_VergabevermerkAbschliessen"), vergabevermerk());
    }

    // =====================================================================================================
    // look-ups
    // =====================================================================================================

    private static Date beginnDesTages(LocalDate tag) {
        return Date.from(tag.atStartOfDay(BERLIN).toInstant());
    }

    /** The single open task with this key in the procedure or one of its called processes. */
    private Task aufgabe(Verfahren v, String taskDefinitionKey) {
        Task task = taskService.createTaskQuery().processInstanceBusinessKey(v.bk()).taskDefinitionKey(taskDefinitionKey)
                .singleResult();
        assertThat(task).as("offene Aufgabe " + taskDefinitionKey).isNotNull();
        return task;
    }

    /** The open task with this key in the check of one bidder's offer. */
    private Task aufgabeFuer(Verfahren v, String taskDefinitionKey, Bieter bieter) {
        List<Task> tasks = taskService.createTaskQuery().processInstanceBusinessKey(v.bk()).taskDefinitionKey(taskDefinitionKey)
                .list().stream().filter(t -> bieter.name().equals(taskService.getVariable(t.getId(), "bieterName"))).toList();
        assertThat(tasks).as(taskDefinitionKey + " für " + bieter.name()).hasSize(1);
        return tasks.get(0);
    }

    /** The running angebotspruefung of one bidder. */
    private ProcessInstance angebotspruefung(Verfahren v, Bieter bieter) {
        ProcessInstance pi = runtimeService.createProcessInstanceQuery().superProcessInstanceId(v.pi().getId())
                .processDefinitionKey("angebotspruefung").variableValueEquals("bieterName", bieter.name()).singleResult();
        assertThat(pi).as("Angebotsprüfung " + bieter.name()).isNotNull();
        return pi;
    }

    private ProcessInstance laufendeInstanz(Verfahren v, String processDefinitionKey) {
        ProcessInstance pi = runtimeService.createProcessInstanceQuery().processDefinitionKey(processDefinitionKey)
                .processInstanceBusinessKey(v.bk()).singleResult();
        assertThat(pi).as(processDefinitionKey).isNotNull();
        return pi;
    }

    private Angebot angebot(Verfahren v, Bieter bieter) {
        return vergabeService.angebote(v.vergabeId()).stream().filter(a -> a.getBieterName().equals(bieter.name()))
                .findFirst().orElseThrow();
    }

    private Long angebotId(Verfahren v, Bieter bieter) {
        return angebot(v, bieter).getId();
    }

    private Bewerter bewerter(Verfahren v, String benutzer) {
        return vergabeService.bewerter(v.vergabeId()).stream().filter(b -> b.getBenutzer().equals(benutzer))
                .findFirst().orElseThrow();
    }

    // =====================================================================================================
    // issue 16 items 4, 5, 9: review from service in any stage, immediate appeal, complaints from the start
    // =====================================================================================================

    /**
     * A review application served before the § 134 information (while the council deliberates): the chamber's task
     * runs beside the stages, which go on; after the standstill the award is still refused until the chamber's
     * decision, then for its appeal period (§ 172 Abs. 1 GWB: two weeks from service, off weekends and holidays).
     */
    @Test
    void nachpruefungsantragVorDerInformation134_stopptDenZuschlag() {
        Verfahren v = bisZurRatsbefassung();
        runtimeService.createMessageCorrelation("NachpruefungsantragImVerfahren").processInstanceBusinessKey(v.bk()).correlate();
        assertThat(v.pi()).isWaitingAt("UserTask_KammerEntscheidungImVerfahrenErfassen", "CallActivity_Ratsbefassung")
                .hasPassed("StartEvent_NachpruefungsantragImVerfahren");
        assertThat(vergabeService.vergabe(v.vergabeId()).isNachpruefungAnhaengig()).isTrue();
        assertThat(vergabeService.vergabe(v.vergabeId()).getNachpruefungZugestelltAm()).isEqualTo(LocalDate.now(BERLIN));

        // the council and the § 134 information go on; the standstill passes
        Task zuschlag = zuschlagBeiAnhaengigerNachpruefungVerweigert(v);
        assertThat(vergabeService.vergabe(v.vergabeId()).getStatus()).isEqualTo(Vergabe.Status.INFORMIERT);
        assertThat(vergabeService.vergabe(v.vergabeId()).getZuschlagAngebotId()).isNull();

        // rejected by a decision served today: barred to the appeal period's last day, free the day after
        LocalDate zugestellt = LocalDate.now(BERLIN);
        complete(aufgabe(v, "UserTask_KammerEntscheidungImVerfahrenErfassen"), kammerEntscheidung("ANTRAG_ZURUECKGEWIESEN", zugestellt));
        assertThat(v.pi()).hasPassed("EndEvent_NachpruefungImVerfahrenEntschieden").isWaitingAt("UserTask_ZuschlagErteilen");
        LocalDate letzterTag = fristenrechner.letzterTagBeschwerdefrist(zugestellt);
        assertThat(vergabeService.vergabe(v.vergabeId()).getBeschwerdefristLetzterTag()).isEqualTo(letzterTag);
        assertThatThrownBy(() -> taskService.complete(zuschlag.getId(), zuschlag()))
                .hasMessageContaining("Frist der sofortigen Beschwerde läuft bis");
        ClockUtil.setCurrentTime(beginnDesTages(letzterTag.plusDays(1)));
        zuschlagErteilen(v);
        assertThat(vergabeService.vermerke(v.vergabeId())).extracting(Vermerk::getText)
                .anySatisfy(t -> assertThat(t).startsWith("Nachprüfungsantrag zugestellt am"))
                .anySatisfy(t -> assertThat(t).contains("Antrag zurückgewiesen", "sofortige Beschwerde bis"));
    }

    /**
     * A review application in the standstill, rejected; the bidder appeals in time: the award stays barred until two
     * weeks after the appeal period (§ 173 Abs. 1 Satz 2 GWB), the court extends it once (the court's task comes
     * again), then rejects the appeal, and the award follows.
     */
    @Test
    void sofortigeBeschwerde_verlaengert_dannZurueckgewiesen_zuschlag() {
        Verfahren v = bisZurWartefrist();
        nachpruefungsantragStellen(v);
        LocalDate zugestellt = LocalDate.now(BERLIN);
        complete(aufgabe(v, "UserTask_KammerEntscheidungErfassen"), kammerEntscheidung("ANTRAG_ZURUECKGEWIESEN", zugestellt));
        LocalDate letzterTag = fristenrechner.letzterTagBeschwerdefrist(zugestellt);
        LocalDate aufschiebendBis = fristenrechner.letzterTagAufschiebendeWirkung(letzterTag);

        // lodged on the last day of the appeal period (recorded as the procedure API does: the Vergabeakte, then the message)
        ClockUtil.setCurrentTime(beginnDesTages(letzterTag));
        vergabeService.sofortigeBeschwerde(v.vergabeId(), "vergabe1", letzterTag);
        runtimeService.createMessageCorrelation("SofortigeBeschwerdeEingelegt").processInstanceBusinessKey(v.bk()).correlate();
        Task gericht = aufgabe(v, "UserTask_BeschwerdeentscheidungErfassen");
        assertThat((String) taskService.getVariable(gericht.getId(), "beschwerdeStand"))
                .contains("aufschiebende Wirkung bis " + aufschiebendBis.format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy")));

        // the appeal period's timer fires, the award is still refused for the suspensive effect
        Job beschwerdefrist = managementService.createJobQuery().processInstanceId(v.pi().getId())
                .activityId("TimerEvent_BeschwerdefristAbgelaufen").singleResult();
        ClockUtil.setCurrentTime(beschwerdefrist.getDuedate());
        managementService.executeJob(beschwerdefrist.getId());
        Task zuschlag = aufgabe(v, "UserTask_ZuschlagErteilen");
        assertThatThrownBy(() -> taskService.complete(zuschlag.getId(), zuschlag())).hasMessageContaining("aufschiebende Wirkung bis");

        // the court extends it by four weeks; an extension that is none is refused, the task stays open
        assertThatThrownBy(() -> taskService.complete(gericht.getId(), beschwerdegericht("AUFSCHIEBENDE_WIRKUNG_VERLAENGERT", aufschiebendBis)))
                .hasMessageContaining("aufschiebendeWirkungBis");
        complete(gericht, beschwerdegericht("AUFSCHIEBENDE_WIRKUNG_VERLAENGERT", aufschiebendBis.plusWeeks(4)));
        Task wieder = aufgabe(v, "UserTask_BeschwerdeentscheidungErfassen");
        assertThat(vergabeService.vergabe(v.vergabeId()).getAufschiebendeWirkungBis()).isEqualTo(aufschiebendBis.plusWeeks(4));
        ClockUtil.setCurrentTime(beginnDesTages(aufschiebendBis.plusDays(1)));
        assertThatThrownBy(() -> taskService.complete(zuschlag.getId(), zuschlag())).hasMessageContaining("aufschiebende Wirkung bis");

        // the court rejects the appeal: the bar ends with its decision
        complete(wieder, beschwerdegericht("BESCHWERDE_ZURUECKGEWIESEN", null));
        assertThat(v.pi()).hasPassed("Gateway_BeschwerdeMerge", "Gateway_BeschwerdeEntschieden", "EndEvent_BeschwerdeEntschieden");
        zuschlagErteilen(v);
    }

    private static Map<String, Object> beschwerdegericht(String entscheidung, LocalDate bis) {
        Map<String, Object> werte = new java.util.HashMap<>(werte("beschwerdeAktenzeichen", "Verg 12/21", "beschwerdeEntscheidung", entscheidung,
                "beschwerdeVermerk", "Beschluss des Vergabesenats"));
        if (bis != null) {
            werte.put("aufschiebendeWirkungBis", bis.toString());
        }
        return werte;
    }

    /**
     * A complaint during the evaluation (before any § 134 information): recorded with its timeliness, which the
     * answer task shows; refusing to remedy records the bidder's 15 days for the review application.
     */
    @Test
    void ruegeWaehrendDerWertung_rechtzeitigkeitImFormularUndImVermerk() {
        Verfahren v = bisZurWertung();
        LocalDate heute = LocalDate.now(BERLIN);
        vergabeService.ruege(v.vergabeId(), "vergabe1", AKTENWERK.name(), "Die Präsentationstermine seien ungleich verteilt worden.",
                heute.minusDays(3), heute, false);
        runtimeService.createMessageCorrelation("RuegeEingegangen").processInstanceBusinessKey(v.bk()).correlate();
        Task antwort = aufgabe(v, "UserTask_RuegeBeantworten");
        assertThat((String) taskService.getVariable(antwort.getId(), "ruege"))
                .contains("Präsentationstermine", "Rüge rechtzeitig", "§ 160 Abs. 3 Satz 1 Nr. 1 GWB");
        complete(antwort, werte("ruegeAbhilfe", "KEINE_ABHILFE", "ruegeAntwort", "Die Termine wurden nach der Eingangsreihenfolge vergeben."));
        assertThat(v.pi()).isWaitingAt("UserTask_WertungKonsolidieren").hasPassed("EndEvent_RuegeBeantwortet");
        assertThat(vergabeService.vermerke(v.vergabeId())).filteredOn(m -> "Rüge beantwortet".equals(m.getStufe())).singleElement()
                .satisfies(m -> assertThat(m.getText()).contains("nicht abgeholfen", "15 Kalendertagen", "§ 160 Abs. 3 Satz 1 Nr. 4 GWB",
                        "bis " + fristenrechner.letzterTagAntragNachNichtabhilfe(heute).format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy"))));
        // and the Vergabevermerk's review section (10) lists the complaint with its timeliness and the answer
        assertThat(aktenLeser.lesen(vergabeService.vergabe(v.vergabeId())).nachpruefung()).extracting(e -> e.text())
                .anySatisfy(t -> assertThat(t).contains("Rüge von " + AKTENWERK.name(), "Rüge rechtzeitig"))
                .anySatisfy(t -> assertThat(t).startsWith("Der Rüge wird nicht abgeholfen"));
    }

    @Autowired AktenLeser aktenLeser;

    // =====================================================================================================
    // Issue 17 – Teilnahmewettbewerb
    // =====================================================================================================

    @Autowired Teilnahmewettbewerbe teilnahmewettbewerbe;

    /**
     * Restricted procedure, notice sent electronically on Thursday 07.10.2021: participation period >= 30 days
     * (§ 16 Abs. 2 VgV, not shortened for electronic requests) -> day 30 is Saturday 06.11.2021 -> it may end no earlier
     * than Monday 08.11.2021, 24:00, i.e. 09.11.2021 00:00.
     */
    private static Map<String, Object> teilnahmeStartformular(String art, int mindestzahl, Integer hoechstzahl) {
        Map<String, Object> f = new HashMap<>(Demoausschreibung.startformular());
        f.remove("bieter");
        f.remove("angebotsfrist");
        f.remove("praesentationVon");
        f.remove("praesentationBis");
        f.put("verfahrensart", art);
        f.put("verfahrensartBegruendung", "Anpassung verfügbarer Lösungen an die Fachverfahren der Stadt (§ 14 Abs. 3 Nr. 1, 2 VgV).");
        f.put("teilnahmefrist", "2021-11-09T00:00:00+01:00");
        f.put("mindestzahlBewerber", mindestzahl);
        if (hoechstzahl != null) {
            f.put("hoechstzahlBewerber", hoechstzahl);
        }
        f.put("auswahlkriterien", "Referenzen vergleichbarer kommunaler DMS-Einführungen (je Referenz 10 Punkte, höchstens 100)");
        f.put("vorbehaltZuschlagAufErstangebote", "NEIN");
        f.put("vorbehaltReduzierung", "NEIN");
        return f;
    }

    private Verfahren teilnahmeStarten(Map<String, Object> startformular) {
        String bk = "VG-TW-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        ProcessInstance pi = runtimeService.startProcessInstanceByKey("dms-vergabe", bk, startformular);
        assertThat(pi).hasPassed("ServiceTask_VergabeAnlegen", "Gateway_MitTeilnahmewettbewerb").isWaitingAt("CallActivity_Teilnahmewettbewerb");
        Long vergabeId = (Long) runtimeService.getVariable(pi.getId(), "vergabeId");
        assertThat(vergabeService.vergabe(vergabeId).getStatus()).isEqualTo(Vergabe.Status.TEILNAHMEWETTBEWERB);
        // no bidder and no offer before the invitation to tender
        assertThat(vergabeService.angebote(vergabeId)).isEmpty();
        return new Verfahren(pi, bk, vergabeId);
    }

    private static Date zeitpunkt(int jahr, int monat, int tag, int stunde) {
        return Date.from(LocalDateTime.of(jahr, monat, tag, stunde, 0).atZone(BERLIN).toInstant());
    }

    /** Participation period over (clock 10.11.2021), vergabe1 opens, vergabe2 countersigns. */
    private void teilnahmeantraegeOeffnen(Verfahren v, List<Bieter> bewerber) {
        ProcessInstance tw = laufendeInstanz(v, "teilnahmewettbewerb");
        ClockUtil.setCurrentTime(zeitpunkt(2021, 11, 10, 9));
        managementService.executeJob(managementService.createJobQuery().processInstanceId(tw.getId())
                .activityId("TimerEvent_TeilnahmefristAbgelaufen").singleResult().getId());
        Task oeffnen = aufgabe(v, "UserTask_TeilnahmeantraegeOeffnen");
        taskService.claim(oeffnen.getId(), "vergabe1");
        complete(oeffnen, werte("bewerber", Bieterliste.text(bewerber.stream().map(b -> new Vergabeantrag.Bieter(b.name(), b.email())).toList()),
                "oeffnungsniederschrift", bewerber.size() + " Teilnahmeanträge fristgerecht eingegangen und unversehrt."));
        Task gegenzeichnen = aufgabe(v, "UserTask_TeilnahmeOeffnungGegenzeichnen");
        assertThat((String) taskService.getVariable(gegenzeichnen.getId(), "oeffnungBewerber")).contains(bewerber.get(0).name());
        // four eyes: the first opener cannot countersign
        taskService.claim(gegenzeichnen.getId(), "vergabe1");
        assertThatThrownBy(() -> taskService.complete(gegenzeichnen.getId(), gegenzeichnung()))
                .hasMessageContaining("Vier-Augen-Prinzip").hasMessageContaining("vergabe1");
        assertThat(vergabeService.vergabe(v.vergabeId()).getStatus()).isEqualTo(Vergabe.Status.TEILNAHME_ERSTOEFFNUNG);
        taskService.setAssignee(gegenzeichnen.getId(), "vergabe2");
        complete(gegenzeichnen, gegenzeichnung());
        assertThat(vergabeService.vergabe(v.vergabeId()).getStatus()).isEqualTo(Vergabe.Status.TEILNAHME_GEOEFFNET);
    }

    /** Executes the job of the running participation competition waiting at this activity. */
    private void teilnahmeJob(Verfahren v, String aktivitaet) {
        managementService.executeJob(managementService.createJobQuery().processInstanceId(laufendeInstanz(v, "teilnahmewettbewerb").getId())
                .activityId(aktivitaet).singleResult().getId());
    }

    private Task bewerberAufgabe(Verfahren v, Bieter bewerber) {
        return bewerberAufgabe(v, "UserTask_BewerberPruefen", bewerber);
    }

    private void bewerberGeeignet(Verfahren v, Bieter bewerber, int punkte) {
        complete(bewerberAufgabe(v, bewerber), werte("bewerberAusschlussgrund", "KEINER", "bewerberGeeignet", "JA", "bewerberPunkte", punkte,
                "bewerberPruefvermerk", "Eignung in allen drei Kategorien nachgewiesen, Referenzen geprüft."));
    }

    private List<Schreiben> schreiben(Verfahren v, Schreiben.Art art) {
        return schreibenService.schreiben(v.vergabeId()).stream().filter(s -> s.getArt() == art).toList();
    }

    /**
     * Invitation on Monday 15.11.2021, electronic offers in the restricted procedure: >= 30 - 5 = 25 days (§ 16 Abs. 5,
     * 8 VgV) from 16.11.2021 -> day 25 is Friday 10.12.2021 -> the offer deadline may end at 11.12.2021 00:00; one
     * minute earlier (10.12.2021 23:59) is refused.
     */
    private void auffordern(Verfahren v) {
        ClockUtil.setCurrentTime(zeitpunkt(2021, 11, 15, 10));
        Task auffordern = aufgabe(v, "UserTask_ZurAngebotsabgabeAuffordern");
        assertThatThrownBy(() -> taskService.complete(auffordern.getId(), werte("angebotsfrist", "2021-12-10T23:59:00+01:00",
                "praesentationVon", "2022-01-10", "praesentationBis", "2022-01-12"))).hasMessageContaining("Angebotsfrist");
        assertThat(vergabeService.angebote(v.vergabeId())).isEmpty();
        complete(auffordern, werte("angebotsfrist", "2021-12-11T00:00:00+01:00", "praesentationVon", "2022-01-10", "praesentationBis", "2022-01-12"));
        teilnahmeJob(v, "ServiceTask_AufforderungVersenden");
        assertThat(v.pi()).hasPassed("CallActivity_Teilnahmewettbewerb", "Gateway_TeilnahmewettbewerbMerge")
                .isWaitingAt("TimerEvent_AngebotsfristAbgelaufen", "UserTask_InteressenkonfliktErklaeren");
        assertThat(runtimeService.getVariable(v.pi().getId(), "angebotsfristEnde"))
                .isEqualTo(Date.from(java.time.OffsetDateTime.parse("2021-12-11T00:00:00+01:00").toInstant()));
    }

    @Test
    void nichtOffenesVerfahren_mehrGeeigneteAlsDieHoechstzahl_dieBestenFuenfWerdenAufgefordert() {
        Verfahren v = teilnahmeStarten(teilnahmeStartformular("NICHT_OFFENES_VERFAHREN", 5, 5));
        // the requests stay sealed until the participation period has ended (§ 55 Abs. 1 VgV), whoever asks
        ClockUtil.setCurrentTime(zeitpunkt(2021, 11, 8, 18));
        assertThatThrownBy(() -> teilnahmewettbewerbe.oeffnen(v.vergabeId(), "vergabe1", true, "zu früh", List.of()))
                .hasMessageContaining("Teilnahmefrist läuft bis");
        List<Bieter> sechs = List.of(AKTENWERK, KOMMUNAL, RHEINLAND, ARCHIVA, ZWILLING, BILLIG);
        teilnahmeantraegeOeffnen(v, sechs);
        int[] punkte = {90, 85, 80, 75, 70, 60};
        for (int i = 0; i < sechs.size(); i++) {
            bewerberGeeignet(v, sechs.get(i), punkte[i]);
        }
        Task auswahl = aufgabe(v, "UserTask_BewerberAuswaehlen");
        assertThat((String) taskService.getVariable(auswahl.getId(), "bewerbertabelle")).contains("höchstens 5", BILLIG.name(), "60");
        // six suitable, maximum five: the one with 60 points cannot be preferred to one with 70 (§ 51 Abs. 1 VgV)
        String ohneZwilling = String.join("\n", AKTENWERK.name(), KOMMUNAL.name(), RHEINLAND.name(), ARCHIVA.name(), BILLIG.name());
        assertThatThrownBy(() -> taskService.complete(auswahl.getId(), werte("auswahl", ohneZwilling, "auswahlBegruendung", "Rangfolge")))
                .hasMessageContaining(ZWILLING.name()).hasMessageContaining("Rangfolge");
        String besteFuenf = String.join("\n", AKTENWERK.name(), KOMMUNAL.name(), RHEINLAND.name(), ARCHIVA.name(), ZWILLING.name());
        assertThatThrownBy(() -> taskService.complete(auswahl.getId(), werte("auswahl", besteFuenf)))
                .hasMessageContaining("auswahlBegruendung");
        complete(auswahl, werte("auswahl", besteFuenf, "auswahlBegruendung", "Die fünf Bewerber mit den meisten Referenzpunkten."));
        teilnahmeJob(v, "ServiceTask_AbsagenVersenden");

        // the one not selected is told now, with its rank (§ 134 Abs. 1 Satz 2 GWB), and recorded as told
        assertThat(schreiben(v, Schreiben.Art.NICHTAUFFORDERUNG_51)).singleElement().satisfies(s -> {
            assertThat(s.getEmpfaenger()).isEqualTo(BILLIG.email());
            assertThat(s.getText()).contains("Rang 6 von 6", "60 Punkte", "§ 134 Abs. 1 Satz 2 GWB");
            assertThat(s.getAngebotId()).isNull();
        });
        assertThat(teilnahmewettbewerbe.antraege(v.vergabeId())).filteredOn(a -> a.getBewerberName().equals(BILLIG.name())).singleElement()
                .satisfies(a -> assertThat(a.getInformiertAm()).isNotNull());
        assertThat(vergabeService.vermerke(v.vergabeId())).extracting(Vermerk::getText)
                .anySatisfy(t -> assertThat(t).contains("6 Teilnahmeanträge, 6 Bewerber geeignet, 5 zur Angebotsabgabe aufgefordert",
                        "Begrenzung auf die Höchstzahl von 5"));

        auffordern(v);
        // offers only from the five invited, and the opening form lists exactly them
        assertThat(vergabeService.angebote(v.vergabeId())).extracting(Angebot::getBieterName)
                .containsExactly(AKTENWERK.name(), KOMMUNAL.name(), RHEINLAND.name(), ARCHIVA.name(), ZWILLING.name());
        assertThat(schreiben(v, Schreiben.Art.AUFFORDERUNG_52)).hasSize(5).allSatisfy(s -> assertThat(s.getText()).contains("endet am 10.12.2021, 24:00 Uhr"));
        assertThat((String) runtimeService.getVariable(v.pi().getId(), "angebotspreise")).doesNotContain(BILLIG.name()).contains(ZWILLING.name());

        // the offer stage runs as in the open procedure: opening after the offer deadline (clock 13.12.2021)
        alleUnbefangen(v);
        ClockUtil.setCurrentTime(zeitpunkt(2021, 12, 13, 9));
        angebotsfristAblaufen(v);
        oeffnen(v);
        assertThat(v.pi()).isWaitingAt("CallActivity_AngebotPruefen");
        assertThat(vergabeService.angebote(v.vergabeId())).extracting(Angebot::getPreis).doesNotContainNull();
    }

    @Test
    void verhandlungsverfahren_bewerberAusgeschlossen_wenigerGeeigneteAlsDieMindestzahl_verfahrenGehtMitIhnenWeiter() throws Exception {
        Verfahren v = teilnahmeStarten(teilnahmeStartformular("VERHANDLUNGSVERFAHREN_MIT_TEILNAHMEWETTBEWERB", 3, null));
        teilnahmeantraegeOeffnen(v, List.of(AKTENWERK, KOMMUNAL, RHEINLAND));
        bewerberGeeignet(v, AKTENWERK, 70);
        bewerberGeeignet(v, KOMMUNAL, 80);
        // an exclusion ground excludes the candidate however suitable it is (§ 123 GWB before § 122 GWB)
        complete(bewerberAufgabe(v, RHEINLAND), werte("bewerberAusschlussgrund", "ZWINGEND_123", "bewerberGeeignet", "JA", "bewerberPunkte", 95,
                "bewerberPruefvermerk", "Rechtskräftige Verurteilung eines Geschäftsführers nach § 123 Abs. 1 Nr. 4 GWB."));
        Task auswahl = aufgabe(v, "UserTask_BewerberAuswaehlen");
        // never an unsuitable candidate (§ 51 Abs. 3 Satz 2 VgV), nor one without a request
        assertThatThrownBy(() -> taskService.complete(auswahl.getId(), werte("auswahl",
                String.join("\n", AKTENWERK.name(), KOMMUNAL.name(), RHEINLAND.name())))).hasMessageContaining("ist nicht geeignet");
        assertThatThrownBy(() -> taskService.complete(auswahl.getId(), werte("auswahl",
                String.join("\n", AKTENWERK.name(), KOMMUNAL.name(), ARCHIVA.name())))).hasMessageContaining("keinen Teilnahmeantrag");
        assertThat(vergabeService.vergabe(v.vergabeId()).getStatus()).isEqualTo(Vergabe.Status.TEILNAHME_GEOEFFNET);
        complete(auswahl, werte("auswahl", KOMMUNAL.name() + "\n" + AKTENWERK.name()));
        teilnahmeJob(v, "ServiceTask_AbsagenVersenden");

        // two suitable, minimum three: recorded, the procedure continues with the two (§ 51 Abs. 3 Satz 1 VgV)
        assertThat(vergabeService.vermerke(v.vergabeId())).extracting(Vermerk::getText).anySatisfy(t -> assertThat(t)
                .contains("Weniger geeignete Bewerber als die bekannt gemachte Mindestzahl von 3", "§ 51 Abs. 3 Satz 1 VgV"));
        assertThat(schreiben(v, Schreiben.Art.NICHTAUFFORDERUNG_51)).singleElement().satisfies(s -> {
            assertThat(s.getEmpfaenger()).isEqualTo(RHEINLAND.email());
            assertThat(s.getText()).contains("nicht geeignet", "§ 123 GWB");
        });
        auffordernVerhandlung(v);
        assertThat(vergabeService.angebote(v.vergabeId())).extracting(Angebot::getBieterName).containsExactly(AKTENWERK.name(), KOMMUNAL.name());
        assertThat(teilnahmewettbewerbe.antraege(v.vergabeId())).extracting(a -> a.getBewerberName(), a -> a.getStatus()).containsExactly(
                tuple(AKTENWERK.name(), Teilnahmeantrag.Status.AUFGEFORDERT), tuple(KOMMUNAL.name(), Teilnahmeantrag.Status.AUFGEFORDERT),
                tuple(RHEINLAND.name(), Teilnahmeantrag.Status.NICHT_AUFGEFORDERT));

        // the Vergabevermerk records the participation stage: requests, checks, selection with reasons, the letter
        String vermerk = VergabedokumenteTest.pdfText(de.leverkusen.vergabe.dokumente.VergabevermerkPdf.erzeugen(
                aktenLeser.lesen(vergabeService.vergabe(v.vergabeId()))), "vergabevermerk-teilnahmewettbewerb").replaceAll("\\s+", " ");
        assertThat(vermerk).contains("2a. Teilnahmewettbewerb (§§ 16, 17, 51 VgV)", "Teilnahmefrist 08.11.2021, 24:00 Uhr",
                "3 Teilnahmeanträge, 2 Bewerber geeignet", "durch vergabe1, gegengezeichnet von vergabe2",
                "Nicht aufgefordert: Rheinland Dokumentensysteme GmbH & Co. KG (nicht geeignet: zwingender Ausschlussgrund (§ 123 GWB)",
                "Weniger geeignete Bewerber als die bekannt gemachte Mindestzahl von 3", "(mitgeteilt am 10.11.2021 09:00)");
    }

    /** As {@link #auffordern}; the negotiated procedure has the same minimum for initial offers (§ 17 Abs. 6, 9 VgV). */
    private void auffordernVerhandlung(Verfahren v) {
        auffordern(v);
    }

    @Test
    void ruegeWaehrendDerTeilnahmefrist_wirdBeantwortet_derTeilnahmewettbewerbLaeuftWeiter() {
        Verfahren v = teilnahmeStarten(teilnahmeStartformular("NICHT_OFFENES_VERFAHREN", 5, null));
        ClockUtil.setCurrentTime(zeitpunkt(2021, 10, 20, 10));
        ruegeEinlegen(v, "Die Auswahlkriterien bevorzugten ortsansässige Anbieter.");
        Task antwort = aufgabe(v, "UserTask_RuegeBeantworten");
        complete(antwort, werte("ruegeAbhilfe", "KEINE_ABHILFE", "ruegeAntwort", "Die Kriterien sind produkt- und ortsneutral gefasst."));
        assertThat(v.pi()).hasPassed("StartEvent_RuegeEingegangen", "EndEvent_RuegeBeantwortet").isWaitingAt("CallActivity_Teilnahmewettbewerb");
        assertThat(laufendeInstanz(v, "teilnahmewettbewerb")).isWaitingAt("TimerEvent_TeilnahmefristAbgelaufen");
        assertThat(vergabeService.vermerke(v.vergabeId())).extracting(Vermerk::getStufe).contains("Rüge", "Rüge beantwortet");

        // a breach recognisable from the notice, known on 01.11.2021: 10 days would run to 11.11.2021, but the
        // participation period ends earlier (the stored end 09.11.2021 00:00 is read as that day, as for offers), so a
        // complaint received on 10.11.2021 is late (§ 160 Abs. 3 Satz 1 Nr. 2 GWB)
        ClockUtil.setCurrentTime(zeitpunkt(2021, 11, 10, 8));
        assertThat(vergabeService.ruege(v.vergabeId(), "vergabe1", AKTENWERK.name(), "Die Mindestzahl sei zu niedrig angesetzt.",
                LocalDate.of(2021, 11, 1), LocalDate.of(2021, 11, 10), true).text())
                .startsWith("Rüge verspätet").contains("Rügefrist bis 09.11.2021", "Angebots- oder Teilnahmefrist");
    }

    /**
     * No candidate suitable: nobody may be invited (§ 51 Abs. 3 Satz 2 VgV), so the competition ends in its error end
     * event and the main model cancels the procedure (§ 63 VgV); every candidate, having no offer, is told of the
     * cancellation (§ 63 Abs. 2 VgV), and the Vergabevermerk of the cancellation is filed.
     */
    @Test
    void keinBewerberGeeignet_verfahrenWirdAufgehoben_alleBewerberErhaltenDieMitteilung() throws Exception {
        Verfahren v = teilnahmeStarten(teilnahmeStartformular("NICHT_OFFENES_VERFAHREN", 5, null));
        teilnahmeantraegeOeffnen(v, List.of(AKTENWERK, KOMMUNAL, RHEINLAND));
        complete(bewerberAufgabe(v, AKTENWERK), werte("bewerberAusschlussgrund", "KEINER", "bewerberGeeignet", "NEIN",
                "bewerberPruefvermerk", "Keine Referenz einer Kommune über 100.000 Einwohner (Mindestanforderung der Bekanntmachung)."));
        complete(bewerberAufgabe(v, KOMMUNAL), werte("bewerberAusschlussgrund", "ZWINGEND_123", "bewerberGeeignet", "JA", "bewerberPunkte", 90,
                "bewerberPruefvermerk", "Rechtskräftige Verurteilung eines Geschäftsführers nach § 123 Abs. 1 Nr. 4 GWB."));
        ProcessInstance tw = laufendeInstanz(v, "teilnahmewettbewerb");
        complete(bewerberAufgabe(v, RHEINLAND), werte("bewerberAusschlussgrund", "KEINER", "bewerberGeeignet", "NEIN",
                "bewerberPruefvermerk", "Umsatz unter der geforderten Mindesthöhe von 1 Mio. EUR."));

        assertThat(tw).isEnded().hasPassed("Gateway_GeeigneteBewerberVorhanden", "EndEvent_KeinGeeigneterBewerber")
                .hasNotPassed("UserTask_BewerberAuswaehlen");
        assertThat(v.pi()).hasPassed("BoundaryEvent_KeinGeeigneterBewerber").isWaitingAt("UserTask_AufhebungBegruenden");
        aufhebungBegruenden(v, "Kein Bewerber ist geeignet", "ANDERE_SCHWERWIEGENDE_GRUENDE",
                "Kein Bewerber erfüllt die bekannt gemachten Eignungskriterien; ein Wettbewerb ist nicht möglich.");
        versenden(v.pi().getId());

        assertThat(v.pi()).isEnded().hasPassed("Gateway_AufhebungMerge", "EndEvent_VerfahrenAufgehoben")
                .hasNotPassed("Gateway_TeilnahmewettbewerbMerge", "UserTask_InteressenkonfliktErklaeren");
        Vergabe vergabe = vergabeService.vergabe(v.vergabeId());
        assertThat(vergabe.getStatus()).isEqualTo(Vergabe.Status.AUFGEHOBEN);
        assertThat(vergabe.getAufhebungsgrund()).startsWith("§ 63 Abs. 1 Satz 1 Nr. 4 VgV").contains("Anlass: Kein Bewerber ist geeignet");
        assertThat(vergabeService.angebote(v.vergabeId())).isEmpty();
        // no offer, so each candidate's letter goes to its request (three candidates, three letters)
        assertThat(schreiben(v, Schreiben.Art.AUFHEBUNG_63)).extracting(Schreiben::getEmpfaenger)
                .containsExactlyInAnyOrder(AKTENWERK.email(), KOMMUNAL.email(), RHEINLAND.email());
        assertThat(schreiben(v, Schreiben.Art.AUFHEBUNG_63)).allSatisfy(s -> {
            assertThat(s.getAngebotId()).isNull();
            assertThat(s.getTeilnahmeantragId()).isNotNull();
            assertThat(s.getText()).contains("ohne Zuschlag aufgehoben", "§ 63 Abs. 2 VgV", "Eignungskriterien");
            assertThat(s.getVersandtAm()).isNotNull();
        });
        String vermerk = VergabedokumenteTest.pdfText(de.leverkusen.vergabe.dokumente.VergabevermerkPdf.erzeugen(
                aktenLeser.lesen(vergabe)), "vergabevermerk-kein-geeigneter-bewerber").replaceAll("\\s+", " ");
        assertThat(vermerk).contains("Endfassung", "2a. Teilnahmewettbewerb (§§ 16, 17, 51 VgV)", "Eingegangene 3 Teilnahmeanträge",
                "Auswahl keine: kein Bewerber ist geeignet, niemand darf aufgefordert werden (§ 51 Abs. 3 Satz 2 VgV)",
                // (the labels wrap in their column: the value sits between the lines of the label)
                "Aufforderung zur entfällt (Verfahren beendet) Angebotsabgabe", "Öffnung der Angebote (§ entfällt (Verfahren beendet) 55 VgV)",
                "Anlass: Kein Bewerber ist geeignet");
    }

    // =====================================================================================================
    // Issue 17 item 1 – § 56 VgV in the participation competition: missing documents of a candidate
    // =====================================================================================================

    /** Company documents the requests below ask for; § 56 Abs. 2 VgV allows only such documents about the company. */
    private static final String REFERENZ_NACHFORDERUNG = "Referenzbescheinigung Nr. 2 (Stadt Solingen) und Handelsregisterauszug";

    /** The check task of one candidate offers the request instead of a decision; the letter waits for the send task. */
    private void bewerberUnterlagenNachfordern(Verfahren v, Bieter bewerber, LocalDate frist) {
        Task pruefen = bewerberAufgabe(v, bewerber);
        taskService.claim(pruefen.getId(), "vergabe1");
        complete(pruefen, werte("bewerberPruefschritt", "UNTERLAGEN_NACHFORDERN", "bewerberNachgeforderteUnterlagen", REFERENZ_NACHFORDERUNG,
                "bewerberNachforderungsfrist", frist.toString()));
        assertThat(laufendeInstanz(v, "teilnahmewettbewerb")).isWaitingAt("ServiceTask_BewerberNachforderungVersenden");
    }

    private Teilnahmeantrag bewerberAntrag(Verfahren v, Bieter bewerber) {
        return teilnahmewettbewerbe.antraege(v.vergabeId()).stream().filter(a -> a.getBewerberName().equals(bewerber.name())).findFirst().orElseThrow();
    }

    /** The one task of this kind in the candidate's sub-process (its name ends with the candidate's). */
    private Task bewerberAufgabe(Verfahren v, String aufgabe, Bieter bewerber) {
        List<Task> tasks = taskService.createTaskQuery().processInstanceBusinessKey(v.bk()).taskDefinitionKey(aufgabe)
                .list().stream().filter(t -> t.getName().endsWith(": " + bewerber.name())).toList();
        assertThat(tasks).as(aufgabe + ": " + bewerber.name()).hasSize(1);
        return tasks.get(0);
    }

    private Task nachreichungsAufgabe(Verfahren v, Bieter bewerber) {
        return bewerberAufgabe(v, "UserTask_BewerberNachreichungPruefen", bewerber);
    }

    /** A negotiated procedure (minimum three) whose three requests are opened on 10.11.2021 09:00. */
    private Verfahren dreiBewerberGeoeffnet() {
        Verfahren v = teilnahmeStarten(teilnahmeStartformular("VERHANDLUNGSVERFAHREN_MIT_TEILNAHMEWETTBEWERB", 3, null));
        teilnahmeantraegeOeffnen(v, List.of(AKTENWERK, KOMMUNAL, RHEINLAND));
        return v;
    }

    /**
     * Requests opened on Wednesday 10.11.2021 09:00; Rheinland's references are incomplete. The minimum period is 6 days
     * (vergabe.fristen.nachforderung-mindesttage, default): 10.11. + 6 = 16.11.2021, the deadline given is Wednesday
     * 17.11.2021, so it ends 18.11.2021 00:00 in Leverkusen. The documents arrive on Monday 15.11.2021: Rheinland is then
     * checked and suitable, the selection invites all three.
     */
    @Test
    void bewerberUnterlagenNachgefordert_fristgerechtNachgereicht_geeignet() throws Exception {
        Verfahren v = dreiBewerberGeoeffnet();
        bewerberGeeignet(v, AKTENWERK, 70);
        bewerberGeeignet(v, KOMMUNAL, 80);
        bewerberUnterlagenNachfordern(v, RHEINLAND, LocalDate.of(2021, 11, 17));

        // an open request: the candidate is not checked, so the selection is refused whoever calls it
        assertThat(bewerberAntrag(v, RHEINLAND).getStatus()).isEqualTo(Teilnahmeantrag.Status.EINGEGANGEN);
        assertThatThrownBy(() -> teilnahmewettbewerbe.auswaehlen(v.vergabeId(), "vergabe1", List.of(AKTENWERK.name(), KOMMUNAL.name()), "vorab"))
                .hasMessageContaining("noch nicht geprüft: " + RHEINLAND.name() + " (Unterlagen nachgefordert bis 17.11.2021)");

        // the letter goes to the candidate through the outbox, by the asynchronous send task
        assertThat(schreiben(v, Schreiben.Art.NACHFORDERUNG_56)).singleElement().satisfies(s -> assertThat(s.getVersandtAm()).isNull());
        teilnahmeJob(v, "ServiceTask_BewerberNachforderungVersenden");
        assertThat(schreiben(v, Schreiben.Art.NACHFORDERUNG_56)).singleElement().satisfies(s -> {
            assertThat(s.getEmpfaenger()).isEqualTo(RHEINLAND.email());
            assertThat(s.getAngebotId()).isNull();
            assertThat(s.getTeilnahmeantragId()).isEqualTo(bewerberAntrag(v, RHEINLAND).getId());
            assertThat(s.getVersand()).isEqualTo(Schreiben.Versand.EMAIL);
            assertThat(s.getVersandtAm()).isNotNull();
            assertThat(s.getBetreff()).startsWith("Nachforderung von Unterlagen (§ 56 VgV)");
            assertThat(s.getText()).contains("fehlen in Ihrem Teilnahmeantrag (" + RHEINLAND.name() + ") folgende Unterlagen:\n"
                    + REFERENZ_NACHFORDERUNG, "bis zum 17.11.2021 (24:00 Uhr)", "nicht zur Angebotsabgabe aufgefordert");
        });

        // due at the end of the deadline, and the boundary timer at the same instant (17.11.2021 24:00)
        Task nachreichung = nachreichungsAufgabe(v, RHEINLAND);
        assertThat(nachreichung.getDueDate()).isEqualTo(beginnDesTages(LocalDate.of(2021, 11, 18)));
        assertThat(managementService.createJobQuery().processInstanceId(laufendeInstanz(v, "teilnahmewettbewerb").getId())
                .activityId("BoundaryEvent_BewerberNachforderungsfristAbgelaufen").singleResult().getDuedate())
                .isEqualTo(beginnDesTages(LocalDate.of(2021, 11, 18)));
        assertThat((String) taskService.getVariable(nachreichung.getId(), "bewerberNachgeforderteUnterlagen")).isEqualTo(REFERENZ_NACHFORDERUNG);

        // received on 15.11.2021: a receipt after today is refused, naming the field
        ClockUtil.setCurrentTime(zeitpunkt(2021, 11, 15, 10));
        taskService.claim(nachreichung.getId(), "vergabe2");
        assertThatThrownBy(() -> taskService.complete(nachreichung.getId(), werte("bewerberUnterlagenNachgereicht", "JA",
                "bewerberUnterlagenEingegangenAm", "2021-11-16"))).hasMessageContaining("Feld 'bewerberUnterlagenEingegangenAm'");
        complete(nachreichung, werte("bewerberUnterlagenNachgereicht", "JA", "bewerberUnterlagenEingegangenAm", "2021-11-15",
                "bewerberNachreichungVermerk", "Referenz und Auszug per Vergabeplattform eingegangen."));

        // back to the check of the same candidate: a second request is refused, then the decision
        Task erneut = bewerberAufgabe(v, RHEINLAND);
        assertThatThrownBy(() -> taskService.complete(erneut.getId(), werte("bewerberPruefschritt", "UNTERLAGEN_NACHFORDERN",
                "bewerberNachgeforderteUnterlagen", "Noch eine Referenz", "bewerberNachforderungsfrist", "2021-11-30")))
                .hasMessageContaining("Feld 'bewerberPruefschritt'", "bereits am 10.11.2021 Unterlagen nachgefordert");
        bewerberGeeignet(v, RHEINLAND, 75);
        assertThat(laufendeInstanz(v, "teilnahmewettbewerb")).hasPassed("Gateway_BewerberUnterlagenNachgereicht", "Gateway_BewerberPruefenMerge",
                "EndEvent_BewerberGeprueft").hasNotPassed("BoundaryEvent_BewerberNachforderungsfristAbgelaufen").isWaitingAt("UserTask_BewerberAuswaehlen");
        Teilnahmeantrag rheinland = bewerberAntrag(v, RHEINLAND);
        assertThat(rheinland.getStatus()).isEqualTo(Teilnahmeantrag.Status.GEEIGNET);
        assertThat(rheinland.getPunkte()).isEqualByComparingTo("75");
        assertThat(rheinland.getNachforderungAusgang()).isEqualTo(Teilnahmeantrag.Nachforderungsausgang.EINGEGANGEN);
        assertThat(rheinland.getUnterlagenEingegangenAm()).isEqualTo(LocalDate.of(2021, 11, 15));
        assertThat(rheinland.getNachgefordertVon()).isEqualTo("vergabe1");
        // one decision per candidate
        assertThatThrownBy(() -> teilnahmewettbewerbe.pruefen(rheinland.getId(), "vergabe1", "KEINER", false, null, "Doch nicht geeignet"))
                .hasMessageContaining("bereits entschieden");

        complete(aufgabe(v, "UserTask_BewerberAuswaehlen"), werte("auswahl", String.join("\n", AKTENWERK.name(), KOMMUNAL.name(), RHEINLAND.name())));
        // after the selection no request any more
        assertThatThrownBy(() -> teilnahmewettbewerbe.nachfordern(bewerberAntrag(v, AKTENWERK).getId(), "vergabe1", REFERENZ_NACHFORDERUNG,
                LocalDate.of(2021, 11, 30))).hasMessageContaining("Unterlagen nachfordern");
        assertThat(bewerberAntrag(v, AKTENWERK).getNachgefordertAm()).isNull();

        String vermerk = VergabedokumenteTest.pdfText(de.leverkusen.vergabe.dokumente.VergabevermerkPdf.erzeugen(
                aktenLeser.lesen(vergabeService.vergabe(v.vergabeId()))), "vergabevermerk-nachforderung-bewerber").replaceAll("\\s+", " ");
        // (the candidate's name wraps in its column: its second line sits inside the request's text)
        assertThat(vermerk).contains("Referenzen geprüft. Unterlagen nachgefordert (§", "am 10.11.2021 durch vergabe1, Frist bis 17.11.2021, "
                + "24:00 Uhr: " + REFERENZ_NACHFORDERUNG + " – eingegangen am 15.11.2021");
    }

    /**
     * The same request with the deadline 17.11.2021: nothing arrives. Before its end (17.11.2021 23:00) even the engine's
     * own "execute job" cannot end it; at 18.11.2021 00:01 the timer ends the task and Rheinland is not suitable with
     * that reason, which its letter after the selection names.
     */
    @Test
    void bewerberUnterlagenNachgefordert_fristAbgelaufen_nichtGeeignet() throws Exception {
        Verfahren v = dreiBewerberGeoeffnet();
        bewerberUnterlagenNachfordern(v, RHEINLAND, LocalDate.of(2021, 11, 17));
        teilnahmeJob(v, "ServiceTask_BewerberNachforderungVersenden");
        bewerberGeeignet(v, AKTENWERK, 70);
        bewerberGeeignet(v, KOMMUNAL, 80);

        ClockUtil.setCurrentTime(zeitpunkt(2021, 11, 17, 23));
        assertThatThrownBy(() -> teilnahmeJob(v, "BoundaryEvent_BewerberNachforderungsfristAbgelaufen"))
                .hasMessageContaining("läuft bis 17.11.2021, 24:00 Uhr");
        assertThat(bewerberAntrag(v, RHEINLAND).getStatus()).isEqualTo(Teilnahmeantrag.Status.EINGEGANGEN);
        nachreichungsAufgabe(v, RHEINLAND);

        ClockUtil.setCurrentTime(Date.from(LocalDateTime.of(2021, 11, 18, 0, 1).atZone(BERLIN).toInstant()));
        teilnahmeJob(v, "BoundaryEvent_BewerberNachforderungsfristAbgelaufen");
        assertThat(laufendeInstanz(v, "teilnahmewettbewerb")).hasPassed("ServiceTask_BewerberFristablaufErfassen",
                "EndEvent_BewerberUnterlagenNichtFristgerecht").hasNotPassed("Gateway_BewerberUnterlagenNachgereicht")
                .isWaitingAt("UserTask_BewerberAuswaehlen");
        String grund = "Nachgeforderte Unterlagen nicht bis zum Fristende am 17.11.2021, 24:00 Uhr eingegangen (§ 57 Abs. 1 Nr. 2 VgV analog, "
                + "§ 56 Abs. 2 VgV): " + REFERENZ_NACHFORDERUNG;
        Teilnahmeantrag rheinland = bewerberAntrag(v, RHEINLAND);
        assertThat(rheinland.getStatus()).isEqualTo(Teilnahmeantrag.Status.NICHT_GEEIGNET);
        assertThat(rheinland.getPruefvermerk()).isEqualTo(grund);
        assertThat(rheinland.getNachforderungAusgang()).isEqualTo(Teilnahmeantrag.Nachforderungsausgang.FRIST_ABGELAUFEN);
        assertThat(rheinland.getUnterlagenEingegangenAm()).isNull();

        // not suitable, so never invited; its letter names the reason
        Task auswahl = aufgabe(v, "UserTask_BewerberAuswaehlen");
        assertThatThrownBy(() -> taskService.complete(auswahl.getId(), werte("auswahl",
                String.join("\n", AKTENWERK.name(), KOMMUNAL.name(), RHEINLAND.name())))).hasMessageContaining("ist nicht geeignet");
        complete(auswahl, werte("auswahl", AKTENWERK.name() + "\n" + KOMMUNAL.name()));
        teilnahmeJob(v, "ServiceTask_AbsagenVersenden");
        assertThat(schreiben(v, Schreiben.Art.NICHTAUFFORDERUNG_51)).singleElement().satisfies(s -> {
            assertThat(s.getEmpfaenger()).isEqualTo(RHEINLAND.email());
            assertThat(s.getText()).contains("nicht geeignet", grund);
        });
        String vermerk = VergabedokumenteTest.pdfText(de.leverkusen.vergabe.dokumente.VergabevermerkPdf.erzeugen(
                aktenLeser.lesen(vergabeService.vergabe(v.vergabeId()))), "vergabevermerk-nachforderung-frist").replaceAll("\\s+", " ");
        assertThat(vermerk).contains("Frist bis 17.11.2021, 24:00 Uhr: " + REFERENZ_NACHFORDERUNG + " – bis zum Fristende nicht eingegangen");
    }

    /**
     * A deadline of 5 days (15.11.2021 after a letter on 10.11.2021) is shorter than the configured 6 and refused, naming
     * the field; nothing is recorded, no letter written. With 16.11.2021 the request goes out; the documents come
     * incomplete: the candidate is not suitable with the reason the Vergabestelle gives.
     */
    @Test
    void bewerberNachforderung_zuKurzeFristAbgelehnt_unvollstaendigNachgereicht_nichtGeeignet() {
        Verfahren v = dreiBewerberGeoeffnet();
        Task pruefen = bewerberAufgabe(v, RHEINLAND);
        assertThatThrownBy(() -> taskService.complete(pruefen.getId(), werte("bewerberPruefschritt", "UNTERLAGEN_NACHFORDERN",
                "bewerberNachgeforderteUnterlagen", REFERENZ_NACHFORDERUNG, "bewerberNachforderungsfrist", "2021-11-15")))
                .hasMessageContaining("Feld 'bewerberNachforderungsfrist'", "mindestens 6 Tage", "frühestens am 16.11.2021", "§ 56 Abs. 2, 4 VgV");
        // the request's fields are required when it is chosen (server-side form rules)
        assertThatThrownBy(() -> taskService.complete(pruefen.getId(), werte("bewerberPruefschritt", "UNTERLAGEN_NACHFORDERN",
                "bewerberNachforderungsfrist", "2021-11-16"))).hasMessageContaining("Feld 'bewerberNachgeforderteUnterlagen'", "Pflichtfeld");
        assertThat(taskService.createTaskQuery().taskId(pruefen.getId()).count()).isOne();
        assertThat(bewerberAntrag(v, RHEINLAND).getNachgefordertAm()).isNull();
        assertThat(schreiben(v, Schreiben.Art.NACHFORDERUNG_56)).isEmpty();

        bewerberUnterlagenNachfordern(v, RHEINLAND, LocalDate.of(2021, 11, 16));
        teilnahmeJob(v, "ServiceTask_BewerberNachforderungVersenden");
        assertThat(schreiben(v, Schreiben.Art.NACHFORDERUNG_56)).singleElement().satisfies(s -> assertThat(s.getText()).contains("bis zum 16.11.2021"));
        complete(nachreichungsAufgabe(v, RHEINLAND), werte("bewerberUnterlagenNachgereicht", "NEIN",
                "bewerberNachreichungVermerk", "Nur der Handelsregisterauszug ist eingegangen"));
        assertThat(laufendeInstanz(v, "teilnahmewettbewerb")).hasPassed("Gateway_BewerberUnterlagenNachgereicht",
                "EndEvent_BewerberUnterlagenUnvollstaendig");
        Teilnahmeantrag rheinland = bewerberAntrag(v, RHEINLAND);
        assertThat(rheinland.getStatus()).isEqualTo(Teilnahmeantrag.Status.NICHT_GEEIGNET);
        assertThat(rheinland.getPruefvermerk()).isEqualTo("Nachgeforderte Unterlagen nicht vollständig vorgelegt (§ 57 Abs. 1 Nr. 2 VgV analog, "
                + "§ 56 Abs. 2 VgV): " + REFERENZ_NACHFORDERUNG + ". Nur der Handelsregisterauszug ist eingegangen");
        assertThat(rheinland.getNachforderungAusgang()).isEqualTo(Teilnahmeantrag.Nachforderungsausgang.NICHT_VOLLSTAENDIG);
    }

    // =====================================================================================================
    // Issue 17 – Verhandlung: the negotiations of a negotiated procedure (§ 17 Abs. 10-14 VgV, bpmn/verhandlung.bpmn)
    // =====================================================================================================

    @Autowired de.leverkusen.vergabe.verfahren.VerhandlungService verhandlungService;
    @Autowired de.leverkusen.vergabe.verhandlung.web.VerhandlungController verhandlungController;
    @Autowired org.camunda.bpm.engine.IdentityService identityService;
    @Autowired com.icegreen.greenmail.util.GreenMail greenMail;
    @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;

    /** A negotiated procedure (demo tender) with its initial offers evaluated: "Verhandlungen aufnehmen" is open. */
    private Verfahren verhandlungsverfahrenBisZurVerhandlung(boolean zuschlagAufErstangebote, boolean reduzierung) {
        String bk = "VG-VV-" + UUID.randomUUID().toString().substring(0, 8);
        String pi = new Ausschreibungslauf(processEngine).bisZurVerhandlung(bk, verhandlungsverfahren(zuschlagAufErstangebote, reduzierung));
        ProcessInstance instanz = runtimeService.createProcessInstanceQuery().processInstanceId(pi).singleResult();
        Verfahren v = new Verfahren(instanz, bk, vergabeService.vergabe(vergabeIdVon(bk)).getId());
        assertThat(v.pi()).isWaitingAt("CallActivity_Verhandlung").hasPassed("Gateway_Verhandlungsverfahren");
        assertThat(verhandlungsinstanz(v)).isWaitingAt("UserTask_VerhandlungEroeffnen");
        return v;
    }

    private Long vergabeIdVon(String bk) {
        return jdbc.queryForObject("select id from vergabe where business_key = ?", Long.class, bk);
    }

    private ProcessInstance verhandlungsinstanz(Verfahren v) {
        return laufendeInstanz(v, "verhandlung");
    }

    private void alsVergabestelle(Task t, String benutzer, Map<String, Object> werte) {
        taskService.claim(t.getId(), benutzer);
        complete(t, werte);
    }

    /** The job executor's part in the negotiations: the send task after a round. */
    private void verhandlungsschreibenVersenden(Verfahren v) {
        assertThat(verhandlungsinstanz(v)).isWaitingAt("ServiceTask_VerhandlungsschreibenVersenden");
        Job senden = managementService.createJobQuery().processInstanceId(verhandlungsinstanz(v).getId())
                .activityId("ServiceTask_VerhandlungsschreibenVersenden").singleResult();
        managementService.executeJob(senden.getId());
    }

    private static java.time.OffsetDateTime inVierzehnTagen() {
        return java.time.OffsetDateTime.now(BERLIN).plusDays(14).withHour(12).withMinute(0).withSecond(0).withNano(0);
    }

    private List<jakarta.mail.internet.MimeMessage> mailsAn(String email, String bk, String betreff) {
        return java.util.Arrays.stream(greenMail.getReceivedMessages()).map(m -> (jakarta.mail.internet.MimeMessage) m).filter(m -> {
            try {
                return java.util.Arrays.stream(m.getAllRecipients()).anyMatch(r -> r.toString().contains(email))
                        && m.getSubject().contains(bk) && m.getSubject().contains(betreff);
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    /**
     * Two rounds with a reduction between them, then the final offers: opened with four eyes, evaluated on new sheets,
     * ranked as today; the negotiation changes the winner. Round one is the presentations (3 meetings, not asked
     * again); after it the Vergabestelle answers a question to all three and reduces Aktenwerk by the award criteria:
     * initial ranking (simple benchmark method Z = L / P, K1..K5 weights 25, 20, 15, 20, 20):
     * Aktenwerk L = 25*7 + 20*7 + 15*6 + 20*7 + 20*7 = 685, Z = 685 / 412,000 = 0.001663 (last);
     * Kommunal L = 785, Z = 785 / 389,500 = 0.002015 (first); Rheinland L = 900, Z = 900 / 455,000 = 0.001978.
     * Final offers: Kommunal 379,000.00 with 8 points everywhere, L = 800, Z = 800 / 379,000 = 0.0021108;
     * Rheinland 420,000.00 with 9 points, L = 900, Z = 900 / 420,000 = 0.0021429: Rheinland is the winner now.
     */
    @Test
    void verhandlung_zweiRundenMitVerringerung_endgueltigeAngeboteGewertet() {
        Verfahren v = verhandlungsverfahrenBisZurVerhandlung(false, true);
        String katalogVorher = jdbc.queryForObject("select katalog from wertungsgrundlage where vergabe_id = ?", String.class, v.vergabeId());
        alsVergabestelle(aufgabe(v, "UserTask_VerhandlungEroeffnen"), "vergabe1", verhandlungEroeffnen(false, null));
        // round one: the presentations are its meetings, nobody is asked for them again
        assertThat(verhandlungsinstanz(v)).isWaitingAt("UserTask_VerhandlungsrundeAbschliessen");
        assertThat(aufgabe(v, "UserTask_VerhandlungsrundeAbschliessen").getName()).contains("Verhandlungsrunde 1 abschließen");
        assertThat(verhandlungService.gespraeche(v.vergabeId())).hasSize(3)
                .allSatisfy(g -> assertThat(g.getProtokoll()).isEqualTo(praesentationsprotokoll().get("praesentationProtokoll")));
        assertThat(vergabeService.vergabe(v.vergabeId()).getStatus()).isEqualTo(Vergabe.Status.IN_VERHANDLUNG);

        // the frozen evaluation basis stays frozen: a round cannot change criteria or method (undeclared fields, refused)
        Task runde1 = aufgabe(v, "UserTask_VerhandlungsrundeAbschliessen");
        Map<String, Object> mitKriterien = rundeAbschliessen(null, null, null, null);
        mitKriterien.put("wertungsmethode", "ERWEITERTE_RICHTWERTMETHODE");
        mitKriterien.put("kriterienkatalog", "{\"kriterien\":[]}");
        assertThatThrownBy(() -> alsVergabestelle(runde1, "vergabe1", mitKriterien)).hasMessageContaining("wertungsmethode");

        alsVergabestelle(runde1, "vergabe1", rundeAbschliessen("Die Schnittstelle zu OpenRathaus ist Teil der Leistung.",
                AKTENWERK.name(), "Niedrigste Kennzahl der Erstangebote nach der einfachen Richtwertmethode (Z = 0,001663; Rang 3).", null));
        verhandlungsschreibenVersenden(v);
        assertThat(angebot(v, AKTENWERK).getStatus()).isEqualTo(Angebot.Status.AUSGESCHLOSSEN);
        assertThat(angebot(v, AKTENWERK).getAusschlussgrund()).contains("§ 17 Abs. 12 VgV", "Niedrigste Kennzahl");

        // round two: a meeting with each of the two remaining bidders, not with the one reduced out
        List<Task> gespraeche = taskService.createTaskQuery().processInstanceBusinessKey(v.bk())
                .taskDefinitionKey("UserTask_VerhandlungsgespraechProtokollieren").list();
        assertThat(gespraeche).extracting(t -> taskService.getVariable(t.getId(), "bieterName"))
                .containsExactlyInAnyOrder(KOMMUNAL.name(), RHEINLAND.name());
        assertThatThrownBy(() -> alsVergabestelle(gespraeche.get(0), "vergabe1", verhandlungsgespraech(LocalDate.now(BERLIN).plusDays(3))))
                .hasMessageContaining("verhandlungstermin").hasMessageContaining("Zukunft");
        for (Task g : gespraeche) {
            alsVergabestelle(g, "vergabe1", verhandlungsgespraech(LocalDate.now(BERLIN)));
        }
        Task runde2 = aufgabe(v, "UserTask_VerhandlungsrundeAbschliessen");
        assertThat(runde2.getName()).contains("Verhandlungsrunde 2 abschließen");
        // the task lists what was sent to whom so far
        assertThat((String) taskService.getVariable(runde2.getId(), "bieterinformationen"))
                .contains("OpenRathaus", AKTENWERK.name(), KOMMUNAL.name(), RHEINLAND.name());
        assertThatThrownBy(() -> alsVergabestelle(runde2, "vergabe1", rundeAbschliessen(null, null, null,
                java.time.OffsetDateTime.now(BERLIN).minusHours(1)))).hasMessageContaining("in der Zukunft");
        java.time.OffsetDateTime frist = inVierzehnTagen();
        alsVergabestelle(runde2, "vergabe1", rundeAbschliessen("Migration von 1,2 Mio. Dokumenten statt 0,9 Mio.", null, null, frist));
        verhandlungsschreibenVersenden(v);

        assertThat(verhandlungService.runden(v.vergabeId())).hasSize(2);
        assertThat(verhandlungService.runden(v.vergabeId()).get(0).getAusgeschieden()).containsExactly(AKTENWERK.name());
        // the bidders in the order of the initial ranking (Kommunal, Rheinland, Aktenwerk)
        assertThat(verhandlungService.informationen(v.vergabeId())).extracting(i -> i.getEmpfaenger())
                .containsExactly(List.of(KOMMUNAL.name(), RHEINLAND.name(), AKTENWERK.name()), List.of(KOMMUNAL.name(), RHEINLAND.name()));
        assertThat(schreibenService.schreiben(v.vergabeId())).filteredOn(b -> b.getArt() == Schreiben.Art.VERHANDLUNG_AUSSCHEIDEN)
                .singleElement().satisfies(b -> assertThat(b.getEmpfaenger()).isEqualTo(AKTENWERK.email()));
        assertThat(schreibenService.schreiben(v.vergabeId())).filteredOn(b -> b.getArt() == Schreiben.Art.AUFFORDERUNG_ENDGUELTIG)
                .extracting(Schreiben::getEmpfaenger).containsExactlyInAnyOrder(KOMMUNAL.email(), RHEINLAND.email());
        assertThat(mailsAn(AKTENWERK.email(), v.bk(), "endgültigen Angebots")).isEmpty();

        // the deadline of the final offers: the timer fires at it; opened with four eyes after it
        assertThat(verhandlungsinstanz(v)).isWaitingAt("TimerEvent_FristEndgueltigeAngeboteAbgelaufen");
        Job fristJob = managementService.createJobQuery().processInstanceId(verhandlungsinstanz(v).getId())
                .activityId("TimerEvent_FristEndgueltigeAngeboteAbgelaufen").singleResult();
        assertThat(fristJob.getDuedate()).isEqualTo(Date.from(frist.toInstant()));
        ClockUtil.setCurrentTime(Date.from(frist.plusMinutes(1).toInstant()));
        managementService.executeJob(fristJob.getId());
        Task oeffnen = aufgabe(v, "UserTask_EndgueltigeAngeboteOeffnen");
        assertThat((String) taskService.getVariable(oeffnen.getId(), "angebotspreise")).isEqualTo(KOMMUNAL.name() + ": \n" + RHEINLAND.name() + ": ");
        alsVergabestelle(oeffnen, "vergabe1", werte("angebotspreise", KOMMUNAL.name() + ": 379.000,00\n" + RHEINLAND.name() + ": 420.000,00",
                "oeffnungsniederschrift", "Zwei endgültige Angebote fristgerecht eingegangen und unversehrt geöffnet."));
        Task gegenzeichnen = aufgabe(v, "UserTask_EndgueltigeOeffnungGegenzeichnen");
        assertThatThrownBy(() -> alsVergabestelle(gegenzeichnen, "vergabe1", gegenzeichnung())).hasMessageContaining("Vier-Augen-Prinzip");
        taskService.setAssignee(gegenzeichnen.getId(), null);
        alsVergabestelle(gegenzeichnen, "vergabe2", gegenzeichnung());
        assertThat(angebot(v, KOMMUNAL).getPreis()).isEqualByComparingTo("379000.00");
        assertThat(angebot(v, KOMMUNAL).getErstangebotPreis()).isEqualByComparingTo("389500.00");

        // evaluated as today, on new sheets: 3 evaluators x 2 remaining offers
        assertThat(taskService.createTaskQuery().processInstanceBusinessKey(v.bk()).taskDefinitionKey("UserTask_BewertungsbogenAusfuellen").count())
                .isEqualTo(6);
        boegenAusfuellen(v, Map.of(KOMMUNAL.name(), new int[] {8, 8, 8, 8, 8}, RHEINLAND.name(), new int[] {9, 9, 9, 9, 9}));
        List<Task> konsolidieren;
        while (!(konsolidieren = taskService.createTaskQuery().processInstanceBusinessKey(v.bk())
                .taskDefinitionKey("UserTask_WertungKonsolidieren").list()).isEmpty()) {
            alsVergabestelle(konsolidieren.get(0), "vergabe1", konsolidierung());
        }
        managementService.executeJob(managementService.createJobQuery().processInstanceId(verhandlungsinstanz(v).getId())
                .activityId("ServiceTask_WertungBerechnen").singleResult().getId());
        assertThat(v.pi()).isWaitingAt("UserTask_ZuschlagsvorschlagErstellen").hasPassed("CallActivity_Verhandlung");
        assertThat(runtimeService.getVariable(v.pi().getId(), "bestbieter")).isEqualTo(RHEINLAND.name());
        assertThat(vergabeService.vergabe(v.vergabeId()).getBestbieterAngebotId()).isEqualTo(angebotId(v, RHEINLAND));
        assertThat(vergabeService.vergabe(v.vergabeId()).getStatus()).isEqualTo(Vergabe.Status.GEWERTET);
        // the initial evaluation stays in the record; the frozen basis is unchanged
        assertThat(jdbc.queryForObject("select count(*) from bewertungsbogen where vergabe_id = ? and abgeloest", Integer.class, v.vergabeId()))
                .isEqualTo(9);
        assertThat(jdbc.queryForObject("select katalog from wertungsgrundlage where vergabe_id = ?", String.class, v.vergabeId()))
                .isEqualTo(katalogVorher);
        // the Vergabevermerk's section 6a reads the same records: both rounds, the reduction, the final offers next to the initial
        de.leverkusen.vergabe.dokumente.Akte.Verhandlung vermerk = aktenLeser.lesen(vergabeService.vergabe(v.vergabeId())).verhandlung();
        assertThat(vermerk.runden()).extracting(r -> r.gespraeche().size()).containsExactly(3, 2);
        assertThat(vermerk.runden().get(0).ausgeschieden()).containsExactly(AKTENWERK.name());
        assertThat(vermerk.runden().get(1).informationen()).singleElement().satisfies(i -> assertThat(i.inhalt()).contains("1,2 Mio."));
        assertThat(vermerk.endgueltigeAngebote()).extracting(e -> e.bieter()).containsExactlyInAnyOrder(KOMMUNAL.name(), RHEINLAND.name());
        assertThat(vermerk.oeffnung().zweitePerson()).isEqualTo("vergabe2");
        // § 17 Abs. 14 VgV: nothing is negotiated after the call for final offers
        assertThatThrownBy(() -> verhandlungService.informieren(v.vergabeId(), "vergabe1", "Nachfrage", "Rabatt?"))
                .hasMessageContaining("in der Verhandlung");
    }

    /** Information given in a round reaches, by e-mail, every bidder still in the procedure, and only them (§ 17 Abs. 13 VgV). */
    @Test
    void verhandlung_informationErreichtAlleVerbleibendenBieter() {
        Verfahren v = verhandlungsverfahrenBisZurVerhandlung(false, true);
        alsVergabestelle(aufgabe(v, "UserTask_VerhandlungEroeffnen"), "vergabe1", verhandlungEroeffnen(false, null));
        alsVergabestelle(aufgabe(v, "UserTask_VerhandlungsrundeAbschliessen"), "vergabe2", rundeAbschliessen(null, RHEINLAND.name(),
                "Höchster Preis bei nur geringem Leistungsvorsprung (Z = 0,001978, Rang 2 knapp vor Rang 3).", null));
        verhandlungsschreibenVersenden(v);
        // between the meetings the Vergabestelle answers a question through its API: the letters leave at once by the
        // negotiation's own asynchronous send task, not with the end of the round
        identityService.setAuthentication("vergabe1", List.of("vergabestelle"));
        try {
            verhandlungController.informieren(v.bk(), new de.leverkusen.vergabe.verhandlung.web.VerhandlungController.Information(
                    "Frage von Aktenwerk Software GmbH", "Die Schnittstelle zum Ratsinformationssystem ist Teil der Leistung."));
        } finally {
            identityService.clearAuthentication();
        }
        assertThat(mailsAn(AKTENWERK.email(), v.bk(), "Information im Verhandlungsverfahren")).isEmpty();
        assertThat(verhandlungsinstanz(v)).isWaitingAt("ServiceTask_InformationVersenden", "UserTask_VerhandlungsgespraechProtokollieren");
        managementService.executeJob(managementService.createJobQuery().processInstanceId(verhandlungsinstanz(v).getId())
                .activityId("ServiceTask_InformationVersenden").singleResult().getId());
        assertThat(verhandlungsinstanz(v)).hasPassed("EndEvent_InformationVersendet");
        for (Bieter b : List.of(AKTENWERK, KOMMUNAL)) {
            assertThat(mailsAn(b.email(), v.bk(), "Information im Verhandlungsverfahren")).as(b.name()).singleElement()
                    .satisfies(m -> assertThat(m.getContent().toString()).contains("Ratsinformationssystem"));
        }
        for (Task g : taskService.createTaskQuery().processInstanceBusinessKey(v.bk()).taskDefinitionKey("UserTask_VerhandlungsgespraechProtokollieren").list()) {
            alsVergabestelle(g, "vergabe1", verhandlungsgespraech(LocalDate.now(BERLIN)));
        }
        alsVergabestelle(aufgabe(v, "UserTask_VerhandlungsrundeAbschliessen"), "vergabe1",
                rundeAbschliessen("Antwort auf die Frage von Kommunal-DMS AG: 954 Heimarbeitsplätze sind anzubinden.", null, null, inVierzehnTagen()));
        verhandlungsschreibenVersenden(v);
        for (Bieter b : List.of(AKTENWERK, KOMMUNAL)) {
            assertThat(mailsAn(b.email(), v.bk(), "Information im Verhandlungsverfahren")).as(b.name()).hasSize(2)
                    .anySatisfy(m -> assertThat(m.getContent().toString()).contains("954 Heimarbeitsplätze", "Verhandlungsrunde 2"));
            assertThat(mailsAn(b.email(), v.bk(), "endgültigen Angebots")).as(b.name()).hasSize(1);
        }
        // reduced out after round one: neither the information of round two nor the call for final offers
        assertThat(mailsAn(RHEINLAND.email(), v.bk(), "Information im Verhandlungsverfahren")).isEmpty();
        assertThat(mailsAn(RHEINLAND.email(), v.bk(), "Verringerung der Zahl der Angebote")).hasSize(1);
        assertThat(verhandlungService.informationen(v.vergabeId())).hasSize(2)
                .allSatisfy(i -> assertThat(i.getEmpfaenger()).containsExactly(KOMMUNAL.name(), AKTENWERK.name()));
    }

    /** § 17 Abs. 11 VgV: reserved in the notice, the award is made on the initial offers, recorded with its reasons. */
    @Test
    void verhandlung_zuschlagAufErstangebote_vorbehalten() {
        Verfahren v = verhandlungsverfahrenBisZurVerhandlung(true, false);
        Task eroeffnen = aufgabe(v, "UserTask_VerhandlungEroeffnen");
        assertThat((String) taskService.getVariable(eroeffnen.getId(), "vorbehalte")).contains("Zuschlag auf die Erstangebote vorbehalten");
        assertThatThrownBy(() -> alsVergabestelle(eroeffnen, "vergabe1", verhandlungEroeffnen(true, null)))
                .hasMessageContaining("zuschlagAufErstangeboteBegruendung");
        alsVergabestelle(eroeffnen, "vergabe1", verhandlungEroeffnen(true,
                "Das wirtschaftlichste Erstangebot (Kommunal-DMS AG) erfüllt alle Anforderungen; Verhandlungen ließen keinen Vorteil erwarten."));
        assertThat(v.pi()).isWaitingAt("UserTask_ZuschlagsvorschlagErstellen").hasPassed("CallActivity_Verhandlung");
        assertThat(historyService.createHistoricProcessInstanceQuery().processDefinitionKey("verhandlung").processInstanceBusinessKey(v.bk())
                .singleResult().getEndActivityId()).isEqualTo("EndEvent_ZuschlagAufErstangebote");
        assertThat(runtimeService.getVariable(v.pi().getId(), "bestbieter")).isEqualTo(KOMMUNAL.name());
        assertThat(verhandlungService.runden(v.vergabeId())).isEmpty();
        assertThat(verhandlungService.verhandlung(v.vergabeId()).orElseThrow().getZuschlagAufErstangeboteBegruendung()).contains("Erstangebot");
        assertThat(vergabeService.vermerke(v.vergabeId())).extracting(Vermerk::getText).anyMatch(t -> t.contains("§ 17 Abs. 11 VgV"));
    }

    /**
     * Not reserved: the award on the initial offers is refused and the task stays open; the Vergabestelle negotiates. Without
     * a reserved reduction no bidder may be reduced out either (§ 17 Abs. 12 VgV).
     */
    @Test
    void verhandlung_zuschlagAufErstangebote_ohneVorbehaltAbgelehnt() {
        Verfahren v = verhandlungsverfahrenBisZurVerhandlung(false, false);
        Task eroeffnen = aufgabe(v, "UserTask_VerhandlungEroeffnen");
        assertThatThrownBy(() -> alsVergabestelle(eroeffnen, "vergabe1", verhandlungEroeffnen(true, "Die Erstangebote sind gut genug.")))
                .hasMessageContaining("zuschlagAufErstangebote").hasMessageContaining("§ 17 Abs. 11 VgV");
        assertThat(verhandlungsinstanz(v)).isWaitingAt("UserTask_VerhandlungEroeffnen");
        assertThat(verhandlungService.verhandlung(v.vergabeId())).isEmpty();
        assertThat(vergabeService.vergabe(v.vergabeId()).getStatus()).isEqualTo(Vergabe.Status.GEWERTET);
        alsVergabestelle(eroeffnen, "vergabe1", verhandlungEroeffnen(false, null));
        Task runde1 = aufgabe(v, "UserTask_VerhandlungsrundeAbschliessen");
        assertThatThrownBy(() -> alsVergabestelle(runde1, "vergabe1", rundeAbschliessen(null, AKTENWERK.name(), "schwächstes Angebot", null)))
                .hasMessageContaining("§ 17 Abs. 12 VgV");
        assertThat(verhandlungService.runden(v.vergabeId())).singleElement().satisfies(r -> assertThat(r.getAusgeschieden()).isEmpty());
        assertThat(angebot(v, AKTENWERK).getStatus()).isEqualTo(Angebot.Status.ZUGELASSEN);
    }

    // =====================================================================================================
    // Issue 17 – endgültige Angebote: § 60 VgV on the final offers, § 134 GWB after a reduction, complaint and review
    // during the negotiation
    // =====================================================================================================

    /** The engine's today (the tests move its clock to the deadline of the final offers). */
    private static LocalDate heute() {
        return LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), BERLIN);
    }

    /**
     * Round one closed with {@code rundenabschluss} (which calls for the final offers, deadline {@code frist}), its letters
     * sent, the deadline passed (the clock moves one minute past it), the final offers opened by vergabe1 with
     * {@code preise} and countersigned by vergabe2.
     */
    private void endgueltigeAngeboteOeffnen(Verfahren v, Map<String, Object> rundenabschluss, java.time.OffsetDateTime frist, String preise) {
        alsVergabestelle(aufgabe(v, "UserTask_VerhandlungsrundeAbschliessen"), "vergabe1", rundenabschluss);
        verhandlungsschreibenVersenden(v);
        ClockUtil.setCurrentTime(Date.from(frist.plusMinutes(1).toInstant()));
        managementService.executeJob(managementService.createJobQuery().processInstanceId(verhandlungsinstanz(v).getId())
                .activityId("TimerEvent_FristEndgueltigeAngeboteAbgelaufen").singleResult().getId());
        alsVergabestelle(aufgabe(v, "UserTask_EndgueltigeAngeboteOeffnen"), "vergabe1", werte("angebotspreise", preise,
                "oeffnungsniederschrift", "Endgültige Angebote fristgerecht eingegangen und unversehrt geöffnet."));
        alsVergabestelle(aufgabe(v, "UserTask_EndgueltigeOeffnungGegenzeichnen"), "vergabe2", gegenzeichnung());
    }

    /** The Vergabestelle requests the clarification of the bidder's final price (7 days) and the letter leaves. */
    private void endgueltigenPreisAufklaeren(Verfahren v, Bieter bieter, String fragen) {
        complete(aufgabeFuer(v, "UserTask_AufklaerungAnfordern", bieter), werte("aufklaerungFragen", fragen,
                "aufklaerungFrist", heute().plusDays(7).toString()));
        versenden(verhandlungsinstanz(v).getId());
    }

    private void endgueltigeAngeboteKonsolidieren(Verfahren v) {
        List<Task> offen;
        while (!(offen = taskService.createTaskQuery().processInstanceBusinessKey(v.bk())
                .taskDefinitionKey("UserTask_WertungKonsolidieren").list()).isEmpty()) {
            alsVergabestelle(offen.get(0), "vergabe1", konsolidierung());
        }
        // the ranking of the final offers follows the last consolidation asynchronously
        managementService.executeJob(managementService.createJobQuery().processInstanceId(verhandlungsinstanz(v).getId())
                .activityId("ServiceTask_WertungBerechnen").singleResult().getId());
    }

    /**
     * § 60 VgV on the final offers, the price accepted after clarification. No initial price is abnormally low (see the
     * § 60 block: 389,500 is 18.85 % below the estimate 480,000). Final offers: Kommunal 300,000.00 is
     * (400,000 - 300,000) / 400,000 = 25 % below the next higher, Aktenwerk's 400,000.00 (threshold 20 %), and
     * (480,000 - 300,000) / 480,000 = 37.5 % below the estimate (threshold 30 %): flagged. Aktenwerk is
     * 20,000 / 420,000 = 4.76 % below Rheinland 420,000.00 and 16.67 % below the estimate, Rheinland 12.5 %: not flagged.
     * Accepted, Kommunal is scored and ranked (simple benchmark method Z = L / P, weights 25, 20, 15, 20, 20):
     * Kommunal 8 points everywhere, L = 800, Z = 800 / 300,000 = 0.0026667; Rheinland 9, L = 900, Z = 900 / 420,000 =
     * 0.0021429; Aktenwerk 7, L = 700, Z = 700 / 400,000 = 0.00175: Kommunal wins.
     */
    @Test
    void endgueltigesAngebotUngewoehnlichNiedrig_nachAufklaerungAngenommen_wirdGewertet() {
        Verfahren v = verhandlungsverfahrenBisZurVerhandlung(false, false);
        assertThat(vergabeService.angebote(v.vergabeId())).extracting(Angebot::getNiedrigpreisBefund).containsOnlyNulls();
        alsVergabestelle(aufgabe(v, "UserTask_VerhandlungEroeffnen"), "vergabe1", verhandlungEroeffnen(false, null));
        java.time.OffsetDateTime frist = inVierzehnTagen();
        endgueltigeAngeboteOeffnen(v, rundeAbschliessen(null, null, null, frist), frist, AKTENWERK.name() + ": 400.000,00\n"
                + KOMMUNAL.name() + ": 300.000,00\n" + RHEINLAND.name() + ": 420.000,00");

        // the same check as for the initial offers, in the same stage (opened and countersigned), before any sheet
        assertThat(verhandlungsinstanz(v)).hasPassed("ServiceTask_EndgueltigeNiedrigpreisePruefen", "Gateway_EndgueltigeNiedrigpreiseAuffaellig")
                .isWaitingAt("UserTask_AufklaerungAnfordern");
        assertThat(vergabeService.vergabe(v.vergabeId()).getStatus()).isEqualTo(Vergabe.Status.GEOEFFNET);
        assertThat(taskService.createTaskQuery().processInstanceBusinessKey(v.bk()).taskDefinitionKey("UserTask_BewertungsbogenAusfuellen")
                .count()).isZero();
        assertThat(angebot(v, KOMMUNAL).getNiedrigpreisBefund()).isEqualTo("Preis 300.000,00 EUR liegt 25 % unter dem nächsthöheren "
                + "Angebot (" + AKTENWERK.name() + ", 400.000,00 EUR; Aufgreifschwelle 20 %) und 37,5 % unter dem geschätzten "
                + "Auftragswert (480.000,00 EUR; Aufgreifschwelle 30 %)");
        assertThat(angebot(v, AKTENWERK).getNiedrigpreisBefund()).isNull();
        assertThat(angebot(v, RHEINLAND).getNiedrigpreisBefund()).isNull();
        Task anfordern = aufgabeFuer(v, "UserTask_AufklaerungAnfordern", KOMMUNAL);
        assertThat(anfordern.getName()).isEqualTo(v.bk() + " · Aufklärung anfordern (endgültiges Angebot): " + KOMMUNAL.name());
        // the evaluation cannot finish while the price is open, whatever the engine is told
        assertThatThrownBy(() -> vergabeService.wertungFestgestellt(v.vergabeId(), angebotId(v, KOMMUNAL)))
                .hasMessageContaining("noch nicht aufgeklärt", KOMMUNAL.name());

        endgueltigenPreisAufklaeren(v, KOMMUNAL, "Bitte legen Sie die Kalkulation Ihres endgültigen Angebots offen.");
        assertThat(schreiben(v, Schreiben.Art.AUFKLAERUNG_60)).singleElement().satisfies(s -> {
            assertThat(s.getEmpfaenger()).isEqualTo(KOMMUNAL.email());
            assertThat(s.getText()).contains("Preis 300.000,00 EUR liegt 25 % unter dem nächsthöheren Angebot",
                    "Kalkulation Ihres endgültigen Angebots", "§ 60 Abs. 3 VgV");
        });
        assertThat(mailsAn(KOMMUNAL.email(), v.bk(), "Aufklärung des Angebotspreises")).hasSize(1);
        complete(aufgabeFuer(v, "UserTask_NiedrigpreisEntscheiden", KOMMUNAL), werte("aufklaerungAntwort", "Kalkulation vorgelegt.",
                "niedrigpreisEntscheidung", "ANGENOMMEN", "niedrigpreisBegruendung",
                "Der Preisnachlass beruht nachvollziehbar auf dem in Runde 1 verringerten Migrationsumfang."));
        assertThat(AktenLeser.niedrigpreis(angebot(v, KOMMUNAL))).contains("Preis 300.000,00 EUR", "Entscheidung: Preis angenommen",
                "Migrationsumfang");

        // accepted: scored on new sheets like the others (3 evaluators x 3 offers) and ranked first
        assertThat(verhandlungsinstanz(v)).hasPassed("SubProcess_EndgueltigenPreisAufklaeren", "Gateway_EndgueltigeNiedrigpreiseMerge");
        assertThat(taskService.createTaskQuery().processInstanceBusinessKey(v.bk()).taskDefinitionKey("UserTask_BewertungsbogenAusfuellen")
                .count()).isEqualTo(9);
        boegenAusfuellen(v, Map.of(KOMMUNAL.name(), new int[] {8, 8, 8, 8, 8}, RHEINLAND.name(), new int[] {9, 9, 9, 9, 9},
                AKTENWERK.name(), new int[] {7, 7, 7, 7, 7}));
        endgueltigeAngeboteKonsolidieren(v);
        assertThat(v.pi()).isWaitingAt("UserTask_ZuschlagsvorschlagErstellen").hasPassed("CallActivity_Verhandlung");
        assertThat(runtimeService.getVariable(v.pi().getId(), "bestbieter")).isEqualTo(KOMMUNAL.name());
        assertThat(bewertungService.rangfolge(v.vergabeId())).extracting(Wertungsrechner.Rang::angebotId, Wertungsrechner.Rang::rang)
                .containsExactly(tuple(angebotId(v, KOMMUNAL), 1), tuple(angebotId(v, RHEINLAND), 2), tuple(angebotId(v, AKTENWERK), 3));
    }

    /**
     * After round one Aktenwerk is reduced out (§ 17 Abs. 12 VgV) and the final offers are called for. Kommunal's final
     * 300,000.00 is (420,000 - 300,000) / 420,000 = 28.57 % below Rheinland's 420,000.00 and 37.5 % below the estimate:
     * flagged, not explained, excluded (§ 60 Abs. 3 VgV). Only Rheinland is scored (3 sheets) and wins. The § 134
     * letters: Kommunal with the exclusion and its reasons; Aktenwerk, a bidder told of the reduction in text form at
     * the time, with round 1 and the recorded reasons of the reduction, and no rank; both with the earliest date.
     */
    @Test
    void endgueltigesAngebotAusgeschlossen_nichtGewertet_134FuerAusgeschlossenenUndVerringertenBieter() {
        Verfahren v = verhandlungsverfahrenBisZurVerhandlung(false, true);
        alsVergabestelle(aufgabe(v, "UserTask_VerhandlungEroeffnen"), "vergabe1", verhandlungEroeffnen(false, null));
        java.time.OffsetDateTime frist = inVierzehnTagen();
        LocalDate verringertAm = heute();
        String verringerung = "Geringster Erfüllungsgrad der Erstangebote in den Kriterien K1 und K3.";
        endgueltigeAngeboteOeffnen(v, rundeAbschliessen(null, AKTENWERK.name(), verringerung, frist), frist,
                KOMMUNAL.name() + ": 300.000,00\n" + RHEINLAND.name() + ": 420.000,00");
        assertThat(mailsAn(AKTENWERK.email(), v.bk(), "Verringerung der Zahl der Angebote")).hasSize(1);
        assertThat(angebot(v, KOMMUNAL).getNiedrigpreisBefund()).startsWith("Preis 300.000,00 EUR liegt 28,57 % unter dem nächsthöheren "
                + "Angebot (" + RHEINLAND.name() + ", 420.000,00 EUR; Aufgreifschwelle 20 %) und 37,5 %");

        endgueltigenPreisAufklaeren(v, KOMMUNAL, "Bitte erläutern Sie die Lizenzkosten Ihres endgültigen Angebots.");
        complete(aufgabeFuer(v, "UserTask_NiedrigpreisEntscheiden", KOMMUNAL), werte("aufklaerungAntwort", "Keine Antwort in der Frist.",
                "niedrigpreisEntscheidung", "AUSGESCHLOSSEN", "niedrigpreisBegruendung",
                "Der Bieter hat den Preis nicht aufgeklärt; die Lizenzkosten sind nicht kalkuliert."));
        assertThat(angebot(v, KOMMUNAL).getStatus()).isEqualTo(Angebot.Status.AUSGESCHLOSSEN);

        // excluded: no sheet, no consolidation, no rank
        List<Task> boegen = taskService.createTaskQuery().processInstanceBusinessKey(v.bk()).taskDefinitionKey("UserTask_BewertungsbogenAusfuellen").list();
        assertThat(boegen).hasSize(3).allSatisfy(t -> assertThat(taskService.getVariable(t.getId(), "bieterName")).isEqualTo(RHEINLAND.name()));
        boegenAusfuellen(v, Map.of(RHEINLAND.name(), new int[] {9, 9, 9, 9, 9}));
        endgueltigeAngeboteKonsolidieren(v);
        assertThat(v.pi()).isWaitingAt("UserTask_ZuschlagsvorschlagErstellen");
        assertThat(runtimeService.getVariable(v.pi().getId(), "bestbieter")).isEqualTo(RHEINLAND.name());
        assertThat(bewertungService.rangfolge(v.vergabeId())).extracting(Wertungsrechner.Rang::angebotId).containsExactly(angebotId(v, RHEINLAND));

        complete(aufgabe(v, "UserTask_ZuschlagsvorschlagErstellen"), zuschlagsvorschlag());
        freigeben(v, "FREIGEGEBEN");
        ratsbefassung(v, "ZUGESTIMMT");
        bieterInformieren(v);
        String fruehestens = vergabeService.vergabe(v.vergabeId()).getFruehesterZuschlag().format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy"));
        List<Schreiben> briefe = schreiben(v, Schreiben.Art.INFORMATION_134);
        assertThat(briefe).extracting(Schreiben::getEmpfaenger).containsExactlyInAnyOrder(KOMMUNAL.email(), AKTENWERK.email());
        assertThat(briefe).filteredOn(b -> b.getEmpfaenger().equals(KOMMUNAL.email())).singleElement().satisfies(b -> assertThat(b.getText())
                .contains("Zuschlag auf das Angebot von " + RHEINLAND.name(), "Ihr Angebot wurde von der Wertung ausgeschlossen",
                        "(§ 60 Abs. 3 VgV)", "die Lizenzkosten sind nicht kalkuliert", "frühestens am " + fruehestens));
        assertThat(briefe).filteredOn(b -> b.getEmpfaenger().equals(AKTENWERK.email())).singleElement().satisfies(b -> assertThat(b.getText())
                .contains("Zuschlag auf das Angebot von " + RHEINLAND.name(),
                        "Gründe: Ihr Angebot wurde nach der Verhandlungsrunde 1 nicht weiter berücksichtigt",
                        "(§ 17 Abs. 12 VgV). Gründe der Verringerung: " + verringerung,
                        "Die Verringerung wurde Ihnen am " + verringertAm.format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy"))
                                + " in Textform mitgeteilt.", "frühestens am " + fruehestens)
                .doesNotContain("Rang", "Leistungspunkte", "Z = ", "von der Wertung ausgeschlossen"));
    }

    /**
     * The complaint and review event sub-processes of dms-vergabe stay active while the call activity runs: a complaint in
     * round one is answered and the negotiation goes on where it stood; a review application served during the
     * negotiation lets it go on to the final offers, the council and the § 134 information, but bars the award
     * (§ 169 Abs. 1 GWB).
     */
    @Test
    void ruegeUndNachpruefungsantragWaehrendDerVerhandlung() {
        Verfahren v = verhandlungsverfahrenBisZurVerhandlung(false, false);
        alsVergabestelle(aufgabe(v, "UserTask_VerhandlungEroeffnen"), "vergabe1", verhandlungEroeffnen(false, null));
        assertThat(verhandlungsinstanz(v)).isWaitingAt("UserTask_VerhandlungsrundeAbschliessen");

        ruegeEinlegen(v, "In der Präsentation sei einem Mitbewerber mehr Zeit eingeräumt worden.");
        Task antwort = aufgabe(v, "UserTask_RuegeBeantworten");
        assertThat((String) taskService.getVariable(antwort.getId(), "ruege")).contains("mehr Zeit eingeräumt");
        complete(antwort, werte("ruegeAbhilfe", "KEINE_ABHILFE", "ruegeAntwort", "Alle Präsentationen dauerten laut Protokoll 90 Minuten."));
        assertThat(v.pi()).hasPassed("StartEvent_RuegeEingegangen", "EndEvent_RuegeBeantwortet").isWaitingAt("CallActivity_Verhandlung");
        assertThat(verhandlungsinstanz(v)).isWaitingAt("UserTask_VerhandlungsrundeAbschliessen");
        assertThat(vergabeService.vermerke(v.vergabeId())).extracting(Vermerk::getStufe).contains("Rüge", "Rüge beantwortet");
        assertThat(vergabeService.vergabe(v.vergabeId()).getStatus()).isEqualTo(Vergabe.Status.IN_VERHANDLUNG);

        runtimeService.createMessageCorrelation("NachpruefungsantragImVerfahren").processInstanceBusinessKey(v.bk()).correlate();
        assertThat(v.pi()).hasPassed("StartEvent_NachpruefungsantragImVerfahren")
                .isWaitingAt("UserTask_KammerEntscheidungImVerfahrenErfassen", "CallActivity_Verhandlung");
        assertThat(vergabeService.vergabe(v.vergabeId()).isNachpruefungAnhaengig()).isTrue();

        // the negotiation goes on: final offers as the initial ones (none abnormally low), evaluated as before
        java.time.OffsetDateTime frist = inVierzehnTagen();
        endgueltigeAngeboteOeffnen(v, rundeAbschliessen(null, null, null, frist), frist, AKTENWERK.name() + ": 412.000,00\n"
                + KOMMUNAL.name() + ": 389.500,00\n" + RHEINLAND.name() + ": 455.000,00");
        assertThat(verhandlungsinstanz(v)).hasPassed("ServiceTask_EndgueltigeNiedrigpreisePruefen", "Gateway_EndgueltigeNiedrigpreiseMerge")
                .hasNotPassed("SubProcess_EndgueltigenPreisAufklaeren");
        boegenAusfuellen(v, Map.of(AKTENWERK.name(), PUNKTE_AKTENWERK, KOMMUNAL.name(), PUNKTE_KOMMUNAL, RHEINLAND.name(), PUNKTE_RHEINLAND));
        endgueltigeAngeboteKonsolidieren(v);
        complete(aufgabe(v, "UserTask_ZuschlagsvorschlagErstellen"), zuschlagsvorschlag());
        freigeben(v, "FREIGEGEBEN");
        zuschlagBeiAnhaengigerNachpruefungVerweigert(v);
        assertThat(vergabeService.vergabe(v.vergabeId()).getZuschlagAngebotId()).isNull();
        assertThat(v.pi()).isWaitingAt("UserTask_KammerEntscheidungImVerfahrenErfassen", "UserTask_ZuschlagErteilen");
    }

    /**
     * With a review application pending, the council approves, the § 134 letters leave and the standstill passes; the
     * award is refused (§ 169 Abs. 1 GWB) and its task stays open. Returns the award task.
     */
    private Task zuschlagBeiAnhaengigerNachpruefungVerweigert(Verfahren v) {
        ratsbefassung(v, "ZUGESTIMMT");
        bieterInformieren(v);
        wartefristAblaufen(v);
        Task zuschlag = aufgabe(v, "UserTask_ZuschlagErteilen");
        assertThatThrownBy(() -> taskService.complete(zuschlag.getId(), zuschlag()))
                .hasMessageContaining("Nachprüfungsantrag ist anhängig", "§ 169 Abs. 1 GWB");
        return zuschlag;
    }
}
