package de.leverkusen.vergabe.konfiguration;

import static org.assertj.core.api.Assertions.assertThat;

import de.leverkusen.vergabe.VergabeApplication;
import de.leverkusen.vergabe.cluster.Knoten;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.core.io.ClassPathResource;

/**
 * A production start with a missing or malformed setting stops with one line naming the setting and how to set it
 * (issue 19, item 6). The rules are checked on the application's own configuration files with the operator's
 * environment variables; the operator's view, the output of {@code java ... --spring.profiles.active=prod}, in a
 * JVM of its own for three cases.
 */
class EinstellungspruefungTest {

    /** What an operator sets for a production start with the ivl worker inside and a mail server. */
    private static Map<String, String> vollstaendig() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("VERGABE_DB_URL", "jdbc:postgresql://db:5432/vergabe");
        m.put("VERGABE_DB_USER", "vergabe");
        m.put("VERGABE_DB_PASSWORT", "Ein-Datenbank-Passwort-2026");
        m.put("VERGABE_ADMIN_PASSWORT", "Ein-langes-Betriebspasswort-2026");
        m.put("VERGABE_IVL_URL", "https://ivl.example/lizenzbestellungen");
        m.put("VERGABE_IVL_USERNAME", "stadt-leverkusen");
        m.put("VERGABE_IVL_PASSWORD", "Ein-ivl-Passwort-2026");
        m.put("VERGABE_IVL_WORKER_PASSWORT", "Ein-Worker-Passwort-2026");
        m.put("SPRING_MAIL_HOST", "mail.stadt-leverkusen.example");
        m.put("SPRING_MAIL_PORT", "587");
        return m;
    }

    /** The settings as the application reads them: these environment variables over application-prod.yaml over application.yaml. */
    private static List<String> pruefen(Map<String, String> variablen) {
        StandardEnvironment umgebung = new StandardEnvironment();
        MutablePropertySources quellen = umgebung.getPropertySources();
        quellen.remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
        quellen.remove(StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME);
        quellen.addLast(new SystemEnvironmentPropertySource("umgebung", Map.copyOf(variablen)));
        try {
            YamlPropertySourceLoader yaml = new YamlPropertySourceLoader();
            yaml.load("prod", new ClassPathResource("application-prod.yaml")).forEach(quellen::addLast);
            yaml.load("standard", new ClassPathResource("application.yaml")).forEach(quellen::addLast);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Einstellungspruefung.pruefen(umgebung);
    }

    private static List<String> ohne(String variable) {
        Map<String, String> m = vollstaendig();
        m.remove(variable);
        return pruefen(m);
    }

    private static List<String> mit(String variable, String wert) {
        Map<String, String> m = vollstaendig();
        m.put(variable, wert);
        return pruefen(m);
    }

    @Test
    void vollstaendigeEinstellungenSindInOrdnung() {
        assertThat(pruefen(vollstaendig())).isEmpty();
        // H2 needs no user and password; without the worker no ivl settings; without a mail server no mail settings
        Map<String, String> klein = new LinkedHashMap<>();
        klein.put("VERGABE_DB_URL", "jdbc:h2:file:/var/lib/vergabe/vergabe;WRITE_DELAY=0");
        klein.put("VERGABE_ADMIN_PASSWORT", "Ein-langes-Betriebspasswort-2026");
        klein.put("VERGABE_IVL_WORKER_ENABLED", "false");
        assertThat(pruefen(klein)).isEmpty();
    }

    @Test
    void jedeFehlendeEinstellungIstEineZeileMitDerUmgebungsvariablen() {
        assertThat(ohne("VERGABE_DB_URL")).containsExactly("Einstellung spring.datasource.url fehlt: Umgebungsvariable "
                + "VERGABE_DB_URL setzen, z. B. VERGABE_DB_URL=jdbc:postgresql://db:5432/vergabe");
        assertThat(ohne("VERGABE_DB_USER")).singleElement().asString()
                .startsWith("Einstellung spring.datasource.username fehlt: Umgebungsvariable VERGABE_DB_USER setzen");
        assertThat(ohne("VERGABE_DB_PASSWORT")).singleElement().asString()
                .startsWith("Einstellung spring.datasource.password fehlt: Umgebungsvariable VERGABE_DB_PASSWORT setzen");
        assertThat(ohne("VERGABE_ADMIN_PASSWORT")).singleElement().asString()
                .startsWith("Einstellung vergabe.admin.passwort fehlt: Umgebungsvariable VERGABE_ADMIN_PASSWORT setzen");
        assertThat(ohne("VERGABE_IVL_URL")).singleElement().asString()
                .startsWith("Einstellung vergabe.ivl.url fehlt: Umgebungsvariable VERGABE_IVL_URL setzen")
                .contains("VERGABE_IVL_WORKER_ENABLED=false");
        assertThat(ohne("VERGABE_IVL_USERNAME")).singleElement().asString()
                .startsWith("Einstellung vergabe.ivl.username fehlt: Umgebungsvariable VERGABE_IVL_USERNAME setzen");
        assertThat(ohne("VERGABE_IVL_PASSWORD")).singleElement().asString()
                .startsWith("Einstellung vergabe.ivl.password fehlt: Umgebungsvariable VERGABE_IVL_PASSWORD setzen");
        assertThat(ohne("VERGABE_IVL_WORKER_PASSWORT")).singleElement().asString()
                .startsWith("Einstellung vergabe.ivl.worker.passwort fehlt: Umgebungsvariable VERGABE_IVL_WORKER_PASSWORT setzen");
        // a blank value counts as missing
        assertThat(mit("VERGABE_ADMIN_PASSWORT", "  ")).singleElement().asString().startsWith("Einstellung vergabe.admin.passwort fehlt");
    }

    @Test
    void jedeFehlerhafteEinstellungIstEineZeileMitRegelUndBeispiel() {
        assertThat(mit("VERGABE_DB_URL", "postgres://db:5432/vergabe")).containsExactly("Einstellung spring.datasource.url "
                + "ist ungültig (\"postgres://db:5432/vergabe\"): erwartet eine JDBC-URL jdbc:postgresql://rechner:port/datenbank "
                + "oder jdbc:h2:file:pfad; Umgebungsvariable VERGABE_DB_URL setzen, z. B. VERGABE_DB_URL=jdbc:postgresql://db:5432/vergabe");
        // no database name; a password given as URL parameter is not repeated in the report
        assertThat(mit("VERGABE_DB_URL", "jdbc:postgresql://db:5432?password=geheim")).singleElement().asString()
                .startsWith("Einstellung spring.datasource.url ist ungültig (\"jdbc:postgresql://db:5432?...\")")
                .doesNotContain("geheim");
        assertThat(mit("VERGABE_ADMIN_PASSWORT", "demo")).containsExactly("Einstellung vergabe.admin.passwort ist das "
                + "Demo-Passwort: Umgebungsvariable VERGABE_ADMIN_PASSWORT auf ein eigenes Passwort setzen");
        assertThat(mit("VERGABE_IVL_URL", "ivl.example/lizenzbestellungen")).singleElement().asString()
                .startsWith("Einstellung vergabe.ivl.url ist ungültig (\"ivl.example/lizenzbestellungen\"): erwartet eine "
                        + "Adresse mit http:// oder https:// und Rechnername; Umgebungsvariable VERGABE_IVL_URL setzen");
        assertThat(mit("VERGABE_IVL_WORKER_ENABLED", "ja")).singleElement().asString()
                .startsWith("Einstellung vergabe.ivl.worker.enabled ist ungültig (\"ja\"): erwartet true oder false");
        assertThat(mit("SPRING_MAIL_HOST", "smtp://mail.stadt-leverkusen.example:25")).singleElement().asString()
                .startsWith("Einstellung spring.mail.host ist ungültig (\"smtp://mail.stadt-leverkusen.example:25\"): erwartet "
                        + "nur der Rechnername des SMTP-Servers, ohne smtp:// und ohne :Port");
        assertThat(mit("SPRING_MAIL_PORT", "70000")).singleElement().asString()
                .startsWith("Einstellung spring.mail.port ist ungültig (\"70000\"): erwartet eine Portnummer von 1 bis 65535");
        // 1095 days are not always three years (29 February); the cleanup's time is a Spring cron expression
        assertThat(mit("VERGABE_AUFBEWAHRUNG_DAUER", "P1095D")).singleElement().asString()
                .startsWith("Einstellung vergabe.aufbewahrung.dauer ist ungültig (\"P1095D\"): erwartet eine Dauer von "
                        + "mindestens drei Jahren (§ 8 Abs. 4 VgV)");
        assertThat(mit("VERGABE_AUFBEWAHRUNG_BEREINIGUNG", "30 5 * * *")).singleElement().asString()
                .startsWith("Einstellung vergabe.aufbewahrung.bereinigung ist ungültig (\"30 5 * * *\"): erwartet ein "
                        + "Cron-Ausdruck mit sechs Feldern");
    }

    @Test
    void mehrereFehlerSindJeEineZeile() {
        Map<String, String> m = vollstaendig();
        m.remove("VERGABE_DB_URL");
        m.remove("VERGABE_ADMIN_PASSWORT");
        m.put("VERGABE_IVL_URL", "ftp://ivl.example");
        assertThat(pruefen(m)).hasSize(3).allSatisfy(z -> assertThat(z).startsWith("Einstellung ").doesNotContain("\n"));
    }

    // --- as the operator sees it -----------------------------------------------------------------------------

    @Test
    void ohneDatenbankAdresseEndetDerStartMitEinerZeileOhneStacktrace() throws Exception {
        Map<String, String> m = vollstaendig();
        m.remove("VERGABE_DB_URL");
        assertEineZeile(starten(m), "Einstellung spring.datasource.url fehlt: Umgebungsvariable VERGABE_DB_URL setzen, "
                + "z. B. VERGABE_DB_URL=jdbc:postgresql://db:5432/vergabe", "VERGABE_DB_URL");
    }

    @Test
    void mitFehlerhafterIvlAdresseEndetDerStartMitEinerZeileOhneStacktrace() throws Exception {
        Map<String, String> m = vollstaendig();
        m.put("VERGABE_IVL_URL", "ivl.example:8443/lizenzbestellungen");
        assertEineZeile(starten(m), "Einstellung vergabe.ivl.url ist ungültig (\"ivl.example:8443/lizenzbestellungen\")",
                "VERGABE_IVL_URL");
    }

    @Test
    void mitFehlerhaftemMailServerEndetDerStartMitEinerZeileOhneStacktrace() throws Exception {
        Map<String, String> m = vollstaendig();
        m.put("SPRING_MAIL_HOST", "smtp://mail.stadt-leverkusen.example");
        assertEineZeile(starten(m), "Einstellung spring.mail.host ist ungültig (\"smtp://mail.stadt-leverkusen.example\")",
                "SPRING_MAIL_HOST");
    }

    private record Ausgabe(int exitCode, List<String> zeilen) {
    }

    /** {@code java -cp ... VergabeApplication --spring.profiles.active=prod} with exactly these environment variables. */
    private static Ausgabe starten(Map<String, String> variablen) throws IOException, InterruptedException {
        List<String> befehl = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:TieredStopAtLevel=1", "-cp", Knoten.klassenpfad(), VergabeApplication.class.getName(),
                "--spring.profiles.active=prod", "--server.port=0"));
        ProcessBuilder pb = new ProcessBuilder(befehl).redirectErrorStream(true);
        pb.environment().keySet().removeIf(k -> k.startsWith("VERGABE_") || k.startsWith("SPRING_"));
        pb.environment().putAll(variablen);
        Process prozess = pb.start();
        byte[] ausgabe = prozess.getInputStream().readAllBytes();
        assertThat(prozess.waitFor(120, TimeUnit.SECONDS)).as("start ended").isTrue();
        return new Ausgabe(prozess.exitValue(), new String(ausgabe, StandardCharsets.UTF_8).lines().toList());
    }

    private static void assertEineZeile(Ausgabe ausgabe, String zeile, String variable) {
        String text = String.join("\n", ausgabe.zeilen());
        assertThat(ausgabe.exitCode()).as(text).isNotZero();
        assertThat(ausgabe.zeilen()).as(text).filteredOn(z -> z.contains(variable)).singleElement().asString().startsWith(zeile);
        // no stack trace, no exception class names, nothing started
        assertThat(ausgabe.zeilen()).as(text).noneMatch(z -> z.startsWith("\tat ") || z.strip().startsWith("at ")
                || z.contains("Exception") || z.contains("Caused by"));
        assertThat(text).doesNotContain("Tomcat started", "ProcessEngine");
    }
}
