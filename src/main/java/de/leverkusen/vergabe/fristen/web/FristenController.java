package de.leverkusen.vergabe.fristen.web;

import de.leverkusen.vergabe.fristen.Ereignis;
import de.leverkusen.vergabe.fristen.Frist;
import de.leverkusen.vergabe.fristen.Fristenrechner;
import de.leverkusen.vergabe.verfahren.Eingabefehler;
import de.leverkusen.vergabe.verfahren.Verfahrensart;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Deadline calculator for the Vergabestelle: which minimum periods an event starts and whether a proposed end keeps them. */
@RestController
@RequestMapping("/api/fristen")
public class FristenController {

    private final Fristenrechner rechner;

    public FristenController(Fristenrechner rechner) {
        this.rechner = rechner;
    }

    @PostMapping("/berechnen")
    public FristenAntwort berechnen(@RequestBody FristAnfrage anfrage) {
        Verfahrensart verfahrensart = wert(Verfahrensart.class, "verfahrensart", anfrage.verfahrensart());
        Ereignis ereignis = wert(Ereignis.class, "ereignis", anfrage.ereignis());
        LocalDate datum = datum("datum", pflicht("datum", anfrage.datum()));
        boolean elektronisch = pflicht("elektronisch", anfrage.elektronisch());
        boolean dringlich = pflicht("dringlich", anfrage.dringlich());
        LocalDate vorgeschlagenesEnde = anfrage.vorgeschlagenesEnde() == null ? null : datum("vorgeschlagenesEnde", anfrage.vorgeschlagenesEnde());

        List<Frist> fristen = rechner.berechnen(verfahrensart, ereignis, datum, elektronisch, dringlich);
        return new FristenAntwort(fristen.stream().map(FristenAntwort.FristDaten::von).toList(),
                vorgeschlagenesEnde == null ? null : rechner.pruefen(fristen, vorgeschlagenesEnde));
    }

    private static <T> T pflicht(String feld, T wert) {
        if (wert == null) {
            throw new Eingabefehler(feld, "Pflichtfeld fehlt");
        }
        return wert;
    }

    private static <E extends Enum<E>> E wert(Class<E> typ, String feld, String text) {
        pflicht(feld, text);
        try {
            return Enum.valueOf(typ, text);
        } catch (IllegalArgumentException e) {
            throw new Eingabefehler(feld, "unzulässiger Wert '" + text + "', erlaubt sind "
                    + Arrays.stream(typ.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", ")));
        }
    }

    private static LocalDate datum(String feld, String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new Eingabefehler(feld, "kein gültiges Datum im Format JJJJ-MM-TT: '" + text + "'");
        }
    }
}
