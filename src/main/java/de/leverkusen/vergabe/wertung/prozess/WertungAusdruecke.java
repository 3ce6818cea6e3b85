package de.leverkusen.vergabe.wertung.prozess;

import de.leverkusen.vergabe.prozess.Prozessbindung;
import de.leverkusen.vergabe.verfahren.Markdowntabelle;
import de.leverkusen.vergabe.verfahren.VergabeService;
import de.leverkusen.vergabe.wertung.BewertungService;
import de.leverkusen.vergabe.wertung.Kriterienkatalog;
import de.leverkusen.vergabe.wertung.Wertungsmethode;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Texts for the forms: the ranking for the Vergabestelle and the Projektleitung as a table in German notation
 * ({@code ${wertung.tabelle(execution)}}) and the consolidation overview of one offer
 * ({@code ${wertung.uebersicht(angebotId)}}).
 */
@Component("wertung")
public class WertungAusdruecke {

    private final Prozessbindung bindung;
    private final BewertungService bewertung;
    private final VergabeService vergaben;

    public WertungAusdruecke(Prozessbindung bindung, BewertungService bewertung, VergabeService vergaben) {
        this.bindung = bindung;
        this.bewertung = bewertung;
        this.vergaben = vergaben;
    }

    /** The same ranking as a table in German notation, excluded offers last; for the forms' text component. */
    public String tabelle(DelegateExecution execution) {
        Long vergabeId = bindung.vergabeId(execution);
        Kriterienkatalog katalog = bewertung.katalog(vergabeId);
        boolean mitKennzahl = katalog.wertung().methode() != Wertungsmethode.NUR_PREIS;
        Markdowntabelle t = mitKennzahl
                ? new Markdowntabelle("Rang", "Bieter", "Leistung L (Punkte)", "Preis P (netto)", "Kennzahl Z", "Hinweis")
                : new Markdowntabelle("Rang", "Bieter", "Leistung L (Punkte)", "Preis P (netto)", "Hinweis");
        for (var r : bewertung.rangfolge(vergabeId)) {
            String rang = r.ausgeschlossen() ? "ausgeschlossen" : r.rang() + ".";
            String hinweis = r.ausgeschlossen() ? r.grund() : r.losentscheid() ? "Gleichstand" : "";
            String leistung = Markdowntabelle.zahl(r.leistung());
            String preis = Markdowntabelle.euro(r.preis());
            if (mitKennzahl) {
                t.zeile(rang, r.bieter(), leistung, preis, r.ausgeschlossen() ? "–" : Markdowntabelle.zahl(r.kennzahl()), hinweis);
            } else {
                t.zeile(rang, r.bieter(), leistung, preis, hinweis);
            }
        }
        String los = vergaben.losentscheidText(vergabeId);
        return t.text() + (los == null ? "" : "\n" + Markdowntabelle.zelle(los) + "\n")
                + "\nWertungsmethode: " + Markdowntabelle.zelle(katalog.methodenbeschreibung()) + "; aus den konsolidierten Punkten.\n";
    }

    public String uebersicht(Long angebotId) {
        return bewertung.uebersicht(angebotId);
    }
}
