package de.leverkusen.vergabe.dokumente;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the documents ({@code vergabe.dokumente.*}).
 *
 * @param basisUrl the application's root URL for the ids in the OParl paper; empty: this server on localhost
 */
@ConfigurationProperties("vergabe.dokumente")
public record Dokumenteinstellungen(String basisUrl) {
}
