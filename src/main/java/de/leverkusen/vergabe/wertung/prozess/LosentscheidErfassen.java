package de.leverkusen.vergabe.wertung.prozess;

import static de.leverkusen.vergabe.modelle.DmsVergabeProzess.*;

import de.leverkusen.vergabe.prozess.Benutzer;
import de.leverkusen.vergabe.prozess.Prozessbindung;
import de.leverkusen.vergabe.prozess.Werte;
import de.leverkusen.vergabe.verfahren.Vergabe;
import de.leverkusen.vergabe.verfahren.VergabeService;
import java.time.format.DateTimeFormatter;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** The first member of the Vergabestelle records the lot draw (day, drawn offer, how); the domain checks it. */
@Component("losentscheidErfassen")
public class LosentscheidErfassen implements TaskListener {

    private final Prozessbindung bindung;
    private final VergabeService vergaben;

    public LosentscheidErfassen(Prozessbindung bindung, VergabeService vergaben) {
        this.bindung = bindung;
        this.vergaben = vergaben;
    }

    @Override
    public void notify(DelegateTask task) {
        Long vergabeId = bindung.vergabeId(task);
        String benutzer = Benutzer.bearbeiter(task, LOS_VERMERK);
        vergaben.losGezogen(vergabeId, benutzer, Benutzer.vergabestelle(task.getProcessEngineServices(), benutzer),
                Werte.pflichttext(task, LOS_GEWINNER), Werte.datum(task, LOS_DATUM), Werte.pflichttext(task, LOS_VERMERK));
        Vergabe v = vergaben.vergabe(vergabeId);
        task.setVariable(LOS_ERGEBNIS, "Das Los fiel auf " + vergaben.angebot(v.getLosAngebotId()).getBieterName() + " (gezogen am "
                + DateTimeFormatter.ofPattern("dd.MM.yyyy").format(v.getLosDatum()) + ", erfasst von " + v.getLosGezogenVon() + "). "
                + Werte.pflichttext(task, LOS_VERMERK));
    }
}
