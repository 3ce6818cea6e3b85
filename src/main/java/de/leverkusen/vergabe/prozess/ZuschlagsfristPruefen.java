package de.leverkusen.vergabe.prozess;

import static de.leverkusen.vergabe.prozess.Variablen.*;

import de.leverkusen.vergabe.verfahren.Eingabefehler;
import java.time.Clock;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** A contract concluded inside the standstill or the appeal period is void (§ 135 GWB): refuse the award until then. */
@Component("zuschlagsfristPruefen")
public class ZuschlagsfristPruefen implements TaskListener {

    private final Clock clock;

    public ZuschlagsfristPruefen(Clock clock) {
        this.clock = clock;
    }

    @Override
    public void notify(DelegateTask task) {
        Date fruehestens = (Date) task.getVariable(FRUEHESTER_ZUSCHLAG);
        if (clock.instant().isBefore(fruehestens.toInstant())) {
            throw new Eingabefehler(ZUSCHLAG_VERMERK, "der Zuschlag darf frühestens am " + task.getVariable(FRUEHESTER_ZUSCHLAG_TEXT)
                    + " erteilt werden (§ 134 Abs. 2, § 169 Abs. 1 GWB); ein früher geschlossener Vertrag ist unwirksam (§ 135 GWB)");
        }
    }
}
