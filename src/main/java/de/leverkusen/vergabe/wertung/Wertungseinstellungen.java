package de.leverkusen.vergabe.wertung;

import java.math.BigDecimal;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the evaluation ({@code vergabe.wertung.*}, documented in application.yaml and docs/konfiguration.md).
 *
 * @param katalog      criteria catalogue copied into every new procedure and frozen there
 * @param streuung     consolidation flags a criterion whose points lie further apart than this share of the scale's width
 * @param niedrigpreis when an admitted offer's price seems abnormally low (§ 60 VgV)
 */
@ConfigurationProperties("vergabe.wertung")
public record Wertungseinstellungen(@DefaultValue("classpath:kataloge/dms-leverkusen.json") String katalog,
                                    @DefaultValue("0.30") BigDecimal streuung, @DefaultValue Niedrigpreis niedrigpreis) {

    /**
     * @param abstandNaechstes more than this share below the next higher admitted price (review chambers' usual trigger about 20 %)
     * @param abstandSchaetzung more than this share below the estimated value
     */
    public record Niedrigpreis(@DefaultValue("0.20") BigDecimal abstandNaechstes, @DefaultValue("0.30") BigDecimal abstandSchaetzung) {
    }
}
