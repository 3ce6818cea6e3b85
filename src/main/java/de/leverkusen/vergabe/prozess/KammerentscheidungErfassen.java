package de.leverkusen.vergabe.prozess;

import static de.leverkusen.vergabe.prozess.Variablen.*;

import de.leverkusen.vergabe.fristen.Fristenrechner;
import de.leverkusen.vergabe.verfahren.VergabeService;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Records the Vergabekammer's decision. When the application is rejected the award still waits for the period of
 * the immediate appeal (§ 169 Abs. 1, § 172 Abs. 1 GWB): the earliest award date moves to the day after it.
 */
@Component("kammerentscheidungErfassen")
public class KammerentscheidungErfassen implements TaskListener {

    private static final DateTimeFormatter DATUM = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final Prozessbindung bindung;
    private final VergabeService vergaben;
    private final Fristenrechner fristen;
    private final Clock clock;

    public KammerentscheidungErfassen(Prozessbindung bindung, VergabeService vergaben, Fristenrechner fristen, Clock clock) {
        this.bindung = bindung;
        this.vergaben = vergaben;
        this.fristen = fristen;
        this.clock = clock;
    }

    @Override
    public void notify(DelegateTask task) {
        String entscheidung = Werte.pflichttext(task, KAMMER_ENTSCHEIDUNG);
        LocalDate zugestellt = Werte.datum(task, KAMMER_ENTSCHEIDUNG_ZUGESTELLT_AM);
        String text = "Entscheidung der Vergabekammer (" + Werte.pflichttext(task, "kammerAktenzeichen") + "), zugestellt am "
                + DATUM.format(zugestellt) + ": " + de.leverkusen.vergabe.dokumente.AktenLeser.kammerEntscheidung(entscheidung);
        if ("ANTRAG_ZURUECKGEWIESEN".equals(entscheidung)) {
            LocalDate fruehestens = fristen.letzterTagBeschwerdefrist(zugestellt).plusDays(1);
            LocalDate bisher = ((Date) task.getVariable(FRUEHESTER_ZUSCHLAG)).toInstant().atZone(clock.getZone()).toLocalDate();
            if (fruehestens.isAfter(bisher)) {
                task.setVariable(FRUEHESTER_ZUSCHLAG, Date.from(fruehestens.atStartOfDay(clock.getZone()).toInstant()));
                task.setVariable(FRUEHESTER_ZUSCHLAG_TEXT, DATUM.format(fruehestens));
            }
            text += "; Zuschlag nach Ablauf der Beschwerdefrist frühestens am " + DATUM.format(fruehestens.isAfter(bisher) ? fruehestens : bisher);
        }
        vergaben.kammerentscheidung(bindung.vergabeId(task), "ANTRAG_STATTGEGEBEN".equals(entscheidung),
                "ANTRAG_ZURUECKGEWIESEN".equals(entscheidung) ? fristen.letzterTagBeschwerdefrist(zugestellt).plusDays(1) : null);
        vergaben.vermerk(bindung.vergabeId(task), Benutzer.bearbeiter(task), "Nachprüfung", text);
    }
}
