package de.leverkusen.vergabe.lizenz.ivl;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Configuration of the ivl interface ({@code vergabe.ivl.*}, see docs/schnittstellen.md): where the order goes and with which
 * credentials, and how the worker reaches the engine.
 *
 * @param url      ivl's endpoint for licence orders (POST)
 * @param username HTTP Basic user at ivl
 * @param password HTTP Basic password at ivl
 * @param timeout  connect and response timeout of one call to ivl
 * @param bestaetigungArbeitstage a reminder to the Vergabestelle when ivl has not confirmed within this many working days
 * @param worker   the external task worker
 */
@ConfigurationProperties("vergabe.ivl")
public record IvlEigenschaften(String url, String username, String password, @DefaultValue("30s") Duration timeout,
                               @DefaultValue("10") int bestaetigungArbeitstage, @DefaultValue Worker worker) {

    /**
     * @param enabled        run the worker inside the application (default true)
     * @param benutzer       technical engine user of the worker (no group; READ/UPDATE on each ordered procedure, external tasks only)
     * @param passwort       its password
     * @param engineRestUrl  the engine REST API; empty: the application's own /engine-rest
     * @param wiederholungen waits before each retry after a technical failure; their number is the number of retries
     * @param sperrdauer     lock of a fetched task; after it expires another fetch sends again (same key)
     * @param abfragedauer   long polling of fetchAndLock
     */
    public record Worker(@DefaultValue("true") boolean enabled, @DefaultValue("ivl-worker") String benutzer, String passwort,
                         String engineRestUrl, @DefaultValue({"10s", "60s", "5m"}) List<Duration> wiederholungen,
                         @DefaultValue("5m") Duration sperrdauer, @DefaultValue("20s") Duration abfragedauer) {
    }

    /** Refuses to run the worker without what it needs (prod takes these from the environment). */
    public void pruefen() {
        pflicht(url, "vergabe.ivl.url");
        pflicht(username, "vergabe.ivl.username");
        pflicht(password, "vergabe.ivl.password");
        pflicht(worker.passwort(), "vergabe.ivl.worker.passwort");
        if (worker.sperrdauer().compareTo(timeout) <= 0) {
            throw new IllegalStateException("vergabe.ivl.worker.sperrdauer muss länger sein als vergabe.ivl.timeout");
        }
    }

    private static void pflicht(String wert, String name) {
        if (wert == null || wert.isBlank()) {
            throw new IllegalStateException("ivl-Worker: " + name + " ist nicht gesetzt");
        }
    }
}
