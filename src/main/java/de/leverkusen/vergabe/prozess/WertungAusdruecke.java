package de.leverkusen.vergabe.prozess;

import de.leverkusen.vergabe.wertung.BewertungService;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** The ranking as text for the forms of the Vergabestelle and the Projektleitung ({@code ${wertung.zusammenfassung(vergabeId)}}). */
@Component("wertung")
public class WertungAusdruecke {

    private final BewertungService bewertung;

    public WertungAusdruecke(BewertungService bewertung) {
        this.bewertung = bewertung;
    }

    public String zusammenfassung(Long vergabeId) {
        return bewertung.rangfolge(vergabeId).stream()
                .map(r -> r.rang() + ". " + r.bieter() + ": L = " + r.leistung().toPlainString() + ", P = "
                        + r.preis().toPlainString() + " EUR, Z = L/P = " + r.kennzahl().toPlainString()
                        + (r.losentscheid() ? " (Gleichstand: Losentscheid erforderlich)" : ""))
                .collect(Collectors.joining("\n"));
    }
}
