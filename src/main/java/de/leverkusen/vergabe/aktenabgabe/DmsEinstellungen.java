package de.leverkusen.vergabe.aktenabgabe;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the hand-over of the Vergabeakte to the city's DMS ({@code vergabe.dms.*}, docs/vergabeakte-xdomea.md).
 *
 * @param empfaenger the receiving system named in the xdomea message
 * @param ablage     delivery to the DMS drop folder
 */
@ConfigurationProperties("vergabe.dms")
public record DmsEinstellungen(@DefaultValue("Dokumentenmanagement (E-Akte)") String empfaenger, @DefaultValue Ablage ablage) {

    /**
     * @param aktiv       deliver by the scheduled worker; off: the file is only downloadable
     * @param verzeichnis the folder the DMS imports from (must exist)
     * @param intervall   pause between two runs of the worker (read by its {@code @Scheduled} annotation)
     * @param wartezeit   after a failed attempt the next one waits this long
     * @param sperrdauer  a node working on a delivery holds it this long; after a crash another node takes it then
     */
    public record Ablage(@DefaultValue("false") boolean aktiv, @DefaultValue("") String verzeichnis,
                         @DefaultValue("30s") Duration intervall, @DefaultValue("5m") Duration wartezeit,
                         @DefaultValue("10m") Duration sperrdauer) {
    }
}
