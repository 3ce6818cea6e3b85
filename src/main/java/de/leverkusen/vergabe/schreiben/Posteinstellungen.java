package de.leverkusen.vergabe.schreiben;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the letters' dispatch ({@code vergabe.postausgang.*}, documented in application.yaml and docs/postausgang.md).
 *
 * @param wiederholungen waits before each retry of a failed send or document step (comma-separated ISO 8601 durations,
 *                       the engine's retry cycle); after the last one an incident in Cockpit
 */
@ConfigurationProperties("vergabe.postausgang")
public record Posteinstellungen(@DefaultValue("PT1M,PT10M,PT1H,PT6H,PT24H") String wiederholungen) {
}
