package de.leverkusen.vergabe.wertung;

import de.leverkusen.vergabe.wertung.Kriterienkatalog.Eintrag;
import de.leverkusen.vergabe.wertung.Kriterienkatalog.Gruppe;
import de.leverkusen.vergabe.wertung.Kriterienkatalog.Methode;
import de.leverkusen.vergabe.wertung.Kriterienkatalog.Skala;
import de.leverkusen.vergabe.wertung.Kriterienkatalog.Stufe;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Short ways to the evaluation's inputs for worked examples; the application builds them from forms and files. */
public final class Wertungsbeispiele {

    /** The catalogue of the DMS tender shipped with the application (vergabe.wertung.katalog). */
    public static final String DMS_RESSOURCE = "kataloge/dms-leverkusen.json";

    private Wertungsbeispiele() {
    }

    public static Kriterienkatalog dms() {
        try (InputStream in = Wertungsbeispiele.class.getClassLoader().getResourceAsStream(DMS_RESSOURCE)) {
            if (in == null) {
                throw new IllegalStateException(DMS_RESSOURCE + " fehlt im Klassenpfad");
            }
            return Kriterienkatalog.lesen(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A catalogue of one group from plain criteria, each point value defined by its number, simple benchmark method:
     * for worked examples and documents whose content does not depend on the file. Not checked (weights may sum to
     * anything).
     */
    public static Kriterienkatalog ausKriterien(String id, List<Kriterium> kriterien, int min, int max) {
        List<Stufe> stufen = new ArrayList<>();
        for (int p = max; p >= min; p--) {
            stufen.add(new Stufe(p, p + " Punkte"));
        }
        return new Kriterienkatalog(id, null, null, new Skala(min, max, stufen), null,
                new Methode(Wertungsmethode.EINFACHE_RICHTWERTMETHODE, null, null, null, null, null, null, null),
                List.of(new Gruppe("G1", "Kriterien", kriterien.stream()
                        .map(k -> new Eintrag(k.id(), k.typ(), k.name(), null, k.gewicht(), k.mindestpunkte())).toList())));
    }

    public static Kriterium mindestanforderung(String id, String name) {
        return new Kriterium(id, name, Kriterium.Typ.A, null, null);
    }

    public static Angebotswertung mitPunkten(String bieter, String preis, Map<String, BigDecimal> punkte, Map<String, Boolean> aKriterien) {
        return new Angebotswertung(null, bieter, new BigDecimal(preis), punkte, null, aKriterien);
    }

    public static Angebotswertung mitBoegen(String bieter, String preis, List<Map<String, BigDecimal>> boegen, Map<String, Boolean> aKriterien) {
        return new Angebotswertung(null, bieter, new BigDecimal(preis), null, boegen, aKriterien);
    }

    public static Wertungsparameter erweiterteRichtwertmethode(String band, Entscheidungskriterium kriterium) {
        return new Wertungsparameter(Wertungsmethode.ERWEITERTE_RICHTWERTMETHODE, new BigDecimal(band), kriterium, null, null, null, null, null);
    }

    public static Wertungsparameter referenzwerte(String gL, String gP, String lRef, String pRef) {
        return new Wertungsparameter(Wertungsmethode.REFERENZWERTMETHODE, null, null, new BigDecimal(gL), new BigDecimal(gP),
                new BigDecimal(lRef), new BigDecimal(pRef), null);
    }

    public static Wertungsparameter nurPreis() {
        return new Wertungsparameter(Wertungsmethode.NUR_PREIS, null, null, null, null, null, null, null);
    }
}
