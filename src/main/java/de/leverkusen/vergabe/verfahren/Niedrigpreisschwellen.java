package de.leverkusen.vergabe.verfahren;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * When an offer's price seems abnormally low (§ 60 Abs. 1 VgV): more than {@code abstandNaechstes} below the next higher
 * admitted price, or more than {@code abstandSchaetzung} below the estimated value. The law names no figure; review
 * chambers treat about 20 % below the next offer as the usual trigger, a large gap to the estimate as another
 * (published defaults 20 % and 30 %, see the README).
 */
public record Niedrigpreisschwellen(BigDecimal abstandNaechstes, BigDecimal abstandSchaetzung) {

    /** One admitted offer with its opened price. */
    public record Preis(Long angebotId, String bieter, BigDecimal preis) {
    }

    /** A flagged offer and why, in words for the record and the letter. */
    public record Befund(Long angebotId, String text) {
    }

    public Niedrigpreisschwellen {
        for (BigDecimal anteil : List.of(abstandNaechstes, abstandSchaetzung)) {
            if (anteil.signum() <= 0 || anteil.compareTo(BigDecimal.ONE) >= 0) {
                throw new IllegalArgumentException("Aufgreifschwelle zwischen 0 und 1 erwartet: " + anteil);
            }
        }
    }

    public List<Befund> pruefen(List<Preis> preise, BigDecimal schaetzung) {
        List<Preis> aufsteigend = preise.stream().sorted(Comparator.comparing(Preis::preis)).toList();
        List<Befund> befunde = new ArrayList<>();
        for (Preis p : aufsteigend) {
            List<String> gruende = new ArrayList<>();
            aufsteigend.stream().filter(q -> q.preis().compareTo(p.preis()) > 0).findFirst().ifPresent(naechster -> {
                BigDecimal abstand = abstand(p.preis(), naechster.preis());
                if (abstand.compareTo(abstandNaechstes) > 0) {
                    gruende.add(Schreibweise.prozent(abstand) + " unter dem nächsthöheren Angebot (" + naechster.bieter() + ", "
                            + Schreibweise.euro(naechster.preis()) + "; Aufgreifschwelle " + Schreibweise.prozent(abstandNaechstes) + ")");
                }
            });
            if (schaetzung != null) {
                BigDecimal abstand = abstand(p.preis(), schaetzung);
                if (abstand.compareTo(abstandSchaetzung) > 0) {
                    gruende.add(Schreibweise.prozent(abstand) + " unter dem geschätzten Auftragswert (" + Schreibweise.euro(schaetzung)
                            + "; Aufgreifschwelle " + Schreibweise.prozent(abstandSchaetzung) + ")");
                }
            }
            if (!gruende.isEmpty()) {
                befunde.add(new Befund(p.angebotId(), "Preis " + Schreibweise.euro(p.preis()) + " liegt " + String.join(" und ", gruende)));
            }
        }
        return befunde;
    }

    /** (reference - price) / reference, exact to four places (0.2718 = 27.18 %). */
    static BigDecimal abstand(BigDecimal preis, BigDecimal bezug) {
        return bezug.subtract(preis).divide(bezug, 4, RoundingMode.HALF_UP);
    }

}
