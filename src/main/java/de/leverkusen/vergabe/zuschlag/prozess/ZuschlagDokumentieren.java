package de.leverkusen.vergabe.zuschlag.prozess;

import static de.leverkusen.vergabe.modelle.DmsVergabeProzess.*;

import de.leverkusen.vergabe.prozess.Benutzer;
import de.leverkusen.vergabe.prozess.Prozessbindung;
import de.leverkusen.vergabe.prozess.Werte;
import de.leverkusen.vergabe.schreiben.SchreibenService;
import de.leverkusen.vergabe.verfahren.Meilensteine;
import de.leverkusen.vergabe.verfahren.VergabeService;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Records the award, writes the letter to every bidder (§ 62 VgV) into the outbox and sets the due date of the award notice (§ 39 VgV: 30 days). */
@Component("zuschlagDokumentieren")
public class ZuschlagDokumentieren implements JavaDelegate {

    static final int BEKANNTMACHUNG_TAGE = Meilensteine.BEKANNTMACHUNG_TAGE;

    private final Prozessbindung bindung;
    private final VergabeService vergaben;
    private final SchreibenService schreiben;
    private final Clock clock;

    public ZuschlagDokumentieren(Prozessbindung bindung, VergabeService vergaben, SchreibenService schreiben, Clock clock) {
        this.bindung = bindung;
        this.vergaben = vergaben;
        this.schreiben = schreiben;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Long vergabeId = bindung.vergabeId(execution);
        vergaben.zuschlag(vergabeId, Benutzer.aktuell(execution.getProcessEngineServices()), Werte.pflichttext(execution, ZUSCHLAG_VERMERK));
        schreiben.information62(vergabeId, execution.getProcessInstanceId());
        LocalDate faellig = LocalDate.now(clock).plusDays(BEKANNTMACHUNG_TAGE);
        execution.setVariable(BEKANNTMACHUNG_FAELLIG_AM, Date.from(faellig.plusDays(1).atStartOfDay(clock.getZone()).toInstant()));
    }
}
