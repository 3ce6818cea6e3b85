package de.leverkusen.vergabe.lizenz;

import java.math.BigDecimal;

/**
 * The order as ivl receives it (JSON body of POST to {@code vergabe.ivl.url}); the contract is
 * docs/ivl-bestellung.openapi.yaml. Dates as ISO strings (yyyy-MM-dd), the price in EUR net.
 */
public record Lizenzbestellauftrag(
        String bestellnummer,
        String aktenzeichen,
        String titel,
        String loiReferenz,
        String vorlageNummer,
        String ratsbeschlussDatum,
        String auftragnehmer,
        String lizenzart,
        int anzahlLizenzen,
        BigDecimal preisNetto,
        String waehrung,
        String kostenstelle,
        String liefertermin) {
}
