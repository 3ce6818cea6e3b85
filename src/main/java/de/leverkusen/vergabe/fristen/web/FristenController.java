package de.leverkusen.vergabe.fristen.web;

import com.fasterxml.jackson.databind.JsonMappingException;
import de.leverkusen.vergabe.fristen.Ereignis;
import de.leverkusen.vergabe.fristen.Frist;
import de.leverkusen.vergabe.fristen.Fristenrechner;
import de.leverkusen.vergabe.verfahren.Eingabefehler;
import de.leverkusen.vergabe.verfahren.Verfahrensart;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
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

    @ExceptionHandler(Eingabefehler.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    Map<String, String> eingabefehler(Eingabefehler fehler) {
        return Map.of("fehler", fehler.getMessage());
    }

    /** Malformed JSON or a value of the wrong JSON type (e.g. an object for a yes/no field). */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    Map<String, String> unlesbar(HttpMessageNotReadableException fehler) {
        if (fehler.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()
                && mapping.getPath().get(0).getFieldName() != null) {
            String feld = mapping.getPath().get(0).getFieldName();
            String erwartet = feld.equals("elektronisch") || feld.equals("dringlich") ? "true oder false" : "Text";
            return Map.of("fehler", "Feld '" + feld + "': Wert hat den falschen Typ, erwartet " + erwartet);
        }
        return Map.of("fehler", "Anfrage ist kein JSON-Objekt mit den Feldern verfahrensart, ereignis, datum, "
                + "elektronisch, dringlich und optional vorgeschlagenesEnde");
    }
}
