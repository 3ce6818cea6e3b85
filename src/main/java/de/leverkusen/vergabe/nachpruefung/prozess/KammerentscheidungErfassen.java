package de.leverkusen.vergabe.nachpruefung.prozess;

import static de.leverkusen.vergabe.modelle.DmsVergabeProzess.*;

import de.leverkusen.vergabe.dokumente.AktenLeser;
import de.leverkusen.vergabe.prozess.Benutzer;
import de.leverkusen.vergabe.prozess.Prozessbindung;
import de.leverkusen.vergabe.prozess.Werte;
import de.leverkusen.vergabe.verfahren.Kammerentscheidung;
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
 * the immediate appeal (§ 169 Abs. 1, § 172 Abs. 1 GWB), computed by the domain; after the § 134 information the
 * timer before the award waits for the day after it.
 */
@Component("kammerentscheidungErfassen")
public class KammerentscheidungErfassen implements TaskListener {

    private static final DateTimeFormatter DATUM = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final Prozessbindung bindung;
    private final VergabeService vergaben;
    private final Clock clock;

    public KammerentscheidungErfassen(Prozessbindung bindung, VergabeService vergaben, Clock clock) {
        this.bindung = bindung;
        this.vergaben = vergaben;
        this.clock = clock;
    }

    @Override
    public void notify(DelegateTask task) {
        Kammerentscheidung entscheidung = Werte.wahl(task, KAMMER_ENTSCHEIDUNG, Kammerentscheidung.class);
        LocalDate zugestellt = Werte.datum(task, KAMMER_ENTSCHEIDUNG_ZUGESTELLT_AM);
        Long vergabeId = bindung.vergabeId(task);
        LocalDate fruehestens = vergaben.kammerentscheidung(vergabeId, entscheidung == Kammerentscheidung.ANTRAG_ZURUECKGEWIESEN,
                entscheidung == Kammerentscheidung.ANTRAG_STATTGEGEBEN, zugestellt);
        String text = "Entscheidung der Vergabekammer (" + Werte.pflichttext(task, KAMMER_AKTENZEICHEN) + "), zugestellt am "
                + DATUM.format(zugestellt) + ": " + AktenLeser.kammerEntscheidung(entscheidung.name());
        if (fruehestens != null) {
            LocalDate termin = vergaben.vergabe(vergabeId).getFruehesterZuschlag();
            if (termin != null) {
                // the timer before the award (after the § 134 information) waits for it
                task.setVariable(FRUEHESTER_ZUSCHLAG, Date.from(termin.atStartOfDay(clock.getZone()).toInstant()));
                task.setVariable(FRUEHESTER_ZUSCHLAG_TEXT, DATUM.format(termin));
            }
            text += "; sofortige Beschwerde bis " + DATUM.format(fruehestens.minusDays(1)) + " (§ 172 Abs. 1 GWB), Zuschlag frühestens am "
                    + DATUM.format(termin != null ? termin : fruehestens);
        }
        vergaben.vermerk(vergabeId, Benutzer.bearbeiter(task), "Nachprüfung", text);
    }
}
