package de.leverkusen.vergabe.schreiben;

import de.leverkusen.vergabe.verfahren.VergabeService;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the outbox rows of one sender (a process instance's send task), one after the other. Each row is marked
 * sent, with the time the SMTP server accepted it, in a transaction of its own right after the acceptance, so a
 * later failure does not send it again. Between the acceptance and that commit a crash leaves the row unmarked: the
 * next attempt sends the same message again, byte for byte the same content and the same Message-ID (at least once,
 * never a different letter).
 */
@Service
public class PostausgangService {

    /** The SMTP server refused or was unreachable; the message names the recipient and the error (incident in Cockpit). */
    public static class Versandfehler extends RuntimeException {
        Versandfehler(Postausgang p, Exception ursache) {
            super("E-Mail an " + p.getEmpfaenger() + " nicht versandt (" + p.getBetreff() + ", " + p.getMessageId() + "): "
                    + ursache.getMessage(), ursache);
        }

        Versandfehler(String meldung) {
            super(meldung);
        }
    }

    private final PostausgangRepository postausgang;
    private final SchreibenRepository schreiben;
    private final VergabeService vergaben;
    private final ObjectProvider<JavaMailSender> mail;
    private final ObjectProvider<Versandhaken> haken;
    private final Clock clock;
    private final TransactionTemplate eigeneTransaktion;

    public PostausgangService(PostausgangRepository postausgang, SchreibenRepository schreiben, VergabeService vergaben,
                              ObjectProvider<JavaMailSender> mail, ObjectProvider<Versandhaken> haken, Clock clock,
                              PlatformTransactionManager transaktionen) {
        this.postausgang = postausgang;
        this.schreiben = schreiben;
        this.vergaben = vergaben;
        this.mail = mail;
        this.haken = haken;
        this.clock = clock;
        this.eigeneTransaktion = new TransactionTemplate(transaktionen);
        this.eigeneTransaktion.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Sends every pending row of {@code auftrag}; returns how many went out. A failure stops at that row (retry later). */
    public int versenden(String auftrag) {
        List<Postausgang> offen = eigeneTransaktion.execute(s -> postausgang.findByAuftragAndAngenommenAmIsNullOrderById(auftrag));
        if (offen.isEmpty()) {
            return 0;
        }
        JavaMailSender sender = mail.getIfAvailable();
        if (sender == null) {
            throw new Versandfehler("E-Mail an " + offen.get(0).getEmpfaenger() + " nicht versandt: kein Mailserver konfiguriert (spring.mail.host)");
        }
        for (Postausgang p : offen) {
            try {
                sender.send(nachricht(sender, p));
            } catch (MailException | MessagingException e) {
                eigeneTransaktion.executeWithoutResult(s -> postausgang.findById(p.getId()).orElseThrow().fehlgeschlagen(e.toString()));
                throw new Versandfehler(p, e);
            }
            OffsetDateTime angenommen = OffsetDateTime.now(clock);
            haken.ifAvailable(h -> h.angenommen(p));
            eigeneTransaktion.executeWithoutResult(s -> versandt(p.getId(), angenommen));
        }
        return offen.size();
    }

    private void versandt(Long id, OffsetDateTime angenommen) {
        Postausgang p = postausgang.findById(id).orElseThrow();
        p.angenommen(angenommen);
        Schreiben brief = schreiben.findById(p.getSchreibenId()).orElseThrow();
        brief.versandt(angenommen);
        vergaben.vermerk(p.getVergabeId(), null, "Schreiben", p.getBetreff() + " an " + p.getEmpfaenger()
                + " per E-Mail versandt (vom Mailserver angenommen, " + p.getMessageId() + ")");
    }

    /** The stored content with its fixed Message-ID and date, so that every attempt sends the same message. */
    private static MimeMessage nachricht(JavaMailSender sender, Postausgang p) throws MessagingException {
        MimeMessage m = new FesteNachricht(sender.createMimeMessage().getSession(), p.getMessageId());
        MimeMessageHelper h = new MimeMessageHelper(m, false, "UTF-8");
        h.setFrom(p.getAbsender());
        h.setTo(p.getEmpfaenger());
        h.setSubject(p.getBetreff());
        h.setText(p.getText());
        h.setSentDate(Date.from(p.getErstelltAm().toInstant()));
        return m;
    }

    /** JavaMail would give every {@code saveChanges()} a new Message-ID; this one keeps the outbox's. */
    private static final class FesteNachricht extends MimeMessage {
        private final String messageId;

        FesteNachricht(Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }
}
