package de.leverkusen.vergabe.wertung;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.leverkusen.vergabe.verfahren.Eingabefehler;
import de.leverkusen.vergabe.verfahren.Schreibweise;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The published scoring sheet ("festgelegter Bewertungsbogen") of a procedure, as data: groups of criteria, type A
 * (pass/fail minimum requirement) or B (weighted, scored), the point scale with a verbal definition for each point
 * value, optional minimum points per B-criterion and overall ({@code mindestleistung}, on L), and the published
 * evaluation method. Read from a JSON file (e.g. {@code kataloge/dms-leverkusen.json}) and frozen with the procedure
 * when it starts ({@link Wertungsgrundlage}). The form {@code forms/bewertungsbogen.form} is generated from it.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Kriterienkatalog(String id, String titel, List<String> hinweise,
                               @JsonProperty("skala") Skala skalendefinition, BigDecimal mindestleistung,
                               Methode wertung, List<Gruppe> gruppen) {

    /** Shortest justification accepted for a score: "at least a sentence". */
    public static final int MINDESTLAENGE_BEGRUENDUNG = 20;

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .setSerializationInclusion(JsonInclude.Include.NON_NULL);

    /** The point scale; {@code stufen} names every point value from min to max with its definition. */
    public record Skala(int min, int max, List<Stufe> stufen) {
    }

    public record Stufe(int punkte, String definition) {
    }

    public record Gruppe(String id, String name, List<Eintrag> kriterien) {
    }

    /** A criterion as published: with a description the evaluators read; {@link #kriterium()} is what the methods use. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Eintrag(String id, Kriterium.Typ typ, String name, String beschreibung, BigDecimal gewicht,
                          BigDecimal mindestpunkte) {
        public Kriterium kriterium() {
            return new Kriterium(id, name, typ, gewicht, mindestpunkte);
        }
    }

    /** The published method and its parameters, as in the calculator API ({@code POST /api/wertung/berechnen}). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Methode(Wertungsmethode methode, BigDecimal schwankungsbreite,
                          Entscheidungskriterium entscheidungskriterium, BigDecimal gewichtLeistung,
                          BigDecimal gewichtPreis, BigDecimal referenzLeistung, BigDecimal referenzPreis,
                          Gleichstandsregel gleichstandsregel) {

        public Wertungsparameter parameter() {
            return new Wertungsparameter(methode, schwankungsbreite, entscheidungskriterium, gewichtLeistung,
                    gewichtPreis, referenzLeistung, referenzPreis, gleichstandsregel);
        }
    }

    public static Kriterienkatalog lesen(InputStream json) {
        try {
            return JSON.readValue(json, Kriterienkatalog.class).geprueft();
        } catch (IOException e) {
            throw new UncheckedIOException("Kriterienkatalog nicht lesbar: " + e.getMessage(), e);
        }
    }

    public static Kriterienkatalog lesen(String json) {
        try {
            return JSON.readValue(json, Kriterienkatalog.class).geprueft();
        } catch (IOException e) {
            throw new UncheckedIOException("Kriterienkatalog nicht lesbar: " + e.getMessage(), e);
        }
    }

    public String alsJson() {
        try {
            return JSON.writeValueAsString(this);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The same catalogue with another published method (chosen when the procedure starts). */
    public Kriterienkatalog mitMethode(Methode methode) {
        return new Kriterienkatalog(id, titel, hinweise, skalendefinition, mindestleistung, methode, gruppen).geprueft();
    }

    /** Every criterion in the order of the sheet (groups in order, criteria in order). */
    public List<Kriterium> kriterien() {
        return eintraege().stream().map(Eintrag::kriterium).toList();
    }

    public List<Eintrag> eintraege() {
        return gruppen.stream().flatMap(g -> g.kriterien().stream()).toList();
    }

    public Eintrag eintrag(String kriteriumId) {
        return eintraege().stream().filter(e -> e.id().equals(kriteriumId)).findFirst().orElse(null);
    }

    public List<Kriterium> aKriterien() {
        return kriterien().stream().filter(k -> !k.gewertet()).toList();
    }

    public List<Kriterium> bKriterien() {
        return kriterien().stream().filter(Kriterium::gewertet).toList();
    }

    public int punkteMin() {
        return skalendefinition.min();
    }

    public int punkteMax() {
        return skalendefinition.max();
    }

    public Punkteskala skala() {
        return new Punkteskala(skalendefinition.min(), skalendefinition.max());
    }

    public Wertungsparameter parameter() {
        return wertung.parameter();
    }

    /** The published method in words, for documents ("Einfache Richtwertmethode nach UfAB: ..."). */
    public String methodenbeschreibung() {
        Wertungsparameter p = wertung.parameter().geprueft();
        return switch (p.methode()) {
            case EINFACHE_RICHTWERTMETHODE -> "Einfache Richtwertmethode nach UfAB: Kennzahl Z = L / P (P = Angebotspreis); "
                    + "das Angebot mit der höchsten Kennzahl ist das wirtschaftlichste";
            case ERWEITERTE_RICHTWERTMETHODE -> "Erweiterte Richtwertmethode nach UfAB: Kennzahl Z = L / P; alle Angebote mit "
                    + "Z >= Zmax x (1 - " + Schreibweise.zahl(p.schwankungsbreite().stripTrailingZeros()) + ") bilden die "
                    + "Entscheidungsgruppe, in ihr entscheidet " + (p.entscheidungskriterium() == Entscheidungskriterium.LEISTUNG
                    ? "die höchste Leistung" : "der niedrigste Preis");
            case MEDIANMETHODE -> "Medianmethode nach UfAB: Z = " + Schreibweise.zahl(p.gewichtLeistung().stripTrailingZeros())
                    + " x L / Median(L) + " + Schreibweise.zahl(p.gewichtPreis().stripTrailingZeros()) + " x Median(P) / P";
            case REFERENZWERTMETHODE -> "Referenzwertmethode nach UfAB: Z = " + Schreibweise.zahl(p.gewichtLeistung().stripTrailingZeros())
                    + " x L / " + Schreibweise.zahl(p.referenzLeistung().stripTrailingZeros()) + " + " + Schreibweise.zahl(p.gewichtPreis().stripTrailingZeros())
                    + " x " + Schreibweise.zahl(p.referenzPreis().stripTrailingZeros()) + " / P";
            case NUR_PREIS -> "Niedrigster Preis (Leistung nur über A-Kriterien und Mindestpunkte)";
            case MITTELWERTMETHODE -> "Mittelwertmethode";
        } + "; " + p.gleichstandsregel().text();
    }

    /** The definition of a point value ("erfüllt, mit geringen Schwächen"). */
    public String definition(int punkte) {
        return skalendefinition.stufen().stream().filter(s -> s.punkte() == punkte).map(Stufe::definition)
                .findFirst().orElseThrow();
    }

    /**
     * Checks what a published catalogue must satisfy; throws {@link Eingabefehler} naming the place in the file.
     * Weights of the B-criteria sum to exactly 100, so that L reads as "percent of the best possible times points".
     */
    public Kriterienkatalog geprueft() {
        if (id == null || id.isBlank()) {
            throw new Eingabefehler("id", "Pflichtfeld fehlt");
        }
        if (skalendefinition == null) {
            throw new Eingabefehler("skala", "Pflichtfeld fehlt");
        }
        Punkteskala skala = skala();
        List<Stufe> stufen = skalendefinition.stufen() == null ? List.of() : skalendefinition.stufen();
        for (int p = skala.min(); p <= skala.max(); p++) {
            final int wert = p;
            List<Stufe> zu = stufen.stream().filter(s -> s.punkte() == wert).toList();
            if (zu.size() != 1 || zu.get(0).definition() == null || zu.get(0).definition().isBlank()) {
                throw new Eingabefehler("skala.stufen", "jeder Punktwert von " + skala.min() + " bis " + skala.max()
                        + " braucht genau eine Definition; Punktwert " + p + " hat " + zu.size());
            }
        }
        if (stufen.size() != skala.max() - skala.min() + 1) {
            throw new Eingabefehler("skala.stufen", "Punktwerte außerhalb der Skala " + skala.min() + " bis " + skala.max());
        }
        if (gruppen == null || gruppen.isEmpty()) {
            throw new Eingabefehler("gruppen", "mindestens eine Gruppe erforderlich");
        }
        Set<String> ids = new HashSet<>();
        BigDecimal summe = BigDecimal.ZERO;
        for (int g = 0; g < gruppen.size(); g++) {
            Gruppe gruppe = gruppen.get(g);
            if (gruppe.name() == null || gruppe.name().isBlank() || gruppe.kriterien() == null || gruppe.kriterien().isEmpty()) {
                throw new Eingabefehler("gruppen[" + g + "]", "Name und mindestens ein Kriterium erforderlich");
            }
            for (int k = 0; k < gruppe.kriterien().size(); k++) {
                Eintrag e = gruppe.kriterien().get(k);
                String feld = "gruppen[" + g + "].kriterien[" + k + "]";
                if (e.id() == null || !e.id().matches("[A-Za-z][A-Za-z0-9]{0,9}")) {
                    throw new Eingabefehler(feld + ".id", "Kennung aus Buchstaben und Ziffern (höchstens 10), erhalten: " + e.id());
                }
                if (!ids.add(e.id())) {
                    throw new Eingabefehler(feld + ".id", "Kriterium " + e.id() + " ist doppelt");
                }
                if (e.typ() == null || e.name() == null || e.name().isBlank()) {
                    throw new Eingabefehler(feld, "typ (A oder B) und name erforderlich");
                }
                if (e.typ() == Kriterium.Typ.A) {
                    if (e.gewicht() != null || e.mindestpunkte() != null) {
                        throw new Eingabefehler(feld + ".gewicht", "A-Kriterium " + e.id()
                                + " ist eine Mindestanforderung (erfüllt / nicht erfüllt): kein Gewicht, keine Mindestpunkte");
                    }
                } else {
                    if (e.gewicht() == null || e.gewicht().signum() <= 0) {
                        throw new Eingabefehler(feld + ".gewicht", "B-Kriterium " + e.id() + " braucht ein Gewicht größer als 0");
                    }
                    if (e.mindestpunkte() != null && (e.mindestpunkte().compareTo(BigDecimal.valueOf(skala.min())) < 0
                            || e.mindestpunkte().compareTo(BigDecimal.valueOf(skala.max())) > 0)) {
                        throw new Eingabefehler(feld + ".mindestpunkte", "liegt außerhalb der Skala");
                    }
                    summe = summe.add(e.gewicht());
                }
            }
        }
        if (summe.compareTo(BigDecimal.valueOf(100)) != 0) {
            throw new Eingabefehler("gruppen", "die Gewichte der B-Kriterien müssen zusammen 100 ergeben, erhalten: "
                    + summe.toPlainString());
        }
        if (mindestleistung != null && (mindestleistung.signum() < 0
                || mindestleistung.compareTo(BigDecimal.valueOf(100L * skala.max())) > 0)) {
            throw new Eingabefehler("mindestleistung", "muss zwischen 0 und " + 100 * skala.max() + " liegen");
        }
        if (wertung == null || wertung.methode() == null) {
            throw new Eingabefehler("wertung.methode", "Pflichtfeld fehlt");
        }
        wertung.methode().fuerVerfahrenPruefen("wertung.methode");
        wertung.parameter().geprueft();
        return this;
    }

    /** Weight of a group: sum of its B-criteria's weights. */
    public BigDecimal gewicht(Gruppe gruppe) {
        return gruppe.kriterien().stream().filter(e -> e.typ() == Kriterium.Typ.B).map(Eintrag::gewicht)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    @Override
    public String toString() {
        return id + " " + kriterien().stream().map(Kriterium::id).collect(Collectors.joining(","));
    }
}
