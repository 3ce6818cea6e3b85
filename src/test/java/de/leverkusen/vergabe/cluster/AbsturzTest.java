package de.leverkusen.vergabe.cluster;

import static de.leverkusen.vergabe.cluster.Verfahrensschritte.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The application on its H2 file database is killed (SIGKILL, no shutdown) while eight clients complete tasks
 * through the REST API. After a restart on the same files every completion that a client saw acknowledged (HTTP
 * 204) is there, and the procedures go on.
 */
class AbsturzTest {

    private static final int VERFAHREN = 16;
    private static final int CLIENTS = 8;

    @TempDir
    Path daten;

    private Knoten knoten(String name) {
        return Knoten.aufH2(name, daten, Map.of());
    }

    @Test
    void nachDemAbsturzSindAlleBestaetigtenErledigungenDaUndDieVerfahrenLaufenWeiter() throws Exception {
        Set<String> bestaetigt = ConcurrentHashMap.newKeySet();
        List<String> instanzen = new ArrayList<>();
        Knoten knoten = knoten("absturz-1");
        try {
            Rest vergabe1 = new Rest(knoten.port(), "vergabe1");
            // offer deadlines passed: the job executor fires the opening timers during the load
            for (int i = 0; i < VERFAHREN; i++) {
                instanzen.add(starten(vergabe1, "VG-ABSTURZ-" + i, startformular()));
            }
            // each client works through the declarations of its own procedures, one after the other
            ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
            for (int c = 0; c < CLIENTS; c++) {
                int client = c;
                clients.submit(() -> erklaeren(knoten.port(), client, bestaetigt));
            }
            warteBis("a third of the declarations acknowledged", Duration.ofSeconds(120), () -> bestaetigt.size() >= VERFAHREN);
            knoten.toeten();
            clients.shutdown();
            assertThat(clients.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
        } finally {
            knoten.close();
        }
        assertThat(bestaetigt.size()).as("killed in the middle of the load").isLessThan(VERFAHREN * BEWERTER.size());

        Knoten neu = knoten("absturz-2");
        try {
            Rest admin = new Rest(neu.port(), "admin");
            for (String task : bestaetigt) {
                JsonNode historie = admin.lesen("/history/task?taskId=" + task);
                assertThat(historie).as("acknowledged completion of task %s", task).hasSize(1);
                assertThat(historie.get(0).path("deleteReason").asText()).isEqualTo("completed");
                assertThat(admin.get("/task/" + task).status()).isEqualTo(404);
            }
            // the procedures go on: the remaining declarations, then every procedure has exactly one opening task
            for (int c = 0; c < CLIENTS; c++) {
                erklaeren(neu.port(), c, bestaetigt);
            }
            // (a completion in flight at the kill may or may not have been stored; either way none stays open)
            assertThat(admin.anzahl("/task/count?taskDefinitionKey=UserTask_InteressenkonfliktErklaeren")).isZero();
            assertThat(admin.anzahl("/history/task/count?taskDefinitionKey=UserTask_InteressenkonfliktErklaeren&finished=true"))
                    .isEqualTo(VERFAHREN * BEWERTER.size());
            for (int i = 0; i < VERFAHREN; i++) {
                String key = "VG-ABSTURZ-" + i;
                JsonNode erklaerungen = admin.lesen("/history/activity-instance?processInstanceId=" + instanzen.get(i)
                        + "&activityId=SubProcess_InteressenkonfliktErklaeren%23multiInstanceBody&finished=true");
                assertThat(erklaerungen).as("declarations of %s finished", key).hasSize(1);
                warteAufAufgaben(admin.als("vergabe1"), key, "UserTask_AngeboteOeffnen", 1);
            }
            assertThat(admin.anzahl("/incident/count")).isZero();
        } finally {
            neu.close();
        }
    }

    /**
     * Completes the open declarations of the client's procedures (every CLIENTS-th) as their evaluators and notes
     * each acknowledged one. Ends when the node is gone (connection refused).
     */
    private static void erklaeren(int port, int client, Set<String> bestaetigt) {
        try {
            for (int i = client; i < VERFAHREN; i += CLIENTS) {
                for (String bewerter : BEWERTER) {
                    Rest r = new Rest(port, bewerter);
                    for (int versuch = 0; versuch < 5; versuch++) {
                        List<JsonNode> offen = eigeneAufgaben(r, "VG-ABSTURZ-" + i, "UserTask_InteressenkonfliktErklaeren");
                        if (offen.isEmpty()) {
                            break;
                        }
                        // a conflict with the job executor on the same procedure (HTTP 500) is answered by trying again
                        if (r.erledigen(offen.get(0), erklaerung()).status() == 204) {
                            bestaetigt.add(offen.get(0).path("id").asText());
                            break;
                        }
                    }
                }
            }
        } catch (UncheckedIOException knotenWeg) {
            // the node was killed
        }
    }
}
