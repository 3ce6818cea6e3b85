package de.leverkusen.vergabe.prozess;

import de.leverkusen.vergabe.verfahren.Angebot;
import de.leverkusen.vergabe.verfahren.Bewerter;
import de.leverkusen.vergabe.verfahren.VergabeService;
import de.leverkusen.vergabe.wertung.BewertungService;
import de.leverkusen.vergabe.wertung.Bewertungsbogen;
import java.util.Date;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Read access to the Vergabeakte for expressions in the models ({@code ${verfahren.angebotIds(vergabeId)}}):
 * multi-instance collections, task names and dates come from the tables, not from copies in variables.
 */
@Component("verfahren")
public class VerfahrenAusdruecke {

    private final VergabeService vergaben;
    private final BewertungService bewertung;

    public VerfahrenAusdruecke(VergabeService vergaben, BewertungService bewertung) {
        this.vergaben = vergaben;
        this.bewertung = bewertung;
    }

    public List<Long> angebotIds(Long vergabeId) {
        return vergaben.angebote(vergabeId).stream().map(Angebot::getId).toList();
    }

    public List<Long> zugelasseneAngebotIds(Long vergabeId) {
        return vergaben.zugelasseneAngebote(vergabeId).stream().map(Angebot::getId).toList();
    }

    public String bieterName(Long angebotId) {
        return vergaben.angebot(angebotId).getBieterName();
    }

    public List<String> bewerter(Long vergabeId) {
        return vergaben.bewerter(vergabeId).stream().map(Bewerter::getBenutzer).toList();
    }

    public Date praesentationsbeginn(Long angebotId) {
        return Date.from(vergaben.angebot(angebotId).getPraesentationBeginn().toInstant());
    }

    public Date praesentationsende(Long angebotId) {
        return Date.from(vergaben.angebot(angebotId).getPraesentationEnde().toInstant());
    }

    /** The latest complaint (Rüge) recorded for the procedure, for the task that answers it. */
    public String letzteRuege(Long vergabeId) {
        return vergaben.vermerke(vergabeId).stream().filter(v -> "Rüge".equals(v.getStufe())).reduce((a, b) -> b)
                .map(v -> v.getText()).orElseThrow(() -> new IllegalStateException("keine Rüge zu Vergabe " + vergabeId));
    }

    public List<Long> bewertungsbogenIds(Long vergabeId) {
        return bewertung.boegen(vergabeId).stream().map(Bewertungsbogen::getId).toList();
    }

    public String bewerterDesBogens(Long bogenId) {
        return bewertung.bogen(bogenId).getBewerter();
    }

    public String bieterNameDesBogens(Long bogenId) {
        return bieterName(bewertung.bogen(bogenId).getAngebotId());
    }
}
