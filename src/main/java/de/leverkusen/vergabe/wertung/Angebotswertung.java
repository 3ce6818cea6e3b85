package de.leverkusen.vergabe.wertung;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * One offer as input of the calculator: price, the consolidated points per B-criterion ({@code punkte}) or the
 * evaluators' sheets ({@code boegen}, their exact mean is used), and the result per A-criterion.
 */
public record Angebotswertung(Long angebotId, String bieter, BigDecimal preis, Map<String, BigDecimal> punkte,
                              List<Map<String, BigDecimal>> boegen, Map<String, Boolean> aKriterien) {
}
