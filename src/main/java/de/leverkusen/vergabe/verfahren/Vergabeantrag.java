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
        List<BieterAngebot> angebote) {

    public record BieterAngebot(String name, String email, BigDecimal preis) {
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
        if (angebote.isEmpty()) {
            throw new Eingabefehler("bieter", "mindestens ein Bieter ist erforderlich");
        }
        Set<String> namen = new HashSet<>();
        for (BieterAngebot angebot : angebote) {
            if (!namen.add(angebot.name().trim().toLowerCase())) {
                throw new Eingabefehler("bieter", "Bieter '" + angebot.name() + "' ist doppelt erfasst");
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
