package de.leverkusen.vergabe.konfiguration;

import static org.assertj.core.api.Assertions.assertThat;

import de.leverkusen.vergabe.verfahren.Vergabe;
import de.leverkusen.vergabe.verfahren.VergabeRepository;
import de.leverkusen.vergabe.verfahren.Verfahrensart;
import java.time.OffsetDateTime;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The demo tender a new user meets after the first start (issue 17.4): the report's procedure as a negotiated
 * procedure with a participation competition, started with the values {@link DemoVerfahren} uses.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class DemoausschreibungTest {

    @Autowired RuntimeService runtime;
    @Autowired TaskService tasks;
    @Autowired ManagementService management;
    @Autowired VergabeRepository vergaben;

    @Test
    void dieDemoIstEinVerhandlungsverfahren_inTasklistWartenDieTeilnahmeantraege() {
        ProcessInstance pi = runtime.startProcessInstanceByKey("dms-vergabe", "VG-DEMO-TEST", Demoausschreibung.verhandlungsverfahren());
        Vergabe v = vergaben.findByBusinessKey("VG-DEMO-TEST").orElseThrow();
        assertThat(v.getVerfahrensart()).isEqualTo(Verfahrensart.VERHANDLUNGSVERFAHREN_MIT_TEILNAHMEWETTBEWERB);
        // notice 07.10.2021 + 30 days -> Saturday 06.11.2021 -> Monday 08.11.2021, 24:00 (§ 17 Abs. 2 VgV)
        assertThat(v.getTeilnahmefrist()).isAtSameInstantAs(OffsetDateTime.parse("2021-11-09T00:00:00+01:00"));
        assertThat(v.getMindestzahlBewerber()).isEqualTo(3);
        // that period lies in the past: its timer is due at once (the job executor fires it in the application)
        ProcessInstance teilnahme = runtime.createProcessInstanceQuery().superProcessInstanceId(pi.getId()).singleResult();
        management.executeJob(management.createJobQuery().processInstanceId(teilnahme.getId())
                .activityId("TimerEvent_TeilnahmefristAbgelaufen").singleResult().getId());
        Task oeffnen = tasks.createTaskQuery().processInstanceBusinessKey("VG-DEMO-TEST").singleResult();
        assertThat(oeffnen.getTaskDefinitionKey()).isEqualTo("UserTask_TeilnahmeantraegeOeffnen");
        assertThat(oeffnen.getName()).isEqualTo("VG-DEMO-TEST · Teilnahmeanträge öffnen (1. Person)");
        assertThat(tasks.createTaskQuery().taskId(oeffnen.getId()).taskCandidateGroup("vergabestelle").count()).isEqualTo(1);
        // the three providers of the report are who applies
        assertThat(Demoausschreibung.bewerber().lines()).hasSize(3);
    }
}
