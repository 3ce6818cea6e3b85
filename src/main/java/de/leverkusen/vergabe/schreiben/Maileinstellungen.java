package de.leverkusen.vergabe.schreiben;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the e-mails to bidders ({@code vergabe.mail.*}; the server itself is {@code spring.mail.*}).
 *
 * @param absender sender address of every letter
 */
@ConfigurationProperties("vergabe.mail")
public record Maileinstellungen(@DefaultValue("vergabestelle@stadt.leverkusen.example") String absender) {
}
