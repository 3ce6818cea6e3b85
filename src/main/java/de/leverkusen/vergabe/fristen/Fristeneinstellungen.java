package de.leverkusen.vergabe.fristen;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the deadlines ({@code vergabe.fristen.*}, documented in application.yaml and docs/konfiguration.md).
 *
 * @param bundesland               state whose public holidays move VgV deadlines (Jollyday code: nw = North Rhine-Westphalia)
 * @param nachforderungMindesttage a deadline for missing documents (§ 56 VgV) ends at least this many days after the request
 */
@ConfigurationProperties("vergabe.fristen")
public record Fristeneinstellungen(@DefaultValue("nw") String bundesland, @DefaultValue("6") int nachforderungMindesttage) {
}
