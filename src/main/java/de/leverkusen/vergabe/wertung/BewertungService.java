package de.leverkusen.vergabe.wertung;

import de.leverkusen.vergabe.verfahren.Angebot;
import de.leverkusen.vergabe.verfahren.Bewerter;
import de.leverkusen.vergabe.verfahren.Eingabefehler;
import de.leverkusen.vergabe.verfahren.VergabeService;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Scoring sheets of a procedure and the ranking computed from them. */
@Service
@Transactional
public class BewertungService {

    private final BewertungsbogenRepository boegen;
    private final VergabeService vergaben;
    private final Clock clock;

    public BewertungService(BewertungsbogenRepository boegen, VergabeService vergaben, Clock clock) {
        this.boegen = boegen;
        this.vergaben = vergaben;
        this.clock = clock;
    }

    public Kriterienkatalog katalog(Long vergabeId) {
        return Kriterienkatalog.DMS;
    }

    /** One open sheet per unbiased evaluator and admitted offer; sheets that exist are kept. */
    public List<Bewertungsbogen> boegenAnlegen(Long vergabeId) {
        List<Bewertungsbogen> angelegt = new ArrayList<>();
        for (Angebot angebot : vergaben.zugelasseneAngebote(vergabeId)) {
            for (Bewerter b : vergaben.unbefangeneBewerter(vergabeId)) {
                angelegt.add(boegen.findByAngebotIdAndBewerter(angebot.getId(), b.getBenutzer())
                        .orElseGet(() -> boegen.save(new Bewertungsbogen(vergabeId, angebot.getId(), b.getBenutzer()))));
            }
        }
        return angelegt;
    }

    @Transactional(readOnly = true)
    public Bewertungsbogen bogen(Long bogenId) {
        return boegen.findById(bogenId).orElseThrow(() -> new NoSuchElementException("Bewertungsbogen " + bogenId));
    }

    @Transactional(readOnly = true)
    public List<Bewertungsbogen> boegen(Long vergabeId) {
        return boegen.findByVergabeIdOrderByAngebotIdAscBewerterAsc(vergabeId);
    }

    /** Stores an evaluator's sheet after checking every criterion against the scale and the justification rule. */
    public void abgeben(Long bogenId, Map<String, Integer> punkte, Map<String, String> begruendungen) {
        Bewertungsbogen bogen = bogen(bogenId);
        Kriterienkatalog katalog = katalog(bogen.getVergabeId());
        List<Bewertungspunkt> zeilen = new ArrayList<>();
        for (Kriterium k : katalog.kriterien()) {
            Integer p = punkte.get(k.id());
            if (p == null) {
                throw new Eingabefehler("punkte" + k.id(), "Pflichtfeld (" + k.name() + ")");
            }
            if (p < katalog.punkteMin() || p > katalog.punkteMax()) {
                throw new Eingabefehler("punkte" + k.id(), "Punkte müssen zwischen " + katalog.punkteMin() + " und "
                        + katalog.punkteMax() + " liegen, erhalten: " + p);
            }
            String begruendung = begruendungen.get(k.id());
            if (begruendung == null || begruendung.strip().length() < Kriterienkatalog.MINDESTLAENGE_BEGRUENDUNG) {
                throw new Eingabefehler("begruendung" + k.id(), "Begründung mit mindestens "
                        + Kriterienkatalog.MINDESTLAENGE_BEGRUENDUNG + " Zeichen erforderlich");
            }
            zeilen.add(new Bewertungspunkt(k.id(), p, begruendung.strip()));
        }
        bogen.abgeben(zeilen, OffsetDateTime.now(clock));
        vergaben.vermerk(bogen.getVergabeId(), bogen.getBewerter(), "Wertung",
                "Bewertungsbogen zu " + vergaben.angebot(bogen.getAngebotId()).getBieterName() + " abgegeben");
    }

    /**
     * The same ranking as {@link #rangfolge} with the sensitivity analysis (for the Vergabevermerk); {@code null}
     * while no sheet has been submitted.
     */
    @Transactional(readOnly = true)
    public Wertungsergebnis ergebnis(Long vergabeId) {
        List<Angebotswertung> eingaben = new ArrayList<>();
        List<Bewertungsbogen> alle = boegen(vergabeId);
        for (Angebot angebot : vergaben.zugelasseneAngebote(vergabeId)) {
            List<Map<String, java.math.BigDecimal>> abgegeben = alle.stream()
                    .filter(b -> b.getAngebotId().equals(angebot.getId()) && b.getStatus() == Bewertungsbogen.Status.ABGEGEBEN)
                    .map(b -> {
                        Map<String, java.math.BigDecimal> m = new java.util.LinkedHashMap<>();
                        b.punkteJeKriterium().forEach((k, v) -> m.put(k, java.math.BigDecimal.valueOf(v)));
                        return m;
                    })
                    .toList();
            if (abgegeben.isEmpty()) {
                return null;
            }
            eingaben.add(new Angebotswertung(angebot.getId(), angebot.getBieterName(), angebot.getPreis(), null, abgegeben, Map.of()));
        }
        if (eingaben.isEmpty()) {
            return null;
        }
        Kriterienkatalog katalog = katalog(vergabeId);
        return Wertungsrechner.berechnen(Wertungsparameter.einfacheRichtwertmethode(), katalog.skala(), katalog.kriterien(), eingaben, true);
    }

    /** Ranking of the admitted offers from the submitted sheets. */
    @Transactional(readOnly = true)
    public List<Wertungsrechner.Rang> rangfolge(Long vergabeId) {
        List<Wertungsrechner.Eingabe> eingaben = new ArrayList<>();
        List<Bewertungsbogen> alle = boegen(vergabeId);
        for (Angebot angebot : vergaben.zugelasseneAngebote(vergabeId)) {
            List<Map<String, Integer>> abgegeben = alle.stream()
                    .filter(b -> b.getAngebotId().equals(angebot.getId()) && b.getStatus() == Bewertungsbogen.Status.ABGEGEBEN)
                    .map(Bewertungsbogen::punkteJeKriterium)
                    .toList();
            eingaben.add(new Wertungsrechner.Eingabe(angebot.getId(), angebot.getBieterName(), angebot.getPreis(), abgegeben));
        }
        return Wertungsrechner.rangfolge(katalog(vergabeId), eingaben);
    }
}
