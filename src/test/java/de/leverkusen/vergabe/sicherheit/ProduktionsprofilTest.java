package de.leverkusen.vergabe.sicherheit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.leverkusen.vergabe.VergabeApplication;
import java.util.UUID;
import java.util.stream.Stream;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The production profile starts only with a configured admin password and refuses to run while any user still has
 * the demo password. Each start uses its own engine name and database, so the other tests' engines stay untouched.
 */
class ProduktionsprofilTest {

    private static ConfigurableApplicationContext starten(String profil, String datenbank, String... weitere) {
        String[] basis = {
                "server.port=0",
                "camunda.bpm.process-engine-name=prod-test-" + UUID.randomUUID(),
                "camunda.bpm.job-execution.enabled=false",
                "vergabe.demo.verfahren-starten=false",
                "VERGABE_DB_URL=" + datenbank,
                "spring.datasource.url=" + datenbank};
        // the ivl worker is off unless a test turns it on (it has tests of its own below)
        if (Stream.of(weitere).noneMatch(a -> a.startsWith("vergabe.ivl.worker.enabled="))) {
            weitere = Stream.concat(Stream.of(weitere), Stream.of("vergabe.ivl.worker.enabled=false")).toArray(String[]::new);
        }
        // as command-line arguments: they take precedence over application.yaml
        String[] argumente = Stream.concat(Stream.of(basis), Stream.of(weitere)).map(a -> "--" + a).toArray(String[]::new);
        return new SpringApplicationBuilder(VergabeApplication.class).profiles(profil).run(argumente);
    }

    /** The reason the start failed, however deep Spring wrapped it. */
    private static String grund(Throwable fehler) {
        Throwable t = fehler;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage();
    }

    private static String neueDatenbank() {
        return "jdbc:h2:mem:prod-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    }

    @Test
    void ohneAdminPasswortStartetProduktionNicht() {
        assertThatThrownBy(() -> starten("prod", neueDatenbank()))
                .satisfies(e -> assertThat(grund(e)).contains("Einstellung vergabe.admin.passwort fehlt: Umgebungsvariable VERGABE_ADMIN_PASSWORT setzen"));
    }

    @Test
    void solangeDemoPasswoerterExistierenStartetProduktionNicht() {
        // a demo installation that is switched to production: its users still have the password "demo"
        String datenbank = neueDatenbank();
        try (ConfigurableApplicationContext demo = starten("default", datenbank)) {
            assertThat(demo.getBean(IdentityService.class).checkPassword("bewerter1", "demo")).isTrue();
            assertThatThrownBy(() -> starten("prod", datenbank, "vergabe.admin.passwort=Ein-langes-Betriebspasswort-2026"))
                    .satisfies(e -> assertThat(grund(e))
                            .contains("diese Benutzer haben noch das Demo-Passwort", "vergabe1", "bewerter1", "ivl")
                            // the admin's password was set from the configuration before the check
                            .doesNotContain("admin,"));
        }
    }

    @Test
    void mitIvlWorkerOhneWorkerPasswortStartetProduktionNicht() {
        assertThatThrownBy(() -> starten("prod", neueDatenbank(), "vergabe.admin.passwort=Ein-langes-Betriebspasswort-2026",
                "vergabe.ivl.worker.enabled=true"))
                .satisfies(e -> assertThat(grund(e)).contains("Einstellung vergabe.ivl.worker.passwort fehlt: Umgebungsvariable VERGABE_IVL_WORKER_PASSWORT setzen"));
    }

    @Test
    void mitIvlWorkerOhneIvlAdresseStartetProduktionNicht() {
        assertThatThrownBy(() -> starten("prod", neueDatenbank(), "vergabe.admin.passwort=Ein-langes-Betriebspasswort-2026",
                "vergabe.ivl.worker.enabled=true", "vergabe.ivl.worker.passwort=Ein-langes-Worker-Passwort-2026"))
                .satisfies(e -> assertThat(grund(e)).contains("Einstellung vergabe.ivl.url fehlt: Umgebungsvariable VERGABE_IVL_URL setzen"));
    }

    @Test
    void mitAdminPasswortStartetProduktionOhneDemoBenutzer() {
        try (ConfigurableApplicationContext prod = starten("prod", neueDatenbank(), "vergabe.admin.passwort=Ein-langes-Betriebspasswort-2026")) {
            IdentityService identity = prod.getBean(IdentityService.class);
            assertThat(identity.checkPassword("admin", "Ein-langes-Betriebspasswort-2026")).isTrue();
            assertThat(identity.createUserQuery().memberOfGroup("camunda-admin").userId("admin").count()).isEqualTo(1);
            assertThat(identity.createUserQuery().count()).isEqualTo(1);
            assertThat(identity.createGroupQuery().groupId("vergabestelle").count()).isEqualTo(1);
            assertThat(prod.getEnvironment().getProperty("server.servlet.session.cookie.secure")).isEqualTo("true");
        }
    }

    @Test
    void dmsAblageOhneVerzeichnisStartetNicht() {
        assertThatThrownBy(() -> starten("default", neueDatenbank(), "vergabe.dms.ablage.aktiv=true"))
                .satisfies(e -> assertThat(grund(e)).contains("vergabe.dms.ablage.aktiv=true verlangt vergabe.dms.ablage.verzeichnis"));
    }

    @Test
    void dmsAblageEingeschaltet_derWorkerIstGeplant(@org.junit.jupiter.api.io.TempDir java.nio.file.Path ablage) {
        // (off by default, no worker at all: VergabeakteAbgabeTest)
        try (ConfigurableApplicationContext an = starten("default", neueDatenbank(), "vergabe.dms.ablage.aktiv=true",
                "vergabe.dms.ablage.verzeichnis=" + ablage, "vergabe.dms.ablage.intervall=1h")) {
            assertThat(an.getBean(org.springframework.scheduling.config.ScheduledTaskHolder.class).getScheduledTasks())
                    .extracting(t -> t.getTask().getRunnable().toString())
                    .contains("de.leverkusen.vergabe.aktenabgabe.DmsAblage.zustellen");
        }
    }
}
