package de.leverkusen.vergabe.wertung;

import de.leverkusen.vergabe.verfahren.Angebot;
import de.leverkusen.vergabe.verfahren.Bewerter;
import de.leverkusen.vergabe.verfahren.Eingabefehler;
import de.leverkusen.vergabe.verfahren.VergabeService;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Scoring of a procedure: its frozen catalogue and method, the evaluators' sheets, the consolidation per offer and
 * the ranking computed from the consolidated values.
 */
@Service
@Transactional
public class BewertungService {

    private final BewertungsbogenRepository boegen;
    private final WertungsgrundlageRepository grundlagen;
    private final KonsolidierungRepository konsolidierungen;
    private final VergabeService vergaben;
    private final ResourceLoader ressourcen;
    private final Clock clock;
    private final String katalogDatei;
    private final BigDecimal streuung;

    public BewertungService(BewertungsbogenRepository boegen, WertungsgrundlageRepository grundlagen,
                            KonsolidierungRepository konsolidierungen, VergabeService vergaben, ResourceLoader ressourcen,
                            Clock clock,
                            Wertungseinstellungen einstellungen) {
        this.boegen = boegen;
        this.grundlagen = grundlagen;
        this.konsolidierungen = konsolidierungen;
        this.vergaben = vergaben;
        this.ressourcen = ressourcen;
        this.clock = clock;
        this.katalogDatei = einstellungen.katalog();
        this.streuung = einstellungen.streuung();
    }

