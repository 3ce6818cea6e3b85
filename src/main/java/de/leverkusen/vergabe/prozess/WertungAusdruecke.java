package de.leverkusen.vergabe.prozess;

import de.leverkusen.vergabe.verfahren.VergabeService;
import de.leverkusen.vergabe.wertung.BewertungService;
import de.leverkusen.vergabe.wertung.Kriterienkatalog;
import de.leverkusen.vergabe.wertung.Wertungsmethode;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Texts for the forms: the ranking for the Vergabestelle and the Projektleitung
 * ({@code ${wertung.zusammenfassung(execution)}}) and the consolidation overview of one offer
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

    public String zusammenfassung(DelegateExecution execution) {
        Long vergabeId = bindung.vergabeId(execution);
        Kriterienkatalog katalog = bewertung.katalog(vergabeId);
        Wertungsmethode methode = katalog.wertung().methode();
        String z = methode == Wertungsmethode.EINFACHE_RICHTWERTMETHODE || methode == Wertungsmethode.ERWEITERTE_RICHTWERTMETHODE
                ? "Z = L/P = " : methode == Wertungsmethode.NUR_PREIS ? "" : "Z = ";
        return bewertung.rangfolge(vergabeId).stream()
                .map(r -> r.ausgeschlossen()
                        ? "ausgeschlossen: " + r.bieter() + ": L = " + r.leistung().toPlainString() + ", P = "
                        + r.preis().toPlainString() + " EUR – " + r.grund()
                        : r.rang() + ". " + r.bieter() + ": L = " + r.leistung().toPlainString() + ", P = "
                        + r.preis().toPlainString() + " EUR" + (z.isEmpty() ? "" : ", " + z + r.kennzahl().toPlainString())
                        + (r.losentscheid() ? " (Gleichstand)" : ""))
                .collect(Collectors.joining("\n"))
                + (vergaben.losentscheidText(vergabeId) == null ? "" : "\n" + vergaben.losentscheidText(vergabeId))
                + "\n(Wertungsmethode: " + katalog.methodenbeschreibung() + "; aus den konsolidierten Punkten)";
    }

    public String uebersicht(Long angebotId) {
        return bewertung.uebersicht(angebotId);
    }
}
