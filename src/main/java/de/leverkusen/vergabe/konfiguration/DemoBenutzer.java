package de.leverkusen.vergabe.konfiguration;

import de.leverkusen.vergabe.verfahren.Rollen;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Demo users of every role, password "demo" (listed in the README). Never in production. */
@Component
@ConditionalOnProperty(name = "vergabe.demo.benutzer", havingValue = "true")
public class DemoBenutzer {

    public static final String PASSWORT = "demo";

    record Demo(String id, String vorname, String nachname, Rollen rolle) {
    }

    static final List<Demo> BENUTZER = List.of(
            new Demo("admin", "Ada", "Admin", Rollen.ADMIN),
            new Demo("vergabe1", "Vera", "Vergabe", Rollen.VERGABESTELLE),
            new Demo("vergabe2", "Volker", "Vergabe", Rollen.VERGABESTELLE),
            new Demo("bewerter1", "Berta", "Bewerterin (FB 04)", Rollen.BEWERTUNGSKOMMISSION),
            new Demo("bewerter2", "Bernd", "Bewerter (FB 11)", Rollen.BEWERTUNGSKOMMISSION),
            new Demo("bewerter3", "Birgit", "Bewerterin (ivl)", Rollen.BEWERTUNGSKOMMISSION),
            new Demo("projektleitung", "Paula", "Projektleitung", Rollen.PROJEKTLEITUNG),
            new Demo("ratsbuero", "Rainer", "Ratsbüro", Rollen.RATSBUERO),
            new Demo("ivl", "Ines", "ivl", Rollen.IVL));

    private final IdentityService identity;

    public DemoBenutzer(IdentityService identity) {
        this.identity = identity;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(3)
    public void anlegen() {
        for (Demo d : BENUTZER) {
            if (identity.createUserQuery().userId(d.id()).count() > 0) {
                continue;
            }
            User u = identity.newUser(d.id());
            u.setFirstName(d.vorname());
            u.setLastName(d.nachname());
            u.setEmail(d.id() + "@vergabe.leverkusen.example");
            u.setPassword(PASSWORT);
            identity.saveUser(u);
            identity.createMembership(d.id(), d.rolle().gruppe());
        }
    }
}
