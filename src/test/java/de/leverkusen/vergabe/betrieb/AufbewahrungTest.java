package de.leverkusen.vergabe.betrieb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.leverkusen.vergabe.prozess.Ausschreibungslauf;
import de.leverkusen.vergabe.verfahren.Aufbewahrung;
import de.leverkusen.vergabe.verfahren.Aufbewahrungseinstellungen;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.Period;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Retention of the application's tables (issue 19, item 5): a closed procedure is removed with all its rows once
 * the retention period (P3Y) has passed since its end, not a second earlier; a running procedure never. The context
 * is discarded afterwards: the cleanup in 2099 removes every ended procedure of the context, also other classes'.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class AufbewahrungTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    Aufbewahrung aufbewahrung;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DataSource datenquelle;

    @AfterEach
    void uhrZurueck() {
        ClockUtil.reset();
    }

    /** Rows of the procedure in each table of {@link Aufbewahrung#TABELLEN}. */
    private Map<String, Integer> zeilen(String bk) {
        Long id = jdbc.queryForObject("select coalesce(max(id), -1) from vergabe where business_key = ?", Long.class, bk);
        Map<String, Integer> z = new LinkedHashMap<>();
        z.put("vergabe", jdbc.queryForObject("select count(*) from vergabe where id = ?", Integer.class, id));
        z.put("konsolidierungspunkt", jdbc.queryForObject("select count(*) from konsolidierungspunkt where konsolidierung_id in "
                + "(select id from konsolidierung where vergabe_id = ?)", Integer.class, id));
        z.put("bewertungspunkt", jdbc.queryForObject("select count(*) from bewertungspunkt where bogen_id in "
                + "(select id from bewertungsbogen where vergabe_id = ?)", Integer.class, id));
        for (String t : Aufbewahrung.TABELLEN) {
            if (!z.containsKey(t)) {
                z.put(t, jdbc.queryForObject("select count(*) from " + t + " where vergabe_id = ?", Integer.class, id));
            }
        }
        return z;
    }

    @Test
    void einAbgeschlossenesVerfahrenWirdDreiJahreNachSeinemEndeEntferntEinLaufendesNie() {
        Ausschreibungslauf lauf = new Ausschreibungslauf(engine);
        // a negotiated procedure, so that the tables of the negotiations (issue 17) hold rows too
        lauf.bisZurVerhandlung("VG-AUFBEWAHRUNG-ALT", Ausschreibungslauf.verhandlungsverfahren());
        lauf.fortsetzen("VG-AUFBEWAHRUNG-ALT");
        lauf.starten("VG-AUFBEWAHRUNG-LAUFEND");
        // closing the Vergabevermerk records the end
        assertThat(jdbc.queryForObject("select beendet_am from vergabe where business_key = 'VG-AUFBEWAHRUNG-ALT'",
                OffsetDateTime.class)).isNotNull();
        // the open procedure has no participation requests: one as a restricted procedure's would be (issue 17)
        jdbc.update("insert into teilnahmeantrag (vergabe_id, bewerber_name, bewerber_email, status) select id, 'Archiva Kommunalsoftware GmbH', "
                + "'angebot@archiva.example', 'NICHT_AUFGEFORDERT' from vergabe where business_key = 'VG-AUFBEWAHRUNG-ALT'");
        // every table holds rows of it (consolidation points only for criteria with deviations: none on this path)
        assertThat(zeilen("VG-AUFBEWAHRUNG-ALT")).allSatisfy((tabelle, anzahl) ->
                assertThat(anzahl).as(tabelle).isGreaterThanOrEqualTo(tabelle.equals("konsolidierungspunkt") ? 0 : 1));
        Map<String, Integer> vorher = zeilen("VG-AUFBEWAHRUNG-ALT");
        Map<String, Integer> laufend = zeilen("VG-AUFBEWAHRUNG-LAUFEND");

        // the hand-worked date: closed on Tuesday 15.03.2022, 10:00 CET; P3Y -> 15.03.2025, 10:00 (still CET, summer
        // time starts on 30.03.2025). (P1095D would end a day earlier, on 14.03.2025: 29.02.2024 lies in between.)
        jdbc.update("update vergabe set beendet_am = ? where business_key = 'VG-AUFBEWAHRUNG-ALT'",
                OffsetDateTime.parse("2022-03-15T10:00:00+01:00"));
        assertThat(aufbewahrung.aufbewahrenBis(OffsetDateTime.parse("2022-03-15T10:00:00+01:00")))
                .isEqualTo(OffsetDateTime.parse("2025-03-15T10:00:00+01:00"));

        ClockUtil.setCurrentTime(java.util.Date.from(OffsetDateTime.parse("2025-03-15T09:59:59+01:00").toInstant()));
        assertThat(aufbewahrung.bereinigen()).doesNotContain("VG-AUFBEWAHRUNG-ALT", "VG-AUFBEWAHRUNG-LAUFEND");
        assertThat(zeilen("VG-AUFBEWAHRUNG-ALT")).isEqualTo(vorher);

        ClockUtil.setCurrentTime(java.util.Date.from(OffsetDateTime.parse("2025-03-15T10:00:00+01:00").toInstant()));
        assertThat(aufbewahrung.bereinigen()).contains("VG-AUFBEWAHRUNG-ALT").doesNotContain("VG-AUFBEWAHRUNG-LAUFEND");
        assertThat(zeilen("VG-AUFBEWAHRUNG-ALT")).allSatisfy((tabelle, anzahl) -> assertThat(anzahl).as(tabelle).isZero());
        assertThat(zeilen("VG-AUFBEWAHRUNG-LAUFEND")).isEqualTo(laufend);

        // far in the future the running procedure is still kept
        ClockUtil.setCurrentTime(java.util.Date.from(OffsetDateTime.parse("2099-01-01T00:00:00+01:00").toInstant()));
        assertThat(aufbewahrung.bereinigen()).doesNotContain("VG-AUFBEWAHRUNG-LAUFEND");
        assertThat(zeilen("VG-AUFBEWAHRUNG-LAUFEND")).isEqualTo(laufend);
    }

    @Test
    void jedeTabelleMitZeilenEinesVerfahrensWirdBereinigt() throws Exception {
        // every table that references vergabe, directly or through another table, by a foreign key
        Set<String> abhaengig = new TreeSet<>();
        try (var verbindung = datenquelle.getConnection()) {
            DatabaseMetaData meta = verbindung.getMetaData();
            Deque<String> offen = new ArrayDeque<>(java.util.List.of("VERGABE"));
            while (!offen.isEmpty()) {
                try (ResultSet fk = meta.getExportedKeys(null, null, offen.pop())) {
                    while (fk.next()) {
                        String tabelle = fk.getString("FKTABLE_NAME");
                        if (abhaengig.add(tabelle.toLowerCase())) {
                            offen.push(tabelle);
                        }
                    }
                }
            }
        }
        assertThat(abhaengig).isNotEmpty();
        assertThat(Aufbewahrung.TABELLEN).as("Aufbewahrung.TABELLEN").containsAll(abhaengig).contains("vergabe");
    }

    @Test
    void kuerzerAlsDreiJahreWirdNichtAngenommen(@Autowired PlatformTransactionManager tx, @Autowired Clock clock) {
        // 1095 days are not always three years (see above), and P2Y11M are not
        for (Period zuKurz : java.util.List.of(Period.ofDays(1095), Period.of(2, 11, 30))) {
            assertThatThrownBy(() -> new Aufbewahrung(jdbc, tx, clock, new Aufbewahrungseinstellungen(zuKurz, "-")))
                    .hasMessageContaining("vergabe.aufbewahrung.dauer muss mindestens drei Jahre sein");
        }
    }
}
