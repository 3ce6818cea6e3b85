package de.leverkusen.vergabe.betrieb;

import static org.assertj.core.api.Assertions.assertThat;

import de.leverkusen.vergabe.VergabeApplication;
import de.leverkusen.vergabe.prozess.Ausschreibungslauf;
import de.leverkusen.vergabe.rest.EngineRest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Backup and restore of the embedded H2 database (issue 19, item 5), as docs/betrieb.md tells the operator: while the
 * application works, {@code POST /api/betrieb/sicherung} as admin writes a backup; {@code org.h2.tools.Restore} with
 * the documented arguments restores it into an empty data folder; a fresh application on that folder has the
 * procedure where it stood at the backup (not what was done after it) and carries it on to its end.
 */
class DatensicherungTest {

    private static final String VERFAHREN = "VG-SICHERUNG";

    @TempDir
    Path ordner;

    /** The application on an H2 file database in {@code daten}, as in production (file mode, WRITE_DELAY=0). */
    private static ConfigurableApplicationContext starten(Path daten) {
        return new SpringApplicationBuilder(VergabeApplication.class).profiles("test").run(
                "--server.port=0",
                "--camunda.bpm.process-engine-name=sicherung-" + UUID.randomUUID(),
                "--vergabe.daten-verzeichnis=" + daten,
                "--spring.datasource.url=jdbc:h2:file:" + daten + "/vergabe;DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0");
    }

    private static String stand(ConfigurableApplicationContext app) {
        return app.getBean(JdbcTemplate.class).queryForObject("select status from vergabe where business_key = ?", String.class, VERFAHREN);
    }

    private static Task offen(ConfigurableApplicationContext app) {
        return app.getBean(TaskService.class).createTaskQuery().processInstanceBusinessKey(VERFAHREN).singleResult();
    }

    @Test
    void sicherungWaehrendDerArbeitWirdInEineFrischeAnwendungZurueckgespieltUndDasVerfahrenGehtWeiter() throws Exception {
        Path daten = ordner.resolve("betrieb");
        Path zurueck = ordner.resolve("wiederhergestellt");
        Path sicherung;
        try (ConfigurableApplicationContext app = starten(daten)) {
            Ausschreibungslauf lauf = new Ausschreibungslauf(app.getBean(ProcessEngine.class));
            lauf.starten(VERFAHREN);
            // halfway: the offers are scored and the ranking is there; the award proposal waits
            lauf.fortsetzenBis(VERFAHREN, "UserTask_ZuschlagsvorschlagErstellen");
            assertThat(stand(app)).isEqualTo("GEWERTET");
            int port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));

            // only operations may back up
            assertThat(EngineRest.anonym(port, "").post("/api/betrieb/sicherung", null).status()).isEqualTo(401);
            assertThat(new EngineRest(port, "", "vergabe1", "demo").post("/api/betrieb/sicherung", null).status()).isEqualTo(403);
            EngineRest.Antwort antwort = new EngineRest(port, "", "admin", "demo").post("/api/betrieb/sicherung", null);
            assertThat(antwort.status()).as(antwort.body().toString()).isEqualTo(200);
            sicherung = Path.of(antwort.body().path("datei").asText());
            assertThat(sicherung).exists().hasParent(daten.resolve("sicherungen").toAbsolutePath().normalize());
            assertThat(antwort.body().path("bytes").asLong()).isEqualTo(Files.size(sicherung));

            // the work goes on after the backup: the proposal is written (not in the backup)
            lauf.fortsetzenBis(VERFAHREN, "UserTask_ZuschlagsvorschlagFreigeben");
        }

        // the documented restore: java -cp h2.jar org.h2.tools.Restore -file <backup> -dir <empty data folder> -db vergabe
        org.h2.tools.Restore.main("-file", sicherung.toString(), "-dir", zurueck.toString(), "-db", "vergabe");
        assertThat(zurueck.resolve("vergabe.mv.db")).exists();

        try (ConfigurableApplicationContext app = starten(zurueck)) {
            assertThat(stand(app)).isEqualTo("GEWERTET");
            assertThat(offen(app).getTaskDefinitionKey()).isEqualTo("UserTask_ZuschlagsvorschlagErstellen");
            new Ausschreibungslauf(app.getBean(ProcessEngine.class)).fortsetzen(VERFAHREN);
            assertThat(stand(app)).isEqualTo("ABGESCHLOSSEN");
            assertThat(app.getBean(ProcessEngine.class).getRuntimeService().createIncidentQuery().count()).isZero();
        }
    }
}
