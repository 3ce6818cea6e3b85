package de.leverkusen.vergabe.verfahren;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Retention of the procedure's own tables (§ 8 Abs. 4 VgV: the documentation is kept at least three years from the
 * award): a procedure that ended (closed after the award, or cancelled) is removed with all its rows once
 * {@code vergabe.aufbewahrung.dauer} (default P3Y, calendar years at the authority's seat) has passed since its end,
 * the same rule the engine applies to its history (historyTimeToLive from the end of the instance). Procedures that
 * still run are never removed.
 */
@Service
public class Aufbewahrung {

    private static final Logger LOG = LoggerFactory.getLogger(Aufbewahrung.class);

    /**
     * Every table with rows of a procedure, children before parents (the foreign keys). A new table that references
     * vergabe belongs here; AufbewahrungTest fails until it is.
     */
    public static final List<String> TABELLEN = List.of("konsolidierungspunkt", "konsolidierung", "bewertungspunkt",
            "bewertungsbogen", "postausgang", "schreiben", "dokument", "aktenabgabe", "lizenzbestellung", "vermerk", "bewerter", "wertungsgrundlage",
            "instanzbindung", "teilnahmeantrag", "bieterinformation_verhandlung", "verhandlungsgespraech", "verhandlungsrunde",
            "verhandlung", "angebot", "vergabe");
    private static final List<String> LOESCHEN = List.of(
            "delete from konsolidierungspunkt where konsolidierung_id in (select id from konsolidierung where vergabe_id = ?)",
            "delete from konsolidierung where vergabe_id = ?",
            "delete from bewertungspunkt where bogen_id in (select id from bewertungsbogen where vergabe_id = ?)",
            "delete from bewertungsbogen where vergabe_id = ?",
            "delete from postausgang where vergabe_id = ?",
            "delete from schreiben where vergabe_id = ?",
            "delete from dokument where vergabe_id = ?",
            "delete from aktenabgabe where vergabe_id = ?",
            "delete from lizenzbestellung where vergabe_id = ?",
            "delete from vermerk where vergabe_id = ?",
            "delete from bewerter where vergabe_id = ?",
            "delete from wertungsgrundlage where vergabe_id = ?",
            "delete from instanzbindung where vergabe_id = ?",
            "delete from teilnahmeantrag where vergabe_id = ?",
            "delete from bieterinformation_verhandlung where vergabe_id = ?",
            "delete from verhandlungsgespraech where vergabe_id = ?",
            "delete from verhandlungsrunde where vergabe_id = ?",
            "delete from verhandlung where vergabe_id = ?",
            "delete from angebot where vergabe_id = ?",
            "delete from vergabe where id = ?");

    private record Beendet(long id, String businessKey, OffsetDateTime beendetAm) {
    }

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaktion;
    private final Clock clock;
    private final Period dauer;

    public Aufbewahrung(JdbcTemplate jdbc, PlatformTransactionManager transaktionen, Clock clock,
                        Aufbewahrungseinstellungen einstellungen) {
        Period dauer = einstellungen.dauer();
        if (dauer.isNegative() || dauer.toTotalMonths() < 36) {
            throw new IllegalArgumentException("vergabe.aufbewahrung.dauer muss mindestens drei Jahre sein (§ 8 Abs. 4 VgV): " + dauer);
        }
        this.jdbc = jdbc;
        this.transaktion = new TransactionTemplate(transaktionen);
        this.clock = clock;
        this.dauer = dauer;
    }

    /** Until when a procedure that ended at {@code beendetAm} is kept: its end plus the retention period, at the authority's seat. */
    public OffsetDateTime aufbewahrenBis(OffsetDateTime beendetAm) {
        return beendetAm.atZoneSameInstant(clock.getZone()).plus(dauer).toOffsetDateTime();
    }

    /** Removes every procedure whose retention period has passed by now; returns their business keys. */
    public List<String> bereinigen() {
        OffsetDateTime jetzt = OffsetDateTime.now(clock);
        List<Beendet> beendet = jdbc.query("select id, business_key, beendet_am from vergabe where beendet_am is not null",
                (rs, i) -> new Beendet(rs.getLong(1), rs.getString(2), rs.getObject(3, OffsetDateTime.class)));
        List<String> entfernt = new ArrayList<>();
        for (Beendet b : beendet) {
            if (!aufbewahrenBis(b.beendetAm()).isAfter(jetzt)) {
                // one transaction per procedure: a procedure is removed whole or not at all
                transaktion.executeWithoutResult(status -> LOESCHEN.forEach(sql -> jdbc.update(sql, b.id())));
                LOG.info("Aufbewahrungsfrist abgelaufen: Verfahren {} (beendet am {}) mit allen Daten entfernt", b.businessKey(), b.beendetAm());
                entfernt.add(b.businessKey());
            }
        }
        return entfernt;
    }
}
