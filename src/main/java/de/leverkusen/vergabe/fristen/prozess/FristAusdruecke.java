package de.leverkusen.vergabe.fristen.prozess;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Date;
import org.springframework.stereotype.Component;

/** Dates for timers and due dates in the models ({@code ${fristen.tagesende(nachforderungsfrist)}}). */
@Component("fristen")
public class FristAusdruecke {

    private final Clock clock;

    public FristAusdruecke(Clock clock) {
        this.clock = clock;
    }

    /** A period in days from now, for due dates (e.g. the five weeks of § 167 Abs. 1 GWB for the Vergabekammer). */
    public Date inTagen(int tage) {
        return Date.from(clock.instant().plus(java.time.Duration.ofDays(tage)));
    }

    /** A deadline given as a day ends at the end of that day (24:00) at the authority's seat. */
    public Date tagesende(String datum) {
        LocalDate tag = LocalDate.parse(datum.length() > 10 ? datum.substring(0, 10) : datum);
        return Date.from(tag.plusDays(1).atStartOfDay(clock.getZone()).toInstant());
    }
}
