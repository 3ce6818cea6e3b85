package de.leverkusen.vergabe.lizenz.prozess;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.leverkusen.vergabe.lizenz.LizenzbestellungService;
import de.leverkusen.vergabe.verfahren.Schreibweise;
import org.springframework.stereotype.Component;

/**
 * The licence order for expressions in the model: the JSON that the worker sends to ivl (a local variable of the
 * external task, computed from the table when the task starts) and the values the review form shows.
 */
@Component("lizenz")
public class LizenzAusdruecke {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final LizenzbestellungService lizenzen;

    public LizenzAusdruecke(LizenzbestellungService lizenzen) {
        this.lizenzen = lizenzen;
    }

    public String auftrag(String bestellnummer) {
        try {
            return JSON.writeValueAsString(lizenzen.auftrag(bestellnummer));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Lizenzbestellung " + bestellnummer + " nicht als JSON darstellbar", e);
        }
    }

    /** For display in the review form only, in German notation ("389.500,00 EUR"); the order carries the exact amount. */
    public String preis(String bestellnummer) {
        return Schreibweise.euro(lizenzen.bestellung(bestellnummer).getPreis());
    }

    public String vorlageNummer(String bestellnummer) {
        String nummer = lizenzen.bestellung(bestellnummer).getVorlageNummer();
        return nummer == null ? "" : nummer;
    }

    public String auftragnehmer(String bestellnummer) {
        return lizenzen.bestellung(bestellnummer).getAuftragnehmer();
    }

    /** The domain decides whether the waiting for ivl's confirmation is over (it may have come in writing). */
    public boolean bestaetigt(String bestellnummer) {
        return lizenzen.istBestaetigt(bestellnummer);
    }
}