    /** The catalogue file of new procedures ({@code vergabe.wertung.katalog}), read and checked. */
    @Transactional(readOnly = true)
    public Kriterienkatalog katalogDatei() {
        try (InputStream in = ressourcen.getResource(katalogDatei).getInputStream()) {
            return Kriterienkatalog.lesen(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Kriterienkatalog " + katalogDatei + " nicht lesbar", e);
        }
    }

    /**
     * Freezes the catalogue file with the published method (the start form's choice, or the file's default when
     * {@code methode} is null) into the procedure's record. A procedure keeps its catalogue when the file changes.
     */
    public Kriterienkatalog grundlageFestlegen(Long vergabeId, Kriterienkatalog.Methode methode) {
        Kriterienkatalog katalog = katalogDatei();
        if (methode != null) {
            methode.methode().fuerVerfahrenPruefen("wertungsmethode");
            katalog = katalog.mitMethode(methode);
        }
        grundlagen.save(new Wertungsgrundlage(vergabeId, katalog, OffsetDateTime.now(clock)));
        vergaben.vermerk(vergabeId, null, "Wertung", "Bewertungsbogen " + katalog.id() + " mit "
                + katalog.kriterien().size() + " Kriterien und Wertungsmethode „" + katalog.wertung().methode().text() + "“"
                + " für das Verfahren festgelegt");
        return katalog;
    }

    @Transactional(readOnly = true)
    public Kriterienkatalog katalog(Long vergabeId) {
        return grundlagen.findById(vergabeId).map(Wertungsgrundlage::katalog)
                .orElseThrow(() -> new NoSuchElementException("kein Kriterienkatalog für Vergabe " + vergabeId));
    }

    /** The spread above which the consolidation flags a criterion (fraction of the scale's width). */
    public BigDecimal streuung() {
        return streuung;
    }

    /** One open sheet per unbiased evaluator and admitted offer; sheets that exist are kept. */
    public List<Bewertungsbogen> boegenAnlegen(Long vergabeId) {
        List<Bewertungsbogen> angelegt = new ArrayList<>();
        int durchgang = boegen.naechsterDurchgang(vergabeId);
        for (Angebot angebot : vergaben.zugelasseneAngebote(vergabeId)) {
            for (Bewerter b : vergaben.unbefangeneBewerter(vergabeId)) {
                angelegt.add(boegen.findByAngebotIdAndBewerter(angebot.getId(), b.getBenutzer())
                        .orElseGet(() -> boegen.save(new Bewertungsbogen(vergabeId, angebot.getId(), b.getBenutzer(), durchgang))));
            }
        }
        return angelegt;
    }

    /**
     * The final offers of a negotiated procedure are evaluated anew (§ 17 Abs. 14 VgV): the sheets of the initial offers
     * are kept as they are, replaced, and new sheets are opened; returns them. Each offer's consolidation is replaced
     * when it is consolidated again (as after a re-evaluation ordered by the Vergabekammer).
     */
    public List<Bewertungsbogen> neuBewerten(Long vergabeId) {
        vergaben.endgueltigeWertungBeginnen(vergabeId);
        boegen.abloesen(vergabeId);
        vergaben.vermerk(vergabeId, null, "Wertung", "Wertung der Erstangebote abgelöst: die endgültigen Angebote werden auf neuen "
                + "Bewertungsbögen nach derselben festgeschriebenen Wertungsgrundlage bewertet");
        return boegenAnlegen(vergabeId);
    }

    @Transactional(readOnly = true)
    public Bewertungsbogen bogen(Long bogenId) {
        return boegen.findById(bogenId).orElseThrow(() -> new NoSuchElementException("Bewertungsbogen " + bogenId));
    }

    @Transactional(readOnly = true)
    public List<Bewertungsbogen> boegen(Long vergabeId) {
        return boegen.findByVergabeIdOrderByAngebotIdAscBewerterAsc(vergabeId);
    }

    /**
     * Stores an evaluator's sheet after checking it against the procedure's catalogue: every criterion present,
     * points of a B-criterion inside the scale, a result for every A-criterion, every justification at least a sentence.
     * Only the evaluator the sheet was assigned to submits it ({@code benutzer}: the acting user, null for the engine
     * itself, e.g. a test without a logged-in user).
     */
    public void abgeben(Long bogenId, String benutzer, Map<String, Integer> punkte, Map<String, Boolean> erfuellt,
                        Map<String, String> begruendungen) {
        Bewertungsbogen bogen = bogen(bogenId);
        if (benutzer != null && !benutzer.equals(bogen.getBewerter())) {
            throw new Eingabefehler("bewertungsbogenId", "Bewertungsbogen " + bogenId + " ist " + bogen.getBewerter()
                    + " zugeordnet; " + benutzer + " kann ihn nicht abgeben");
        }
        if (bogen.getStatus() == Bewertungsbogen.Status.ABGEGEBEN) {
            throw new Eingabefehler("bewertungsbogenId", "Bewertungsbogen " + bogenId + " wurde bereits abgegeben");
        }
        Kriterienkatalog katalog = katalog(bogen.getVergabeId());
        List<Bewertungspunkt> zeilen = new ArrayList<>();
        for (Kriterium k : katalog.kriterien()) {
            Integer p = null;
            Boolean e = null;
            if (k.gewertet()) {
                p = punkte.get(k.id());
                if (p == null) {
                    throw new Eingabefehler("punkte" + k.id(), "Pflichtfeld (" + k.name() + ")");
                }
                if (p < katalog.punkteMin() || p > katalog.punkteMax()) {
                    throw new Eingabefehler("punkte" + k.id(), "Punkte müssen zwischen " + katalog.punkteMin() + " und "
                            + katalog.punkteMax() + " liegen, erhalten: " + p);
                }
            } else {
                e = erfuellt.get(k.id());
                if (e == null) {
                    throw new Eingabefehler("erfuellt" + k.id(), "Pflichtfeld: erfüllt oder nicht erfüllt (" + k.name() + ")");
                }
            }
            String begruendung = begruendungen.get(k.id());
            if (begruendung == null || begruendung.strip().length() < Kriterienkatalog.MINDESTLAENGE_BEGRUENDUNG) {
                throw new Eingabefehler("begruendung" + k.id(), "Begründung mit mindestens "
                        + Kriterienkatalog.MINDESTLAENGE_BEGRUENDUNG + " Zeichen erforderlich");
            }
            zeilen.add(new Bewertungspunkt(k.id(), p, e, begruendung.strip()));
        }
        bogen.abgeben(zeilen, OffsetDateTime.now(clock));
        vergaben.vermerk(bogen.getVergabeId(), bogen.getBewerter(), "Wertung",
                "Bewertungsbogen zu " + vergaben.angebot(bogen.getAngebotId()).getBieterName() + " abgegeben");
    }

    /** The submitted sheets of one offer, in the order of the evaluators' ids. */
    @Transactional(readOnly = true)
    public List<Konsolidierungsrechner.Bogen> abgegebeneBoegen(Long angebotId) {
        Angebot angebot = vergaben.angebot(angebotId);
        return boegen(angebot.getVergabeId()).stream()
                .filter(b -> b.getAngebotId().equals(angebotId) && b.getStatus() == Bewertungsbogen.Status.ABGEGEBEN)
                .map(Bewertungsbogen::alsBogen).toList();
    }

    @Transactional(readOnly = true)
    public String bieterName(Long angebotId) {
        return vergaben.angebot(angebotId).getBieterName();
    }

    /** The same as tables (criterion × evaluator, flagged criteria first), for the form's text component. */
    @Transactional(readOnly = true)
    public String uebersichtTabelle(Long angebotId) {
        Angebot angebot = vergaben.angebot(angebotId);
        return Konsolidierungsrechner.tabelle(katalog(angebot.getVergabeId()), abgegebeneBoegen(angebotId), streuung);
    }

    /** Text of the consolidation form: per criterion points, min/median/max/mean, flag and justifications. */
    @Transactional(readOnly = true)
    public String uebersicht(Long angebotId) {
        Angebot angebot = vergaben.angebot(angebotId);
        return Konsolidierungsrechner.uebersicht(katalog(angebot.getVergabeId()), abgegebeneBoegen(angebotId), streuung);
    }

    @Transactional(readOnly = true)
    public List<Konsolidierungsrechner.Zeile> konsolidierungszeilen(Long angebotId) {
        Angebot angebot = vergaben.angebot(angebotId);
        return Konsolidierungsrechner.zeilen(katalog(angebot.getVergabeId()), abgegebeneBoegen(angebotId),
                abweichungen(angebotId), streuung);
    }

    /**
     * Records the consolidation of one offer: the deviations typed by the Vergabestelle (checked, see
     * {@link Konsolidierungsrechner#abweichungenLesen}) and its note. Replaces an earlier consolidation of the offer.
     */
    public Konsolidierung konsolidieren(Long angebotId, String abweichungenText, String vermerk, String benutzer) {
        Angebot angebot = vergaben.angebot(angebotId);
        Kriterienkatalog katalog = katalog(angebot.getVergabeId());
        List<Konsolidierungsrechner.Bogen> abgegeben = abgegebeneBoegen(angebotId);
        if (abgegeben.isEmpty()) {
            throw new IllegalStateException("kein abgegebener Bewertungsbogen zu " + angebot.getBieterName());
        }
        List<Konsolidierungsrechner.Abweichung> abweichungen = Konsolidierungsrechner.abweichungenLesen(
                abweichungenText, "konsolidierungAbweichungen", katalog, abgegeben);
        Konsolidierung k = konsolidierungen.findByAngebotId(angebotId)
                .orElseGet(() -> new Konsolidierung(angebot.getVergabeId(), angebotId));
        k.festhalten(abweichungen.stream().map(Konsolidierungspunkt::new).toList(), vermerk, benutzer, OffsetDateTime.now(clock));
        konsolidierungen.save(k);
        vergaben.vermerk(angebot.getVergabeId(), benutzer, "Wertung", "Bewertungen zu " + angebot.getBieterName()
                + " konsolidiert" + (abweichungen.isEmpty() ? " (Mittelwerte der Bewertungsbögen)" : ", Abweichungen: "
                + String.join("; ", abweichungen.stream().map(a -> a.kriterium() + " = "
                + (a.punkte() != null ? Konsolidierungsrechner.anzeige(a.punkte()) : a.erfuellt() ? "erfüllt" : "nicht erfüllt")
                + " (" + a.begruendung() + ")").toList())) + ". " + vermerk);
        return k;
    }

    @Transactional(readOnly = true)
    public List<Konsolidierungsrechner.Abweichung> abweichungen(Long angebotId) {
        return konsolidierungen.findByAngebotId(angebotId)
                .map(k -> k.getAbweichungen().stream().map(Konsolidierungspunkt::alsAbweichung).toList())
                .orElse(List.of());
    }

    /** Whether every admitted offer's sheets have been consolidated (and none was submitted after that). */
    @Transactional(readOnly = true)
    public boolean konsolidiert(Long vergabeId) {
        List<Angebot> zugelassen = vergaben.zugelasseneAngebote(vergabeId);
        if (zugelassen.isEmpty()) {
            return false;
        }
        List<Bewertungsbogen> alle = boegen(vergabeId);
        for (Angebot a : zugelassen) {
            Optional<Konsolidierung> k = konsolidierungen.findByAngebotId(a.getId());
            if (k.isEmpty() || alle.stream().anyMatch(b -> b.getAngebotId().equals(a.getId())
                    && b.getAbgegebenAm() != null && b.getAbgegebenAm().isAfter(k.get().getKonsolidiertAm()))) {
                return false;
            }
        }
        return true;
    }

    /** The notes of the consolidation, one line per offer (for the Vergabevermerk). */
    @Transactional(readOnly = true)
    public String konsolidierungsvermerk(Long vergabeId) {
        List<String> zeilen = new ArrayList<>();
        for (Angebot a : vergaben.zugelasseneAngebote(vergabeId)) {
            konsolidierungen.findByAngebotId(a.getId()).ifPresent(k -> zeilen.add(a.getBieterName() + ": " + k.getVermerk()
                    + k.getAbweichungen().stream().map(p -> " Abweichung " + p.getKriterium() + " = "
                    + (p.getPunkte() != null ? Konsolidierungsrechner.anzeige(p.getPunkte()) : p.getErfuellt() ? "erfüllt" : "nicht erfüllt")
                    + ": " + p.getBegruendung()).reduce("", String::concat)));
        }
        return zeilen.isEmpty() ? null : String.join("\n", zeilen);
    }

    /** The admitted offers with their consolidated sheets, as input of the calculator. */
    @Transactional(readOnly = true)
    public List<Angebotswertung> angebotswertungen(Long vergabeId) {
        Kriterienkatalog katalog = katalog(vergabeId);
        List<Angebotswertung> eingaben = new ArrayList<>();
        for (Angebot angebot : vergaben.zugelasseneAngebote(vergabeId)) {
            List<Konsolidierungsrechner.Bogen> abgegeben = abgegebeneBoegen(angebot.getId());
            if (abgegeben.isEmpty()) {
                return List.of();
            }
            eingaben.add(Konsolidierungsrechner.angebotswertung(angebot.getId(), angebot.getBieterName(),
                    angebot.getPreis(), katalog, abgegeben, abweichungen(angebot.getId())));
        }
        return eingaben;
    }

    /**
     * The ranking by the procedure's published method from the consolidated values, with the sensitivity analysis;
     * {@code null} until every admitted offer is consolidated. Excluded offers (A-criterion not fulfilled, minimum
     * points or minimum performance not reached) come last with their reason.
     */
    @Transactional(readOnly = true)
    public Wertungsergebnis ergebnis(Long vergabeId) {
        return berechnen(vergabeId, true);
    }

    /** {@link #ergebnis} without the sensitivity analysis (its {@code sensitivitaet} is {@code null}). */
    @Transactional(readOnly = true)
    public Wertungsergebnis ergebnisOhneSensitivitaet(Long vergabeId) {
        return berechnen(vergabeId, false);
    }

    /** The ranking without sensitivity analysis; empty until the consolidation is done. */
    @Transactional(readOnly = true)
    public List<Wertungsrechner.Rang> rangfolge(Long vergabeId) {
        Wertungsergebnis e = ergebnisOhneSensitivitaet(vergabeId);
        return e == null ? List.of() : e.rangfolge();
    }

    private Wertungsergebnis berechnen(Long vergabeId, boolean mitSensitivitaet) {
        if (!konsolidiert(vergabeId)) {
            return null;
        }
        List<Angebotswertung> eingaben = angebotswertungen(vergabeId);
        if (eingaben.isEmpty()) {
            return null;
        }
        Kriterienkatalog katalog = katalog(vergabeId);
        return Wertungsrechner.berechnen(katalog.parameter(), katalog.skala(), katalog.kriterien(), eingaben,
                mitSensitivitaet, katalog.mindestleistung());
    }
}
