package de.leverkusen.vergabe.verfahren;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** What the Vergabestelle enters when it starts a procedure; checked before anything is stored. */
public record Vergabeantrag(
        String businessKey,
        String titel,
        Verfahrensart verfahrensart,
        String verfahrensartBegruendung,
        BigDecimal geschaetzterWert,
        OffsetDateTime angebotsfrist,
        LocalDate praesentationVon,
        LocalDate praesentationBis,
        List<String> bewerter,
        List<Bieter> bieter) {

    /** A bidder who submitted an offer; the offer itself is recorded at the opening. */
    public record Bieter(String name, String email) {
    }

    public void pruefen() {
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
