package de.leverkusen.vergabe;

import com.icegreen.greenmail.Managers;
import com.icegreen.greenmail.server.AbstractServer;
import com.icegreen.greenmail.server.ProtocolHandler;
import com.icegreen.greenmail.smtp.SmtpServer;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.net.Socket;
import java.net.SocketException;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * A real SMTP server (GreenMail) on a free loopback port for every test context of the profile {@code test}, and the
 * application's mail sender pointed at it. One configuration for all test classes keeps them in one Spring context:
 * the engine REST API finds its engine by the name "default" in a JVM-wide registry, so two web contexts with
 * different properties would see each other's engine.
 * <p>
 * GreenMail writes each line of a multi-line reply (EHLO) with a flush of its own; with Nagle's algorithm on, the
 * second line waits for the client's delayed ACK, so every connection took 65-110 ms on loopback (measured for
 * issue 21; 0.8 ms with TCP_NODELAY), time a real mail server, which sends the reply at once, does not take. The
 * server's sockets therefore send without delay.
 */
@Configuration
@Profile("test")
public class TestMailserver {

    @Bean(initMethod = "start", destroyMethod = "stop")
    public GreenMail greenMail() {
        return new GreenMail(ServerSetupTest.SMTP.dynamicPort()) {
            @Override
            protected Map<String, AbstractServer> createServices(ServerSetup[] config, Managers managers) {
                Map<String, AbstractServer> dienste = super.createServices(config, managers);
                for (ServerSetup setup : config) {
                    if (ServerSetup.PROTOCOL_SMTP.equals(setup.getProtocol())) {
                        dienste.put(setup.getProtocol(), new SmtpServer(setup, managers) {
                            @Override
                            protected ProtocolHandler createProtocolHandler(Socket verbindung) {
                                try {
                                    verbindung.setTcpNoDelay(true);
                                } catch (SocketException e) {
                                    throw new IllegalStateException(e);
                                }
                                return super.createProtocolHandler(verbindung);
                            }
                        });
                    }
                }
                return dienste;
            }
        };
    }

    @Bean
    public JavaMailSender mailSender(GreenMail greenMail) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(greenMail.getSmtp().getPort());
        sender.setDefaultEncoding("UTF-8");
        return sender;
    }
}
