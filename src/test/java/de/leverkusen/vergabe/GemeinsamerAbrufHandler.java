package de.leverkusen.vergabe;

import org.camunda.bpm.engine.rest.impl.FetchAndLockHandlerImpl;

/**
 * The engine REST API answers the long polls of external task workers (fetchAndLock with asyncResponseTimeout) in one
 * handler per JVM, a static field of FetchAndLockContextListener: the first web context starts it, the first one
 * closed stops it for good (a stopped handler is never replaced). In the test run several web contexts share a JVM
 * and some are closed early (@DirtiesContext, the context cache); after that every long poll that finds no task at
 * once went unanswered, which is why IvlBestellungIntegrationTest's retry cases (a task locked by its retry timeout)
 * hung after the other tests and passed alone. In tests the handler lives as long as the JVM; production has one
 * web context. Registered in META-INF/services of the test resources, which come first on the class path.
 */
public class GemeinsamerAbrufHandler extends FetchAndLockHandlerImpl {

    public GemeinsamerAbrufHandler() {
        handlerThread.setDaemon(true);
    }

    @Override
    public void shutdown() {
        // the JVM ends it: another context of the test run may still rely on it
    }
}
