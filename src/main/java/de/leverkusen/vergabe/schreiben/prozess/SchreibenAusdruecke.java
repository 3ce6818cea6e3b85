package de.leverkusen.vergabe.schreiben.prozess;

import de.leverkusen.vergabe.nachpruefung.Wartefrist;
import de.leverkusen.vergabe.prozess.Prozessbindung;
import de.leverkusen.vergabe.schreiben.Bieterschreiben;
import de.leverkusen.vergabe.schreiben.SchreibenService;
import de.leverkusen.vergabe.verfahren.VergabeService;
import java.time.Clock;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Drafts of the letters for the forms that approve them ({@code ${schreibenEntwurf.information134(execution)}}), for the
 * procedure the execution is bound to and the winner the procedure recorded: what the form shows is what goes out.
 */
@Component("schreibenEntwurf")
public class SchreibenAusdruecke {

    private final Prozessbindung bindung;
    private final VergabeService vergaben;
    private final SchreibenService schreiben;
    private final Clock clock;

    public SchreibenAusdruecke(Prozessbindung bindung, VergabeService vergaben, SchreibenService schreiben, Clock clock) {
        this.bindung = bindung;
        this.vergaben = vergaben;
        this.schreiben = schreiben;
        this.clock = clock;
    }

    /** The § 62 letters as they go out with the award. */
    public String information62(DelegateExecution execution) {
        Long vergabeId = bindung.vergabeId(execution);
        Long zuschlagAngebotId = vergaben.vergabe(vergabeId).getBestbieterAngebotId();
        return SchreibenService.vorschau(schreiben.entwurf62(vergabeId, zuschlagAngebotId, LocalDate.now(clock)));
    }

    /** For the gateway after sending: a § 134 letter waits for the Vergabestelle to post it. */
    public boolean postversandOffen(DelegateExecution execution) {
        return schreiben.postversandOffen(bindung.vergabeId(execution));
    }

    /** The § 134 letters to be posted, as they were released, for the form that records the posting. */
    public String postbriefe(DelegateExecution execution) {
        return SchreibenService.vorschau(schreiben.postbriefe134(bindung.vergabeId(execution)).stream()
                .map(s -> new Bieterschreiben.Brief(s.getBetreff() + " – an " + s.getEmpfaenger(), s.getText()))
                .toList());
    }

    /** The § 134 letters as they would go out today by e-mail (the earliest date follows the actual dispatch). */
    public String information134(DelegateExecution execution) {
        Long vergabeId = bindung.vergabeId(execution);
        Long zuschlagAngebotId = vergaben.vergabe(vergabeId).getBestbieterAngebotId();
        LocalDate fruehester = Wartefrist.ab(LocalDate.now(clock), Wartefrist.Versandart.ELEKTRONISCH).fruehesterZuschlag();
        return SchreibenService.vorschau(schreiben.entwurf134(vergabeId, zuschlagAngebotId, fruehester));
    }
}
