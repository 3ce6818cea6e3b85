package de.leverkusen.vergabe.konfiguration;

import de.leverkusen.vergabe.verfahren.Rollen;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.camunda.bpm.engine.impl.util.EncryptionUtil;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Production start-up (profile {@code prod}): the admin's password comes from the configuration, and the
 * application refuses to run while any user still has the demo password. The settings themselves (database, admin
 * password, ivl, mail) are checked before the context is built, by {@link Einstellungspruefung}.
 */
@Component
@Profile("prod")
public class Produktionspruefung {

    public static final String ADMIN = "admin";

    private final IdentityService identity;
    private final ProcessEngineConfigurationImpl engine;
    private final String adminPasswort;

    public Produktionspruefung(ProcessEngine processEngine, Admineinstellungen admin) {
        this.identity = processEngine.getIdentityService();
        this.engine = (ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration();
        this.adminPasswort = admin.passwort();
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(10)
    public void pruefen() {
        // a missing or demo admin password stopped the start already (Einstellungspruefung)
        User admin = identity.createUserQuery().userId(ADMIN).singleResult();
        if (admin == null) {
            admin = identity.newUser(ADMIN);
            admin.setFirstName("Betrieb");
            admin.setLastName("Administration");
        }
        admin.setPassword(adminPasswort);
        identity.saveUser(admin);
        if (identity.createUserQuery().userId(ADMIN).memberOfGroup(Rollen.ADMIN.gruppe()).count() == 0) {
            identity.createMembership(ADMIN, Rollen.ADMIN.gruppe());
        }
        List<String> mitDemoPasswort = identity.createUserQuery().list().stream()
                .filter(u -> hatDemoPasswort((UserEntity) u)).map(User::getId).toList();
        if (!mitDemoPasswort.isEmpty()) {
            throw new IllegalStateException("Start im Profil prod verweigert: diese Benutzer haben noch das Demo-Passwort: "
                    + String.join(", ", mitDemoPasswort));
        }
    }

    /** Compares hashes directly: checkPassword would count a failed login and could lock the user. */
    private boolean hatDemoPasswort(UserEntity benutzer) {
        return benutzer.getPassword() != null && engine.getPasswordManager()
                .check(EncryptionUtil.saltPassword(DemoBenutzer.PASSWORT, benutzer.getSalt()), benutzer.getPassword());
    }
}
