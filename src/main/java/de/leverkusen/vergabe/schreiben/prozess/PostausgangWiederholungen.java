package de.leverkusen.vergabe.schreiben.prozess;

import de.leverkusen.vergabe.schreiben.Posteinstellungen;
import org.springframework.stereotype.Component;

/**
 * The back-off of the asynchronous send, document and ranking tasks ({@code camunda:failedJobRetryTimeCycle="${postausgangWiederholungen.zyklus}"}):
 * a comma-separated list of ISO 8601 durations, one wait before each retry; after the last one an incident.
 */
@Component("postausgangWiederholungen")
public class PostausgangWiederholungen {

    private final String zyklus;

    public PostausgangWiederholungen(Posteinstellungen einstellungen) {
        this.zyklus = einstellungen.wiederholungen();
    }

    public String getZyklus() {
        return zyklus;
    }
}
