package de.leverkusen.vergabe.betrieb;

import de.leverkusen.vergabe.verfahren.Aufbewahrung;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Runs the retention cleanup of the application's tables at {@code vergabe.aufbewahrung.bereinigung} (a Spring cron
 * expression at the authority's seat; "-", the default, runs it never; profile prod: daily after the engine's
 * history cleanup window). See docs/betrieb.md.
 */
@Configuration
@EnableScheduling
public class Aufbewahrungsjob {

    private final Aufbewahrung aufbewahrung;

    public Aufbewahrungsjob(Aufbewahrung aufbewahrung) {
        this.aufbewahrung = aufbewahrung;
    }

    @Scheduled(cron = "${vergabe.aufbewahrung.bereinigung:-}", zone = "Europe/Berlin")
    public void bereinigen() {
        aufbewahrung.bereinigen();
    }
}
