package de.leverkusen.vergabe.cluster;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * A minimal SMTP server on loopback (RFC 5321: HELO/EHLO, MAIL, RCPT, DATA, RSET, NOOP, QUIT; no extensions) that
 * stores every message at the end of DATA and only then asks {@link Annahme} whether to answer {@code 250}. A crash
 * test answers "no" after it killed the sender: the message is stored here, the sender never saw it accepted.
 */
public final class MailserverAttrappe implements AutoCloseable {

    /** One message as it arrived: envelope, the DATA bytes (dot-unstuffed, CRLF line ends) and when it was complete. */
    public record Eingang(String absender, List<String> empfaenger, byte[] daten, Instant vollstaendigAm) {
        public MimeMessage nachricht() {
            try {
                return new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(daten));
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }

        public String betreff() {
            try {
                return nachricht().getSubject();
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** Called with the stored message before the answer; {@code false}: close the connection without answering. */
    @FunctionalInterface
    public interface Annahme {
        boolean beantworten(Eingang eingang);
    }

    private final ServerSocket server;
    private final List<Eingang> eingaenge = new ArrayList<>();
    private volatile Annahme annahme = e -> true;

    public MailserverAttrappe() {
        try {
            server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Thread annehmer = new Thread(this::annehmen, "smtp-attrappe");
        annehmer.setDaemon(true);
        annehmer.start();
    }

    public int port() {
        return server.getLocalPort();
    }

    public void annahme(Annahme a) {
        this.annahme = a;
    }

    /** Every message stored so far, answered or not, in the order of arrival. */
    public synchronized List<Eingang> eingaenge() {
        return List.copyOf(eingaenge);
    }

    private void annehmen() {
        while (!server.isClosed()) {
            try {
                Socket s = server.accept();
                Thread t = new Thread(() -> sitzung(s), "smtp-sitzung");
                t.setDaemon(true);
                t.start();
            } catch (IOException geschlossen) {
                return;
            }
        }
    }

    private void sitzung(Socket socket) {
        try (socket; InputStream ein = new BufferedInputStream(socket.getInputStream()); OutputStream aus = socket.getOutputStream()) {
            antworten(aus, "220 attrappe.localhost ESMTP");
            String absender = null;
            List<String> empfaenger = new ArrayList<>();
            String zeile;
            while ((zeile = zeile(ein)) != null) {
                String befehl = zeile.length() >= 4 ? zeile.substring(0, 4).toUpperCase() : zeile.toUpperCase();
                switch (befehl) {
                    case "HELO", "EHLO" -> antworten(aus, "250 attrappe.localhost");
                    case "MAIL" -> {
                        absender = zeile.substring(zeile.indexOf(':') + 1).trim();
                        empfaenger.clear();
                        antworten(aus, "250 OK");
                    }
                    case "RCPT" -> {
                        empfaenger.add(zeile.substring(zeile.indexOf(':') + 1).trim());
                        antworten(aus, "250 OK");
                    }
                    case "DATA" -> {
                        antworten(aus, "354 End data with <CR><LF>.<CR><LF>");
                        Eingang e = new Eingang(absender, List.copyOf(empfaenger), daten(ein), Instant.now());
                        synchronized (this) {
                            eingaenge.add(e);
                        }
                        if (!annahme.beantworten(e)) {
                            return;
                        }
                        antworten(aus, "250 OK queued");
                    }
                    case "RSET" -> {
                        absender = null;
                        empfaenger.clear();
                        antworten(aus, "250 OK");
                    }
                    case "NOOP" -> antworten(aus, "250 OK");
                    case "QUIT" -> {
                        antworten(aus, "221 Bye");
                        return;
                    }
                    default -> antworten(aus, "502 Command not implemented");
                }
            }
        } catch (IOException verbindungWeg) {
            // the client is gone (killed)
        }
    }

    /** The DATA lines up to the single dot, dot-unstuffed (RFC 5321 4.5.2), with CRLF. */
    private static byte[] daten(InputStream ein) throws IOException {
        ByteArrayOutputStream daten = new ByteArrayOutputStream();
        String zeile;
        while ((zeile = zeile(ein)) != null && !zeile.equals(".")) {
            daten.writeBytes((zeile.startsWith(".") ? zeile.substring(1) : zeile).getBytes(StandardCharsets.ISO_8859_1));
            daten.writeBytes(new byte[] {'\r', '\n'});
        }
        if (zeile == null) {
            throw new IOException("connection closed inside DATA");
        }
        return daten.toByteArray();
    }

    /** One line without its CRLF, bytes kept as ISO-8859-1 chars; null at the end of the stream. */
    private static String zeile(InputStream ein) throws IOException {
        ByteArrayOutputStream z = new ByteArrayOutputStream();
        int b;
        while ((b = ein.read()) != -1) {
            if (b == '\n') {
                byte[] bytes = z.toByteArray();
                int laenge = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
                return new String(bytes, 0, laenge, StandardCharsets.ISO_8859_1);
            }
            z.write(b);
        }
        return null;
    }

    private static void antworten(OutputStream aus, String zeile) throws IOException {
        aus.write((zeile + "\r\n").getBytes(StandardCharsets.US_ASCII));
        aus.flush();
    }

    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
