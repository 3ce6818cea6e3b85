package de.leverkusen.vergabe.konfiguration;

import de.leverkusen.vergabe.lizenz.ivl.IvlEigenschaften;
import de.leverkusen.vergabe.verfahren.Rollen;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The engine user of the ivl worker (default {@code ivl-worker}, in no group): created on start and given the password
 * {@code vergabe.ivl.worker.passwort} on every start, so a changed password takes effect with the next start. Without a
 * password no user is created, and a worker that should run inside the application refuses to start.
 */
@Component
public class IvlWorkerBenutzer {

    private final IdentityService identity;
    private final IvlEigenschaften eigenschaften;

    public IvlWorkerBenutzer(IdentityService identity, IvlEigenschaften eigenschaften) {
        this.identity = identity;
        this.eigenschaften = eigenschaften;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(5)
    public void anlegen() {
        IvlEigenschaften.Worker worker = eigenschaften.worker();
        if (worker.passwort() == null || worker.passwort().isBlank()) {
            if (worker.enabled()) {
                throw new IllegalStateException("Start verweigert: vergabe.ivl.worker.passwort ist nicht gesetzt "
                        + "(z. B. Umgebungsvariable VERGABE_IVL_WORKER_PASSWORT), der ivl-Worker kann sich nicht anmelden");
            }
            return;
        }
        User benutzer = identity.createUserQuery().userId(worker.benutzer()).singleResult();
        if (benutzer == null) {
            benutzer = identity.newUser(worker.benutzer());
            benutzer.setFirstName("ivl-Worker");
            benutzer.setLastName("Lizenzbestellung (technisch)");
        }
        benutzer.setPassword(worker.passwort());
        identity.saveUser(benutzer);
        // the worker is the city's transport, not one of ivl's users: its rights are its own (IvlZugriff), and it is
        // no longer a member of group ivl (earlier versions made it one)
        if (identity.createUserQuery().userId(worker.benutzer()).memberOfGroup(Rollen.IVL.gruppe()).count() != 0) {
            identity.deleteMembership(worker.benutzer(), Rollen.IVL.gruppe());
        }
    }
}
