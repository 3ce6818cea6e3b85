package de.leverkusen.vergabe.prozess;

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

    /** The § 134 letters as they would go out today by e-mail (the earliest date follows the actual dispatch). */
    public String information134(Long vergabeId, Long zuschlagAngebotId) {
        LocalDate fruehester = Wartefrist.ab(LocalDate.now(clock), Wartefrist.Versandart.ELEKTRONISCH).fruehesterZuschlag();
        return SchreibenService.vorschau(schreiben.entwurf134(vergabeId, zuschlagAngebotId, fruehester));
    }
}
