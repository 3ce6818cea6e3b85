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
        List<Bieter> bieter) {

    /** A bidder who submitted an offer; the offer itself is recorded at the opening. */
    public record Bieter(String name, String email) {
    }

    /**
     * The offer deadline keeps the legal minimum of §§ 15-17 VgV, counted from the dispatch of the contract notice
     * (open procedure) or of the invitation to tender (the others). The competitive dialogue has no statutory minimum
     * for offers (§ 18 VgV), so there is nothing to check.
     */
    public void pruefeAngebotsfrist(Fristenrechner rechner, ZoneId sitz) {
        if (verfahrensart == Verfahrensart.WETTBEWERBLICHER_DIALOG) {
            return;
        }
        if (fristereignisAm.isAfter(angebotsfrist.toLocalDate())) {
            throw new Eingabefehler("fristereignisAm", "der Versand muss vor dem Ende der Angebotsfrist liegen");
        }
        Ereignis ereignis = verfahrensart == Verfahrensart.OFFENES_VERFAHREN ? Ereignis.BEKANNTMACHUNG : Ereignis.AUFFORDERUNG;
        List<Frist> angebotsfristen = rechner.berechnen(verfahrensart, ereignis, fristereignisAm, elektronisch, dringlich).stream()
                .filter(f -> f.art() == Fristart.ANGEBOTSFRIST).toList();
        Fristende.pruefen(rechner, angebotsfristen, angebotsfrist, sitz, "angebotsfrist", "Angebotsfrist");
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
                    "Pflichtfeld bei " + verfahrensart + " (§ 14 Abs. 3 VgV verlangt eine dokumentierte Begründung)");
        }
        if (praesentationBis.isBefore(praesentationVon)) {
            throw new Eingabefehler("praesentationBis", "darf nicht vor dem Beginn der Präsentationen (" + praesentationVon + ") liegen");
        }
        if (!praesentationVon.isAfter(angebotsfrist.toLocalDate())) {
            throw new Eingabefehler("praesentationVon", "muss nach dem Ende der Angebotsfrist (" + angebotsfrist.toLocalDate() + ") liegen");
        }
        if (bieter.isEmpty()) {
            throw new Eingabefehler("bieter", "mindestens ein Bieter ist erforderlich");
        }
        Set<String> namen = new HashSet<>();
        for (Bieter b : bieter) {
            if (!namen.add(b.name().trim().toLowerCase())) {
                throw new Eingabefehler("bieter", "Bieter '" + b.name() + "' ist doppelt erfasst");
            }
        }
        if (bewerter.isEmpty()) {
            throw new Eingabefehler("bewerter", "mindestens eine Bewerterin oder ein Bewerter ist erforderlich");
        }
        if (new HashSet<>(bewerter).size() != bewerter.size()) {
            throw new Eingabefehler("bewerter", "Benutzerkennungen dürfen nicht doppelt vorkommen");
        }
    }
}
