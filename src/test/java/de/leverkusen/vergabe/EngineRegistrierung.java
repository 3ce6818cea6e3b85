package de.leverkusen.vergabe;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.support.AbstractTestExecutionListener;

/**
 * Several Spring test contexts with a web server live side by side in the test run (the context cache), each with
 * an engine named "default". The engine REST API and its authentication filter look the engine up by name in the
 * static {@link ProcessEngines} registry, where the context started last wins; a test class that reuses an earlier
 * context would then authenticate against another context's engine (its own controllers see no logged-in user).
 * Before each test class the engine of the class's context is registered again. Registered for all test classes in
 * META-INF/spring.factories.
 */
public class EngineRegistrierung extends AbstractTestExecutionListener {

    @Override
    public void beforeTestClass(TestContext testContext) {
        ApplicationContext context = testContext.getApplicationContext();
        context.getBeanProvider(ProcessEngine.class).ifAvailable(ProcessEngines::registerProcessEngine);
    }

    @Override
    public int getOrder() {
        return 1900;
    }
}
