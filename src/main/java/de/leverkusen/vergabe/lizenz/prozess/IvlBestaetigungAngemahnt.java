package de.leverkusen.vergabe.lizenz.prozess;

import static de.leverkusen.vergabe.modelle.DmsVergabeProzess.*;

import de.leverkusen.vergabe.lizenz.LizenzbestellungService;
import de.leverkusen.vergabe.prozess.Benutzer;
import de.leverkusen.vergabe.prozess.Prozessbindung;
import de.leverkusen.vergabe.prozess.Werte;
import de.leverkusen.vergabe.verfahren.Eingabefehler;
import de.leverkusen.vergabe.verfahren.Mahnungsergebnis;
import de.leverkusen.vergabe.verfahren.VergabeService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * The Vergabestelle asked ivl for its missing confirmation: the note goes into the running record; a confirmation
 * that ivl gave in writing (outside its interface) is recorded with its reference and ends the waiting.
 */
@Component("ivlBestaetigungAngemahnt")
public class IvlBestaetigungAngemahnt implements TaskListener {

    private final Prozessbindung bindung;
    private final VergabeService vergaben;
    private final LizenzbestellungService lizenzen;

    public IvlBestaetigungAngemahnt(Prozessbindung bindung, VergabeService vergaben, LizenzbestellungService lizenzen) {
        this.bindung = bindung;
        this.vergaben = vergaben;
        this.lizenzen = lizenzen;
    }

    @Override
    public void notify(DelegateTask task) {
        String bestellnummer = Werte.pflichttext(task, BESTELLNUMMER);
        vergaben.vermerk(bindung.vergabeId(task), Benutzer.bearbeiter(task), LizenzbestellungService.STUFE,
                "Bestätigung der Lizenzbestellung " + bestellnummer + " angemahnt: " + Werte.pflichttext(task, MAHNUNG_VERMERK));
        if (Werte.wahl(task, MAHNUNG_ERGEBNIS, Mahnungsergebnis.class) == Mahnungsergebnis.SCHRIFTLICH_BESTAETIGT) {
            String referenz = Werte.text(task, IVL_REFERENZ);
            if (referenz == null || referenz.isBlank()) {
                throw new Eingabefehler(IVL_REFERENZ, "Pflichtfeld, wenn die ivl schriftlich bestätigt hat");
            }
            lizenzen.schriftlichBestaetigt(bestellnummer, referenz);
        }
    }
}
