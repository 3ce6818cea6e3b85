package de.leverkusen.vergabe.verfahren;

import de.leverkusen.vergabe.fristen.Ereignis;
import de.leverkusen.vergabe.fristen.Frist;
import de.leverkusen.vergabe.fristen.Fristart;
import de.leverkusen.vergabe.fristen.Fristenrechner;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** What the Vergabestelle enters when it starts a procedure; checked before anything is stored. */
public record Vergabeantrag(
        String businessKey,
        String verfahrenskennung,
        String titel,
        Verfahrensart verfahrensart,
        String verfahrensartBegruendung,
        BigDecimal geschaetzterWert,
        OffsetDateTime angebotsfrist,
        LocalDate fristereignisAm,
        boolean elektronisch,
        boolean dringlich,
        LocalDate praesentationVon,
        LocalDate praesentationBis,
        List<String> bewerter,
        List<Bieter> bieter,
        Teilnahmeangaben teilnahme) {

    /** A start without participation stage (open procedure). */
    public Vergabeantrag(String businessKey, String verfahrenskennung, String titel, Verfahrensart verfahrensart,
                         String verfahrensartBegruendung, BigDecimal geschaetzterWert, OffsetDateTime angebotsfrist,
                         LocalDate fristereignisAm, boolean elektronisch, boolean dringlich, LocalDate praesentationVon,
                         LocalDate praesentationBis, List<String> bewerter, List<Bieter> bieter) {
        this(businessKey, verfahrenskennung, titel, verfahrensart, verfahrensartBegruendung, geschaetzterWert, angebotsfrist,
                fristereignisAm, elektronisch, dringlich, praesentationVon, praesentationBis, bewerter, bieter, null);
    }

    /**
     * What the notice of a restricted or negotiated procedure publishes about the participation stage (§ 51 Abs. 1 VgV,
     * § 17 Abs. 11, 12 VgV); offer deadline, presentations and bidders come with the invitation to tender.
     */
    public record Teilnahmeangaben(OffsetDateTime teilnahmefrist, int mindestzahl, Integer hoechstzahl, String auswahlkriterien,
                                   boolean vorbehaltZuschlagAufErstangebote, boolean vorbehaltReduzierung) {
    }

    /** The participation stage as published, checked by {@link Teilnahmewettbewerb#pruefen}. */
    public Teilnahmewettbewerb teilnahmewettbewerb() {
        return new Teilnahmewettbewerb(verfahrensart, fristereignisAm, teilnahme.teilnahmefrist(), dringlich,
                teilnahme.mindestzahl(), teilnahme.hoechstzahl());
    }

    /** A bidder who submitted an offer; the offer itself is recorded at the opening. */
    public record Bieter(String name, String email) {
    }

    /**
     * The offer deadline keeps the legal minimum of §§ 15-17 VgV, counted from the dispatch of the contract notice
     * (open procedure) or of the invitation to tender (the others). The competitive dialogue has no statutory minimum
     * for offers (§ 18 VgV), so there is nothing to check.
     */
    public void pruefeAngebotsfrist(Fristenrechner rechner, ZoneId sitz) {
        if (verfahrensart.mitTeilnahmewettbewerb()) {
            // the offer period starts with the invitation to tender (Teilnahmewettbewerbe.auffordern); at the start the
            // participation period is checked
            teilnahmewettbewerb().pruefen(rechner, sitz);
            return;
        }
        angebotsfristPruefen(rechner, sitz, verfahrensart, fristereignisAm, elektronisch, dringlich, angebotsfrist);
    }

    /**
     * The offer period of §§ 15-17 VgV from {@code ereignisAm}: the dispatch of the notice (open procedure) or of the
     * invitation to tender (the others).
     */
    static void angebotsfristPruefen(Fristenrechner rechner, ZoneId sitz, Verfahrensart art, LocalDate ereignisAm, boolean elektronisch,
                                     boolean dringlich, OffsetDateTime angebotsfrist) {
        if (ereignisAm.isAfter(angebotsfrist.toLocalDate())) {
            throw new Eingabefehler("fristereignisAm", "der Versand muss vor dem Ende der Angebotsfrist liegen");
        }
        Ereignis ereignis = art == Verfahrensart.OFFENES_VERFAHREN ? Ereignis.BEKANNTMACHUNG : Ereignis.AUFFORDERUNG;
        List<Frist> angebotsfristen = rechner.berechnen(art, ereignis, ereignisAm, elektronisch, dringlich).stream()
                .filter(f -> f.art() == Fristart.ANGEBOTSFRIST).toList();
        Fristende.pruefen(rechner, angebotsfristen, angebotsfrist, sitz, "angebotsfrist", "Angebotsfrist");
    }

    /** What the notice reserves for the negotiations (§ 17 Abs. 11, 12 VgV) exists only in the negotiated procedure. */
    public static void vorbehaltePruefen(Verfahrensart art, boolean zuschlagAufErstangebote, boolean reduzierung) {
        if ((zuschlagAufErstangebote || reduzierung) && art != Verfahrensart.VERHANDLUNGSVERFAHREN_MIT_TEILNAHMEWETTBEWERB) {
            throw new Eingabefehler(zuschlagAufErstangebote ? "vorbehaltZuschlagAufErstangebote" : "vorbehaltReduzierung",
                    "nur im Verhandlungsverfahren (§ 17 Abs. 11, 12 VgV); " + art.text() + " kennt keine Verhandlung");
        }
    }

    public void pruefen() {
        // also on starts without the form (operations): the form's select is not the only way in
        if (!verfahrensart.durchgefuehrt()) {
            throw new Eingabefehler("verfahrensart", "Die Verfahrensart " + verfahrensart.text()
                    + " wird von dieser Vergabe-Engine nicht durchgeführt; zulässig: "
                    + String.join(", ", Verfahrensart.durchgefuehrte().stream().map(Verfahrensart::text).toList()));
        }
        if (verfahrensart.begruendungErforderlich()
                && (verfahrensartBegruendung == null || verfahrensartBegruendung.isBlank())) {
            throw new Eingabefehler("verfahrensartBegruendung",
                    "Pflichtfeld beim " + verfahrensart.text() + ": § 14 Abs. 3 VgV verlangt eine dokumentierte Begründung");
        }
        if (verfahrensart.mitTeilnahmewettbewerb()) {
            pruefeTeilnahme();
        } else {
            pruefeAngebotsangaben();
        }
        if (bewerter.isEmpty()) {
            throw new Eingabefehler("bewerter", "mindestens eine Bewerterin oder ein Bewerter ist erforderlich");
        }
        if (new HashSet<>(bewerter).size() != bewerter.size()) {
            throw new Eingabefehler("bewerter", "Benutzerkennungen dürfen nicht doppelt vorkommen");
        }
    }

    private void pruefeTeilnahme() {
        if (teilnahme == null || teilnahme.teilnahmefrist() == null) {
            throw new Eingabefehler("teilnahmefrist", "Pflichtfeld beim " + verfahrensart.text() + " (Ende der Teilnahmefrist)");
        }
        if (teilnahme.auswahlkriterien() == null || teilnahme.auswahlkriterien().isBlank()) {
            throw new Eingabefehler("auswahlkriterien", "Pflichtfeld beim " + verfahrensart.text()
                    + ": die objektiven Auswahlkriterien werden mit der Bekanntmachung veröffentlicht (§ 51 Abs. 1 VgV)");
        }
        if (!bieter.isEmpty() || angebotsfrist != null) {
            throw new Eingabefehler(bieter.isEmpty() ? "angebotsfrist" : "bieter", "beim " + verfahrensart.text()
                    + " gibt es beim Start weder Bieter noch Angebotsfrist: beides folgt mit der Aufforderung zur Angebotsabgabe");
        }
    }

    private void pruefeAngebotsangaben() {
        praesentationPruefen(praesentationVon, praesentationBis, angebotsfrist);
        if (bieter.isEmpty()) {
            throw new Eingabefehler("bieter", "mindestens ein Bieter ist erforderlich");
        }
        Set<String> namen = new HashSet<>();
        for (Bieter b : bieter) {
            if (!namen.add(b.name().trim().toLowerCase())) {
                throw new Eingabefehler("bieter", "Bieter '" + b.name() + "' ist doppelt erfasst");
            }
        }
    }

    /** The presentations lie after the offer deadline, their window is not reversed. */
    static void praesentationPruefen(LocalDate von, LocalDate bis, OffsetDateTime angebotsfrist) {
        if (bis.isBefore(von)) {
            throw new Eingabefehler("praesentationBis", "darf nicht vor dem Beginn der Präsentationen (" + von + ") liegen");
        }
        // a deadline at 00:00 ends with the day before (24:00): presentations may begin on the day it is written with
        LocalDate letzterTag = angebotsfrist.toLocalTime().equals(java.time.LocalTime.MIDNIGHT)
                ? angebotsfrist.toLocalDate().minusDays(1) : angebotsfrist.toLocalDate();
        if (!von.isAfter(letzterTag)) {
            throw new Eingabefehler("praesentationVon", "muss nach dem Ende der Angebotsfrist (" + Schreibweise.datum(letzterTag) + ") liegen");
        }
    }
}
