package de.leverkusen.vergabe.zuschlag.prozess;

import static de.leverkusen.vergabe.modelle.DmsVergabeProzess.*;

import de.leverkusen.vergabe.prozess.Prozessbindung;
import de.leverkusen.vergabe.verfahren.Eingabefehler;
import de.leverkusen.vergabe.verfahren.VergabeService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * A contract concluded inside the standstill or the appeal period is void (§ 135 GWB): refuse the award until then,
 * and while a review is pending. The domain decides from its records (earliest award date, pending review, stage).
 */
@Component("zuschlagsfristPruefen")
public class ZuschlagsfristPruefen implements TaskListener {

    private final Prozessbindung bindung;
    private final VergabeService vergaben;

    public ZuschlagsfristPruefen(Prozessbindung bindung, VergabeService vergaben) {
        this.bindung = bindung;
        this.vergaben = vergaben;
    }

    @Override
    public void notify(DelegateTask task) {
        String verwehrt = vergaben.zuschlagVerwehrt(bindung.vergabeId(task));
        if (verwehrt != null) {
            throw new Eingabefehler(ZUSCHLAG_VERMERK, verwehrt);
        }
    }
}
