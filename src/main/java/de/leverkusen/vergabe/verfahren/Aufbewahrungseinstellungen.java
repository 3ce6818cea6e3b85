package de.leverkusen.vergabe.verfahren;

import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the retention of the application's tables ({@code vergabe.aufbewahrung.*}, docs/betrieb.md).
 *
 * @param dauer       a procedure's rows are removed this long after it ended; at least three years (§ 8 Abs. 4 VgV)
 * @param bereinigung when the cleanup runs (Spring cron at Europe/Berlin, read by its {@code @Scheduled} annotation); "-": never
 */
@ConfigurationProperties("vergabe.aufbewahrung")
public record Aufbewahrungseinstellungen(@DefaultValue("P3Y") Period dauer, @DefaultValue("-") String bereinigung) {
}
