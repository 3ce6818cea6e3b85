package de.leverkusen.vergabe.konfiguration;

import de.leverkusen.vergabe.VergabeApplication;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.logging.LoggingApplicationListener;
import org.springframework.context.ApplicationListener;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Profiles;
import org.springframework.core.env.PropertyResolver;
import org.springframework.scheduling.support.CronExpression;

/**
 * Checks the settings of a production start (profile {@code prod}) before any bean is built: without it a missing
 * {@code VERGABE_DB_URL} ended in a long trace about {@code 'url' must start with "jdbc"} from the connection pool,
 * a missing ivl address only after the engine was up. Every wrong setting is one line of an {@link Einstellungsfehler}.
 * <p>
 * A listener of the prepared environment (registered in META-INF/spring.factories) rather than an
 * EnvironmentPostProcessor: it runs after logging is configured, so Spring Boot's failure report is printed at the
 * configured level and not, as with the unconfigured default logging, with a DEBUG stack trace.
 */
public class Einstellungspruefung implements ApplicationListener<ApplicationEnvironmentPreparedEvent>, Ordered {

    private static final Pattern RECHNERNAME =
            Pattern.compile("[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)*");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern POSTGRES_URL = Pattern.compile("jdbc:postgresql://[^/\\s]+/[^/?\\s]+(\\?.*)?");

