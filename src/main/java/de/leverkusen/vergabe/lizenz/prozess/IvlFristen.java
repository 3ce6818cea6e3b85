package de.leverkusen.vergabe.lizenz.prozess;

import de.leverkusen.vergabe.fristen.Feiertagskalender;
import de.leverkusen.vergabe.fristen.Fristeneinstellungen;
import de.leverkusen.vergabe.lizenz.ivl.IvlEigenschaften;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Date;
import org.springframework.stereotype.Component;

/**
 * When the Vergabestelle reminds ivl of a missing confirmation ({@code ${ivlFristen.erinnerung()}}): at the end of the
 * n-th working day (default 10, {@code vergabe.ivl.bestaetigung-arbeitstage}) after today, counting neither weekends
 * nor the public holidays of the authority's state.
 */
@Component("ivlFristen")
public class IvlFristen {

    private final Clock clock;
    private final Feiertagskalender kalender;
    private final int arbeitstage;

    public IvlFristen(Clock clock, Fristeneinstellungen fristen, IvlEigenschaften ivl) {
        this.clock = clock;
        this.kalender = Feiertagskalender.fuer(fristen.bundesland());
        this.arbeitstage = ivl.bestaetigungArbeitstage();
    }

    public Date erinnerung() {
        return Date.from(letzterTag(LocalDate.now(clock)).plusDays(1).atStartOfDay(clock.getZone()).toInstant());
    }

    /** The n-th working day after the given day. */
    LocalDate letzterTag(LocalDate heute) {
        LocalDate tag = heute;
        for (int gezaehlt = 0; gezaehlt < arbeitstage; ) {
            tag = tag.plusDays(1);
            if (kalender.istArbeitstag(tag)) {
                gezaehlt++;
            }
        }
        return tag;
    }
}
