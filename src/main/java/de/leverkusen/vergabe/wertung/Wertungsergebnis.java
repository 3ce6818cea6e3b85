package de.leverkusen.vergabe.wertung;

import java.math.BigDecimal;
import java.util.List;

/**
 * Result of the calculator: the ranking (ranked offers by rank, excluded offers last), the winner ({@code null}
 * when the published tie rule leaves the top tied: then {@code losentscheid}) and the sensitivity analysis.
 */
public record Wertungsergebnis(Wertungsmethode methode, List<Wertungsrechner.Rang> rangfolge, String zuschlag,
                               boolean losentscheid, Sensitivitaet sensitivitaet) {

    /**
     * How robust the winner is. {@code gewichte}: per B-criterion the factor on its weight (others unchanged,
     * searched within 0..3) from which another offer wins; {@code preis}: the highest price at which the runner-up
     * would rank first. Empty / {@code null} when there is no unique winner or no second offer.
     */
    public record Sensitivitaet(List<Gewichtsschwelle> gewichte, Preisschwelle preis) {
    }

    /**
     * {@code faktorAbwaerts}: the largest factor below 1 (down to 0) at which the winner changes, {@code faktorAufwaerts}
     * the smallest above 1 (up to 3); {@code null} if the winner holds in that range. {@code faktor} is the one of the
     * two nearer to 1 (the smallest change of the weight). The {@code zuschlag...} fields name who wins just beyond
     * the threshold ({@code null}: lots). {@code exakt}: solved in closed form rather than by search.
     */
    public record Gewichtsschwelle(String kriterium, BigDecimal faktor, String zuschlag,
                                   BigDecimal faktorAbwaerts, String zuschlagAbwaerts,
                                   BigDecimal faktorAufwaerts, String zuschlagAufwaerts, boolean exakt) {
    }

    /** The runner-up ranks first alone at any price up to {@code preis} (whole cents), all else unchanged. */
    public record Preisschwelle(String bieter, BigDecimal preis) {
    }
}