    @Override
    public int getOrder() {
        return LoggingApplicationListener.DEFAULT_ORDER + 1;
    }

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        ConfigurableEnvironment umgebung = event.getEnvironment();
        // only the application itself (not the stand-alone ivl worker or other Spring applications on the class path)
        if (!event.getSpringApplication().getAllSources().contains(VergabeApplication.class)
                || !umgebung.acceptsProfiles(Profiles.of("prod"))) {
            return;
        }
        List<String> fehler = pruefen(umgebung);
        if (!fehler.isEmpty()) {
            throw new Einstellungsfehler(fehler);
        }
    }

    /** One line per missing or malformed setting of a production start; empty when all are usable. */
    static List<String> pruefen(PropertyResolver umgebung) {
        Pruefung p = new Pruefung(umgebung);
        String db = p.wert("spring.datasource.url");
        if (db == null) {
            p.fehlt("spring.datasource.url", "VERGABE_DB_URL", "jdbc:postgresql://db:5432/vergabe");
        } else if (!db.startsWith("jdbc:h2:") && !POSTGRES_URL.matcher(db).matches()) {
            p.ungueltig("spring.datasource.url", "VERGABE_DB_URL", ohneParameter(db),
                    "eine JDBC-URL jdbc:postgresql://rechner:port/datenbank oder jdbc:h2:file:pfad",
                    "jdbc:postgresql://db:5432/vergabe");
        } else if (db.startsWith("jdbc:postgresql:")) {
            p.pflicht("spring.datasource.username", "VERGABE_DB_USER", "vergabe");
            p.pflicht("spring.datasource.password", "VERGABE_DB_PASSWORT", "<Passwort des Datenbankbenutzers>");
        }
        String admin = p.wert("vergabe.admin.passwort");
        if (admin == null) {
            p.fehlt("vergabe.admin.passwort", "VERGABE_ADMIN_PASSWORT", "<langes Passwort für admin>");
        } else if (DemoBenutzer.PASSWORT.equals(admin)) {
            p.zeile("Einstellung vergabe.admin.passwort ist das Demo-Passwort: Umgebungsvariable VERGABE_ADMIN_PASSWORT "
                    + "auf ein eigenes Passwort setzen");
        }
        String worker = p.wert("vergabe.ivl.worker.enabled");
        if (worker != null && !worker.equals("true") && !worker.equals("false")) {
            p.ungueltig("vergabe.ivl.worker.enabled", "VERGABE_IVL_WORKER_ENABLED", worker, "true oder false", "false");
        } else if (!"false".equals(worker)) {
            String ivl = p.wert("vergabe.ivl.url");
            if (ivl == null) {
                p.fehlt("vergabe.ivl.url", "VERGABE_IVL_URL", "https://ivl.example/lizenzbestellungen"
                        + " (oder VERGABE_IVL_WORKER_ENABLED=false, wenn der Worker als eigener Prozess läuft)");
            } else if (!httpAdresse(ivl)) {
                p.ungueltig("vergabe.ivl.url", "VERGABE_IVL_URL", ivl, "eine Adresse mit http:// oder https:// und Rechnername",
                        "https://ivl.example/lizenzbestellungen");
            }
            p.pflicht("vergabe.ivl.username", "VERGABE_IVL_USERNAME", "stadt-leverkusen");
            p.pflicht("vergabe.ivl.password", "VERGABE_IVL_PASSWORD", "<Passwort bei der ivl>");
            p.pflicht("vergabe.ivl.worker.passwort", "VERGABE_IVL_WORKER_PASSWORT", "<Passwort des Benutzers ivl-worker>");
            String engineRest = p.wert("vergabe.ivl.worker.engine-rest-url");
            if (engineRest != null && !httpAdresse(engineRest)) {
                p.ungueltig("vergabe.ivl.worker.engine-rest-url", "VERGABE_IVL_WORKER_ENGINE_REST_URL", engineRest,
                        "leer oder eine Adresse mit http:// oder https://", "https://vergabe.example/engine-rest");
            }
        }
        String mailHost = p.wert("spring.mail.host");
        if (mailHost != null && !RECHNERNAME.matcher(mailHost).matches()) {
            p.ungueltig("spring.mail.host", "SPRING_MAIL_HOST", mailHost,
                    "nur der Rechnername des SMTP-Servers, ohne smtp:// und ohne :Port (den Port in SPRING_MAIL_PORT)",
                    "mail.stadt-leverkusen.de");
        }
        String mailPort = p.wert("spring.mail.port");
        if (mailPort != null && !port(mailPort)) {
            p.ungueltig("spring.mail.port", "SPRING_MAIL_PORT", mailPort, "eine Portnummer von 1 bis 65535", "587");
        }
        if (p.wert("spring.mail.username") != null) {
            p.pflicht("spring.mail.password", "SPRING_MAIL_PASSWORD", "<Passwort des SMTP-Benutzers>");
        }
        String absender = p.wert("vergabe.mail.absender");
        if (absender != null && !EMAIL.matcher(absender).matches()) {
            p.ungueltig("vergabe.mail.absender", "VERGABE_MAIL_ABSENDER", absender, "eine E-Mail-Adresse",
                    "vergabestelle@stadt-leverkusen.de");
        }
        String dauer = p.wert("vergabe.aufbewahrung.dauer");
        if (dauer != null && !mindestensDreiJahre(dauer)) {
            p.ungueltig("vergabe.aufbewahrung.dauer", "VERGABE_AUFBEWAHRUNG_DAUER", dauer,
                    "eine Dauer von mindestens drei Jahren (§ 8 Abs. 4 VgV)", "P3Y");
        }
        String bereinigung = p.wert("vergabe.aufbewahrung.bereinigung");
        if (bereinigung != null && !"-".equals(bereinigung) && !CronExpression.isValidExpression(bereinigung)) {
            p.ungueltig("vergabe.aufbewahrung.bereinigung", "VERGABE_AUFBEWAHRUNG_BEREINIGUNG", bereinigung,
                    "ein Cron-Ausdruck mit sechs Feldern (Sekunde Minute Stunde Tag Monat Wochentag) oder -", "0 30 5 * * *");
        }
        return p.zeilen;
    }

    private static boolean mindestensDreiJahre(String wert) {
        try {
            return Period.parse(wert).toTotalMonths() >= 36;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static boolean httpAdresse(String wert) {
        try {
            URI uri = new URI(wert);
            return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static boolean port(String wert) {
        try {
            int port = Integer.parseInt(wert.strip());
            return port >= 1 && port <= 65535;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** A JDBC URL may carry a password as a parameter; the report shows what comes before it. */
    private static String ohneParameter(String url) {
        int i = url.indexOf('?');
        return i < 0 ? url : url.substring(0, i) + "?...";
    }

    private static final class Pruefung {
        private final PropertyResolver umgebung;
        private final List<String> zeilen = new ArrayList<>();

        Pruefung(PropertyResolver umgebung) {
            this.umgebung = umgebung;
        }

        /** The value, or null when it is not set, blank, or an unresolved placeholder such as ${VERGABE_DB_URL}. */
        String wert(String name) {
            String wert;
            try {
                wert = umgebung.getProperty(name);
            } catch (IllegalArgumentException unaufgeloest) {
                return null;
            }
            return wert == null || wert.isBlank() || wert.contains("${") ? null : wert.strip();
        }

        void pflicht(String name, String variable, String beispiel) {
            if (wert(name) == null) {
                fehlt(name, variable, beispiel);
            }
        }

        void fehlt(String name, String variable, String beispiel) {
            zeile("Einstellung " + name + " fehlt: Umgebungsvariable " + variable + " setzen, z. B. " + variable + "=" + beispiel);
        }

        void ungueltig(String name, String variable, String wert, String regel, String beispiel) {
            zeile("Einstellung " + name + " ist ungültig (\"" + wert + "\"): erwartet " + regel + "; Umgebungsvariable "
                    + variable + " setzen, z. B. " + variable + "=" + beispiel);
        }

        void zeile(String text) {
            zeilen.add(text);
        }
    }
}
