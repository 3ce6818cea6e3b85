package de.leverkusen.vergabe.betrieb;

import static org.assertj.core.api.Assertions.assertThat;

import de.leverkusen.vergabe.prozess.Ausschreibungslauf;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * A new version of every model is deployed while procedures of the old version are running (issue 19, item 4):
 * one just set up, one in the evaluation (scoring sheets open), one in the standstill. Each goes on to its end on
 * the version it started with, with the current delegates, listeners and forms; a procedure started afterwards runs
 * on the new version. The rollout is what an operator does with a new release: one deployment of all models, the
 * decision table and the forms (the models bind their forms and the decision table to their own deployment).
 * The context is discarded afterwards: the next test classes would otherwise start the changed models.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class ModellversionenTest {

    private static final List<String> PROZESSE = List.of("dms-vergabe", "angebotspruefung", "bewertungsbogen", "ratsbefassung");
    private static final String GEAENDERT = " (Version 2)";

    @Autowired
    ProcessEngine engine;
    @Autowired
    RepositoryService repository;
    @Autowired
    RuntimeService runtime;
    @Autowired
    HistoryService history;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void laufendeVerfahrenEndenAufIhrerVersionNeueLaufenAufDerNeuen() throws IOException {
        Ausschreibungslauf lauf = new Ausschreibungslauf(engine);
        Map<String, ProcessDefinition> alt = neueste();
        lauf.starten("VG-VERSION-EINGERICHTET");
        lauf.starten("VG-VERSION-WERTUNG");
        lauf.fortsetzenBis("VG-VERSION-WERTUNG", "UserTask_BewertungsbogenAusfuellen");
        lauf.starten("VG-VERSION-WARTEFRIST");
        lauf.fortsetzenBis("VG-VERSION-WARTEFRIST", "TimerEvent_WartefristAbgelaufen");
        // some sheets of the evaluation are done, the others wait (started on the old version)
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey("VG-VERSION-WERTUNG")
                .processDefinitionId(alt.get("bewertungsbogen").getId()).count()).isEqualTo(9);

        neueVersionAusrollen(GEAENDERT);

        Map<String, ProcessDefinition> neu = neueste();
        for (String key : PROZESSE) {
            assertThat(neu.get(key).getVersion()).as(key).isEqualTo(alt.get(key).getVersion() + 1);
            assertThat(neu.get(key).getName()).as(key).endsWith(GEAENDERT);
        }
        // the running instances stay where they are: the same definition, the same activities
        for (String bk : List.of("VG-VERSION-EINGERICHTET", "VG-VERSION-WERTUNG", "VG-VERSION-WARTEFRIST")) {
            assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(bk).list())
                    .allSatisfy(pi -> assertThat(pi.getProcessDefinitionId()).isIn(alt.values().stream().map(ProcessDefinition::getId).toList()));
        }

        lauf.starten("VG-VERSION-NEU");
        for (String bk : List.of("VG-VERSION-EINGERICHTET", "VG-VERSION-WERTUNG", "VG-VERSION-WARTEFRIST", "VG-VERSION-NEU")) {
            lauf.fortsetzen(bk);
            assertThat(jdbc.queryForObject("select status from vergabe where business_key = ?", String.class, bk))
                    .as(bk).isEqualTo("ABGESCHLOSSEN");
            assertThat(hauptinstanz(bk).getState()).as(bk).isEqualTo(HistoricProcessInstance.STATE_COMPLETED);
        }
        assertThat(runtime.createIncidentQuery().count()).isZero();

        // the old procedures ended on the old main model, their tasks under the old names
        for (String bk : List.of("VG-VERSION-EINGERICHTET", "VG-VERSION-WERTUNG", "VG-VERSION-WARTEFRIST")) {
            assertThat(hauptinstanz(bk).getProcessDefinitionId()).as(bk).isEqualTo(alt.get("dms-vergabe").getId());
            assertThat(aufgaben(hauptinstanz(bk).getId())).as(bk).isNotEmpty().noneMatch(t -> t.getName().endsWith(GEAENDERT));
        }
        // what had started before the rollout ended on the old version; the sheets of the evaluation, for one
        assertThat(instanzen("VG-VERSION-WERTUNG", "bewertungsbogen")).hasSize(9)
                .allSatisfy(pi -> assertThat(pi.getProcessDefinitionId()).isEqualTo(alt.get("bewertungsbogen").getId()));
        assertThat(instanzen("VG-VERSION-WARTEFRIST", "ratsbefassung")).singleElement()
                .satisfies(pi -> assertThat(pi.getProcessDefinitionId()).isEqualTo(alt.get("ratsbefassung").getId()));
        // a call activity reached after the rollout starts the newest version of the called model (binding "latest",
        // the default; see docs/betrieb.md): the checks of the procedure set up before it ran on version 2
        for (String gerufen : List.of("angebotspruefung", "bewertungsbogen", "ratsbefassung")) {
            assertThat(instanzen("VG-VERSION-EINGERICHTET", gerufen)).as(gerufen).isNotEmpty()
                    .allSatisfy(pi -> assertThat(pi.getProcessDefinitionId()).isEqualTo(neu.get(gerufen).getId()));
        }
        assertThat(instanzen("VG-VERSION-EINGERICHTET", "angebotspruefung")).hasSize(3)
                .allSatisfy(pi -> assertThat(aufgaben(pi.getId())).isNotEmpty().allMatch(t -> t.getName().endsWith(GEAENDERT)));
        // a procedure started after the rollout runs on the new version throughout
        assertThat(hauptinstanz("VG-VERSION-NEU").getProcessDefinitionId()).isEqualTo(neu.get("dms-vergabe").getId());
        assertThat(aufgaben(hauptinstanz("VG-VERSION-NEU").getId())).isNotEmpty().allMatch(t -> t.getName().endsWith(GEAENDERT));
    }

    /**
     * The documented migration (docs/betrieb.md): a procedure in the standstill is moved by operations to a new version
     * of the main model with Camunda's migration API (equal activities mapped, the standstill's timer and the review
     * and complaint events carried over), the intervention is recorded in its running record, and the procedure goes
     * on to its end on the new version.
     */
    @Test
    void einVerfahrenInDerWartefristWirdAufDieNeueVersionMigriertUndEndetDort() throws IOException {
        String bk = "VG-VERSION-MIGRATION";
        String geaendert = " (migriert)";
        Ausschreibungslauf lauf = new Ausschreibungslauf(engine);
        lauf.starten(bk);
        lauf.fortsetzenBis(bk, "TimerEvent_WartefristAbgelaufen");
        String pi = runtime.createProcessInstanceQuery().processInstanceBusinessKey(bk).processDefinitionKey("dms-vergabe")
                .singleResult().getId();
        String alt = runtime.createProcessInstanceQuery().processInstanceId(pi).singleResult().getProcessDefinitionId();
        java.util.Date fristende = engine.getManagementService().createJobQuery().processInstanceId(pi)
                .activityId("TimerEvent_WartefristAbgelaufen").singleResult().getDuedate();

        neueVersionAusrollen(geaendert);
        String neu = neueste().get("dms-vergabe").getId();
        MigrationPlan plan = runtime.createMigrationPlan(alt, neu).mapEqualActivities().updateEventTriggers().build();
        engine.getIdentityService().setAuthentication("admin", List.of("camunda-admin"));
        try {
            runtime.newMigration(plan).processInstanceIds(pi).execute();
        } finally {
            engine.getIdentityService().clearAuthentication();
        }

        assertThat(runtime.createProcessInstanceQuery().processInstanceId(pi).singleResult().getProcessDefinitionId()).isEqualTo(neu);
        // the standstill still ends when it ended before the migration
        assertThat(engine.getManagementService().createJobQuery().processInstanceId(pi).activityId("TimerEvent_WartefristAbgelaufen")
                .singleResult().getDuedate()).isEqualTo(fristende);
        assertThat(jdbc.queryForList("select m.text from vermerk m join vergabe v on v.id = m.vergabe_id "
                + "where v.business_key = ? and m.stufe = 'Betrieb' and m.benutzer = 'admin'", String.class, bk))
                .singleElement().asString().containsIgnoringCase("migration");

        lauf.fortsetzen(bk);
        assertThat(jdbc.queryForObject("select status from vergabe where business_key = ?", String.class, bk)).isEqualTo("ABGESCHLOSSEN");
        assertThat(hauptinstanz(bk).getProcessDefinitionId()).isEqualTo(neu);
        // the tasks after the migration are those of the new version
        assertThat(history.createHistoricTaskInstanceQuery().processInstanceId(pi).taskDefinitionKey("UserTask_ZuschlagErteilen")
                .singleResult().getName()).endsWith(geaendert);
        assertThat(runtime.createIncidentQuery().processInstanceId(pi).count()).isZero();
    }

    /**
     * The models as they are in bpmn/ with a changed label (the process's and every user task's name), the decision
     * table and the forms unchanged, as one deployment, like the application's own deployment on the start of a new
     * release.
     */
    private void neueVersionAusrollen(String geaendert) throws IOException {
        DeploymentBuilder deployment = repository.createDeployment().name("vergabe-workflow-engine" + geaendert);
        try (Stream<Path> modelle = Files.list(Path.of("bpmn")); Stream<Path> formulare = Files.list(Path.of("forms"))) {
            for (Path datei : Stream.concat(modelle, formulare).sorted().toList()) {
                String name = datei.getFileName().toString();
                if (name.endsWith(".bpmn")) {
                    BpmnModelInstance modell = Bpmn.readModelFromFile(datei.toFile());
                    modell.getModelElementsByType(Process.class).forEach(p -> p.setName(p.getName() + geaendert));
                    modell.getModelElementsByType(UserTask.class).forEach(t -> t.setName(t.getName() + geaendert));
                    deployment.addModelInstance(name, modell);
                } else if (name.endsWith(".dmn") || name.endsWith(".form")) {
                    deployment.addString(name, Files.readString(datei));
                }
            }
        }
        deployment.deploy();
    }

    private Map<String, ProcessDefinition> neueste() {
        return PROZESSE.stream().collect(java.util.stream.Collectors.toMap(k -> k,
                k -> repository.createProcessDefinitionQuery().processDefinitionKey(k).latestVersion().singleResult()));
    }

    private HistoricProcessInstance hauptinstanz(String bk) {
        return history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(bk).processDefinitionKey("dms-vergabe")
                .singleResult();
    }

    private List<HistoricProcessInstance> instanzen(String bk, String key) {
        return history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(bk).processDefinitionKey(key).list();
    }

    private List<HistoricTaskInstance> aufgaben(String instanz) {
        return history.createHistoricTaskInstanceQuery().processInstanceId(instanz).list();
    }
}
