package de.leverkusen.vergabe.cluster;

import static de.leverkusen.vergabe.cluster.Verfahrensschritte.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The application is killed (SIGKILL) after the mail server accepted a § 134 letter and before the application
 * marked it sent: the SMTP stand-in stores the second letter at the end of DATA and kills the node before it answers
 * {@code 250}, so the node never learns of the acceptance. After a restart on the same H2 files the job executor
 * sends that one letter again, byte for byte the same message (same Message-ID, Date, subject, body), and nothing
 * else; each outbox row is marked sent once, and the standstill counts from the recorded acceptance.
 */
class PostausgangAbsturzTest {

    private static final String KEY = "VG-ABSTURZ-POST";
    private static final String BETREFF_134 = "Information nach § 134 GWB";
    private static final DateTimeFormatter ZEITSTEMPEL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ");

    @TempDir
    Path daten;

    private Knoten knoten(String name, int smtpPort) {
        return Knoten.aufH2(name, daten, Map.of("spring.mail.host", "127.0.0.1", "spring.mail.port", String.valueOf(smtpPort),
                // the killed node's lock on the send job must run out by the time the new node polls (default five minutes)
                "camunda.bpm.job-execution.lock-time-in-millis", "5000"));
    }

    @Test
    void absturzNachDerAnnahme_nachDemNeustartHoechstensDerselbeBriefNochEinmal_jederEintragEinmalVersandt() throws Exception {
        String instanz;
        try (MailserverAttrappe mailserver = new MailserverAttrappe()) {
            AtomicReference<Knoten> laufend = new AtomicReference<>();
            // the second § 134 letter: stored here, then the node is killed before it hears 250
            mailserver.annahme(eingang -> {
                if (eingang.betreff().startsWith(BETREFF_134) && briefe134(mailserver).size() == 2) {
                    laufend.get().toeten();
                    return false;
                }
                return true;
            });
            Knoten erster = knoten("postabsturz-1", mailserver.port());
            laufend.set(erster);
            try {
                Rest vergabe1 = new Rest(erster.port(), "vergabe1");
                instanz = bisZurBieterinformation(vergabe1, KEY);
                // the release commits and returns; the node's job executor sends the letters one after the other
                vergabe1.erfolgreich(vergabe1.erledigen(aufgaben(vergabe1, KEY, "UserTask_BieterInformieren").get(0), bieterinformation()));
                warteBis("node killed by the mail server at the second letter", Duration.ofSeconds(60), () -> !erster.laeuft());
            } finally {
                erster.close();
            }
            List<MimeMessage> vorDemNeustart = briefe134(mailserver).stream().map(MailserverAttrappe.Eingang::nachricht).toList();
            assertThat(vorDemNeustart).hasSize(2);
            assertThat(messageId(vorDemNeustart.get(0))).isNotEqualTo(messageId(vorDemNeustart.get(1)));
            // what the killed node left on disk: the first letter marked, the second pending (it never heard the 250)
            try (Connection c = h2()) {
                assertThat(postausgang(c)).extracting(Zeile::messageId, z -> z.angenommenAm() != null, Zeile::versuche)
                        .containsExactly(tuple(messageId(vorDemNeustart.get(0)), true, 1), tuple(messageId(vorDemNeustart.get(1)), false, 0));
            }

            // restart on the same files; the mail server now answers every message
            mailserver.annahme(eingang -> true);
            Knoten zweiter = knoten("postabsturz-2", mailserver.port());
            try {
                Rest admin = new Rest(zweiter.port(), "admin");
                // the send job (its lock ran out) is retried by the job executor; when every letter of the round is
                // marked sent the standstill is computed
                warteBis("standstill computed after the restart", Duration.ofSeconds(90),
                        () -> admin.get("/process-instance/" + instanz + "/variables/wartefristLetzterTag").status() == 200);
                assertThat(admin.anzahl("/incident/count?processInstanceId=" + instanz)).isZero();
                String letzterTag = admin.lesen("/process-instance/" + instanz + "/variables/wartefristLetzterTag").path("value").asText();
                JsonNode timer = admin.lesen("/job?processInstanceId=" + instanz + "&activityId=TimerEvent_WartefristAbgelaufen");
                assertThat(timer).hasSize(1);
                String timerFaellig = timer.get(0).path("dueDate").asText();
                // a regular stop, then the rows are read from the files the nodes wrote
                assertThat(zweiter.beenden(Duration.ofSeconds(60))).isIn(0, 143);

                List<MailserverAttrappe.Eingang> briefe = briefe134(mailserver);
                // nothing else arrived: the two letters and the one repeat
                assertThat(mailserver.eingaenge()).hasSize(3);
                assertThat(briefe).hasSize(3);
                MailserverAttrappe.Eingang erster134 = briefe.get(0);
                MailserverAttrappe.Eingang abgebrochen = briefe.get(1);
                MailserverAttrappe.Eingang wiederholt = briefe.get(2);
                // the repeat is the interrupted letter, byte for byte: Message-ID, Date, From, To, Subject, body
                assertThat(wiederholt.daten()).isEqualTo(abgebrochen.daten());
                assertThat(wiederholt.empfaenger()).isEqualTo(abgebrochen.empfaenger());
                MimeMessage w = wiederholt.nachricht();
                MimeMessage a = abgebrochen.nachricht();
                assertThat(messageId(w)).isEqualTo(messageId(a));
                assertThat(w.getHeader("Date")).containsExactly(a.getHeader("Date"));
                assertThat(w.getSubject()).isEqualTo(a.getSubject());
                assertThat(w.getContent()).isEqualTo(a.getContent());
                // the letter accepted and marked before the crash is not sent again
                assertThat(briefe).extracting(e -> messageId(e.nachricht())).filteredOn(messageId(erster134.nachricht())::equals).hasSize(1);
                assertThat(briefe).extracting(e -> e.empfaenger().get(0))
                        .containsOnly("<vergabe@aktenwerk.example>", "<angebote@kommunal-dms.example>");

                try (Connection c = h2()) {
                    List<Zeile> zeilen = postausgang(c);
                    assertThat(zeilen).hasSize(2);
                    assertThat(zeilen).extracting(Zeile::messageId)
                            .containsExactly(messageId(erster134.nachricht()), messageId(a));
                    // each row marked sent once: one accepted attempt, no error, and the letter's dispatch is that time
                    assertThat(zeilen).allSatisfy(z -> {
                        assertThat(z.versuche()).isEqualTo(1);
                        assertThat(z.letzterFehler()).isNull();
                        assertThat(z.angenommenAm()).isNotNull();
                        assertThat(z.versandtAm().toInstant()).isEqualTo(z.angenommenAm().toInstant());
                    });
                    // the interrupted letter's recorded acceptance is the repeat's (after the server had its DATA), not the crashed one's
                    // (the application's clock stores milliseconds)
                    assertThat(zeilen.get(1).angenommenAm().toInstant()).isAfterOrEqualTo(wiederholt.vollstaendigAm().truncatedTo(ChronoUnit.MILLIS));
                    assertThat(zeilen.get(0).angenommenAm().toInstant()).isAfterOrEqualTo(erster134.vollstaendigAm().truncatedTo(ChronoUnit.MILLIS))
                            .isBefore(abgebrochen.vollstaendigAm());
                    assertThat(zahl(c, "select count(*) from vermerk m join vergabe v on v.id = m.vergabe_id "
                            + "where v.business_key = ? and m.text like '%per E-Mail versandt%'")).isEqualTo(2);

                    // the standstill from the recorded dispatch: the later of the two acceptance days D (Berlin) ->
                    // 10 days from D+1 -> last day D+10, award and timer from D+11 (§ 134 Abs. 2 GWB)
                    LocalDate d = zeilen.stream().map(z -> z.angenommenAm().atZoneSameInstant(BERLIN).toLocalDate())
                            .max(LocalDate::compareTo).orElseThrow();
                    assertThat(letzterTag).isEqualTo(d.plusDays(10).toString());
                    assertThat(fruehesterZuschlag(c)).isEqualTo(d.plusDays(11));
                    assertThat(OffsetDateTime.parse(timerFaellig, ZEITSTEMPEL).toInstant())
                            .isEqualTo(d.plusDays(11).atStartOfDay(BERLIN).toInstant());
                }
            } finally {
                zweiter.close();
            }
        }
    }

