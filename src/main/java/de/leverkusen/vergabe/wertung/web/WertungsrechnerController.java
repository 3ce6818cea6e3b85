package de.leverkusen.vergabe.wertung.web;

import de.leverkusen.vergabe.verfahren.Eingabefehler;
import de.leverkusen.vergabe.wertung.Angebotswertung;
import de.leverkusen.vergabe.wertung.Entscheidungskriterium;
import de.leverkusen.vergabe.wertung.Gleichstandsregel;
import de.leverkusen.vergabe.wertung.Kriterium;
import de.leverkusen.vergabe.wertung.Punkteskala;
import de.leverkusen.vergabe.wertung.Wertungsergebnis;
import de.leverkusen.vergabe.wertung.Wertungsmethode;
import de.leverkusen.vergabe.wertung.Wertungsparameter;
import de.leverkusen.vergabe.wertung.Wertungsrechner;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Calculator for the UfAB evaluation methods: what-if rankings for the Vergabestelle before it publishes a method,
 * weights and scale. Stateless; it reads and stores nothing of a procedure.
 */
@RestController
@RequestMapping("/api/wertung")
public class WertungsrechnerController {

    public record Anfrage(String methode, Parameter parameter, Skala skala, List<KriteriumEingabe> kriterien,
                          List<AngebotEingabe> angebote) {
    }

    public record Parameter(BigDecimal schwankungsbreite, String entscheidungskriterium, BigDecimal gewichtLeistung,
                            BigDecimal gewichtPreis, BigDecimal referenzLeistung, BigDecimal referenzPreis,
                            String gleichstandsregel) {
    }

    public record Skala(Integer min, Integer max) {
    }

    public record KriteriumEingabe(String id, String name, String typ, BigDecimal gewicht, BigDecimal mindestpunkte) {
    }

    public record AngebotEingabe(String bieter, BigDecimal preis, Map<String, BigDecimal> punkte,
                                 List<BogenEingabe> bewertungen, Map<String, Boolean> aKriterien) {
    }

    public record BogenEingabe(String bewerter, Map<String, BigDecimal> punkte) {
    }

    public record Antwort(List<Zeile> rangfolge, String zuschlag, boolean losentscheid,
                          Wertungsergebnis.Sensitivitaet sensitivitaet) {
    }

    public record Zeile(String bieter, BigDecimal leistung, BigDecimal preis, BigDecimal kennzahl, Integer rang,
                        boolean ausgeschlossen, String grund, boolean losentscheid) {
    }

    @PostMapping("/berechnen")
    public Antwort berechnen(@RequestBody Anfrage anfrage) {
        Wertungsparameter parameter = parameter(anfrage);
        Punkteskala skala = skala(anfrage.skala());
        List<Kriterium> kriterien = kriterien(anfrage.kriterien());
        List<Angebotswertung> angebote = angebote(anfrage.angebote());
        return antwort(Wertungsrechner.berechnen(parameter, skala, kriterien, angebote));
    }

    /** The calculator's JSON for a result; also the answer of {@code GET /api/vergaben/{key}/wertung}. */
    public static Antwort antwort(Wertungsergebnis ergebnis) {
        return new Antwort(ergebnis.rangfolge().stream()
                .map(r -> new Zeile(r.bieter(), r.leistung(), r.preis(), r.kennzahl(), r.rang(), r.ausgeschlossen(),
                        r.grund(), r.losentscheid()))
                .toList(), ergebnis.zuschlag(), ergebnis.losentscheid(), ergebnis.sensitivitaet());
    }

    private static Wertungsparameter parameter(Anfrage anfrage) {
        Wertungsmethode methode = wert(Wertungsmethode.class, anfrage.methode(), "methode");
        if (methode == null) {
            throw new Eingabefehler("methode", "Pflichtfeld fehlt");
        }
        Parameter p = anfrage.parameter() != null ? anfrage.parameter()
                : new Parameter(null, null, null, null, null, null, null);
        return new Wertungsparameter(methode, p.schwankungsbreite(),
                wert(Entscheidungskriterium.class, p.entscheidungskriterium(), "parameter.entscheidungskriterium"),
                p.gewichtLeistung(), p.gewichtPreis(), p.referenzLeistung(), p.referenzPreis(),
                wert(Gleichstandsregel.class, p.gleichstandsregel(), "parameter.gleichstandsregel"));
    }

    private static Punkteskala skala(Skala skala) {
        if (skala == null) {
            return Punkteskala.NULL_BIS_ZEHN;
        }
        if (skala.min() == null || skala.max() == null) {
            throw new Eingabefehler(skala.min() == null ? "skala.min" : "skala.max", "Pflichtfeld fehlt");
        }
        return new Punkteskala(skala.min(), skala.max());
    }

    private static List<Kriterium> kriterien(List<KriteriumEingabe> kriterien) {
        if (kriterien == null) {
            throw new Eingabefehler("kriterien", "Pflichtfeld fehlt");
        }
        List<Kriterium> ergebnis = new ArrayList<>();
        for (int k = 0; k < kriterien.size(); k++) {
            KriteriumEingabe e = kriterien.get(k);
            if (e == null) {
                throw new Eingabefehler("kriterien[" + k + "]", "Pflichtfeld fehlt");
            }
            Kriterium.Typ typ = wert(Kriterium.Typ.class, e.typ(), "kriterien[" + k + "].typ");
            ergebnis.add(new Kriterium(e.id(), e.name() != null ? e.name() : e.id(), typ, e.gewicht(), e.mindestpunkte()));
        }
        return ergebnis;
    }

    private static List<Angebotswertung> angebote(List<AngebotEingabe> angebote) {
        if (angebote == null) {
            return List.of();
        }
        List<Angebotswertung> ergebnis = new ArrayList<>();
        for (AngebotEingabe a : angebote) {
            if (a == null) {
                ergebnis.add(null);
                continue;
            }
            List<Map<String, BigDecimal>> boegen = a.bewertungen() == null ? null
                    : a.bewertungen().stream().map(b -> b == null || b.punkte() == null ? Map.<String, BigDecimal>of() : b.punkte()).toList();
            ergebnis.add(new Angebotswertung(null, a.bieter(), a.preis(), a.punkte(), boegen, a.aKriterien()));
        }
        return ergebnis;
    }

    private static <E extends Enum<E>> E wert(Class<E> typ, String text, String feld) {
        if (text == null) {
            return null;
        }
        try {
            return Enum.valueOf(typ, text);
        } catch (IllegalArgumentException e) {
            throw new Eingabefehler(feld, "unbekannter Wert '" + text + "', zulässig: "
                    + Arrays.stream(typ.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", ")));
        }
    }
}
