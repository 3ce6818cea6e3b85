package de.leverkusen.vergabe.prozess;

import de.leverkusen.vergabe.schreiben.Bieterschreiben;
import de.leverkusen.vergabe.schreiben.SchreibenService;
import de.leverkusen.vergabe.verfahren.Wartefrist;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/** Drafts of the letters for the forms that approve them ({@code ${schreibenEntwurf.information134(vergabeId, bestbieterAngebotId)}}). */
@Component("schreibenEntwurf")
public class SchreibenAusdruecke {

    private final SchreibenService schreiben;
    private final Clock clock;

    public SchreibenAusdruecke(SchreibenService schreiben, Clock clock) {
        this.schreiben = schreiben;
        this.clock = clock;
    }

    /** The § 62 letters as they go out with the award. */
    public String information62(Long vergabeId, Long zuschlagAngebotId) {
        return SchreibenService.vorschau(schreiben.entwurf62(vergabeId, zuschlagAngebotId, LocalDate.now(clock)));
    }

    /** For the gateway after sending: a § 134 letter waits for the Vergabestelle to post it. */
    public boolean postversandOffen(Long vergabeId) {
        return schreiben.postversandOffen(vergabeId);
    }

    /** The § 134 letters to be posted, as they were released, for the form that records the posting. */
    public String postbriefe(Long vergabeId) {
        return SchreibenService.vorschau(schreiben.postbriefe134(vergabeId).stream()
                .map(s -> new Bieterschreiben.Brief(s.getBetreff() + " – an " + s.getEmpfaenger(), s.getText()))
                .toList());
    }

    /** The § 134 letters as they would go out today by e-mail (the earliest date follows the actual dispatch). */
    public String information134(Long vergabeId, Long zuschlagAngebotId) {
        LocalDate fruehester = Wartefrist.ab(LocalDate.now(clock), Wartefrist.Versandart.ELEKTRONISCH).fruehesterZuschlag();
        return SchreibenService.vorschau(schreiben.entwurf134(vergabeId, zuschlagAngebotId, fruehester));
    }
}