    /** The nodes' H2 files, opened by the test while no node runs. */
    private Connection h2() throws java.sql.SQLException {
        return DriverManager.getConnection("jdbc:h2:file:" + daten.resolve("vergabe"), "sa", "");
    }

    private static List<MailserverAttrappe.Eingang> briefe134(MailserverAttrappe mailserver) {
        return mailserver.eingaenge().stream().filter(e -> e.betreff().startsWith(BETREFF_134)).toList();
    }

    private static String messageId(MimeMessage m) {
        try {
            return m.getMessageID();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private record Zeile(String messageId, OffsetDateTime angenommenAm, int versuche, String letzterFehler, OffsetDateTime versandtAm) {
    }

    /** The procedure's outbox rows in the order they were written, with their letter's dispatch time. */
    private static List<Zeile> postausgang(Connection c) throws Exception {
        List<Zeile> zeilen = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("select p.message_id, p.angenommen_am, p.versuche, p.letzter_fehler, b.versandt_am "
                + "from postausgang p join schreiben b on b.id = p.schreiben_id join vergabe v on v.id = p.vergabe_id "
                + "where v.business_key = ? order by p.id")) {
            s.setString(1, KEY);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    zeilen.add(new Zeile(r.getString(1), r.getObject(2, OffsetDateTime.class), r.getInt(3), r.getString(4),
                            r.getObject(5, OffsetDateTime.class)));
                }
            }
        }
        return zeilen;
    }

    private static LocalDate fruehesterZuschlag(Connection c) throws Exception {
        try (PreparedStatement s = c.prepareStatement("select fruehester_zuschlag from vergabe where business_key = ?")) {
            s.setString(1, KEY);
            try (ResultSet r = s.executeQuery()) {
                assertThat(r.next()).isTrue();
                return r.getObject(1, LocalDate.class);
            }
        }
    }

    private static long zahl(Connection c, String sql) throws Exception {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, KEY);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }
}
