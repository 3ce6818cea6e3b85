package de.leverkusen.vergabe.konfiguration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The administrator's account ({@code vergabe.admin.*}; production: {@code VERGABE_ADMIN_PASSWORT}, checked by
 * {@link Einstellungspruefung} before the start).
 *
 * @param passwort the password of the user admin; empty in the demo, whose users come from {@link DemoBenutzer}
 */
@ConfigurationProperties("vergabe.admin")
public record Admineinstellungen(@DefaultValue("") String passwort) {
}
