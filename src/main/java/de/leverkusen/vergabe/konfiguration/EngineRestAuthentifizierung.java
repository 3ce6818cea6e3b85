package de.leverkusen.vergabe.konfiguration;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The engine REST API is open by default. Every call to /engine-rest/* and to the application's procedure API
 * /api/vergaben/*, ivl's API /api/ivl/* and operations' /api/betrieb/* is authenticated with HTTP Basic against
 * the engine's users, so the engine knows who completes a task (four-eyes rules use that). Reading documents
 * (GET /api/vergaben/{key}/dokumente...) also accepts the session of the Camunda webapps, so that a link in a Tasklist
 * form opens without a second login ({@link SitzungOderBasicAuthentifizierung}). The engine list
 * /engine-rest/engine stays open as a version probe (the filter lets requests without an engine name through).
 */
@Configuration
public class EngineRestAuthentifizierung {

    @Bean
    public FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestBasicAuth() {
        FilterRegistrationBean<ProcessEngineAuthenticationFilter> registrierung =
                new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
        registrierung.setName("engine-rest-basic-auth");
        registrierung.addUrlPatterns("/engine-rest/*");
        registrierung.addInitParameter("authentication-provider", HttpBasicAuthenticationProvider.class.getName());
        return registrierung;
    }

    /**
     * The procedure API belongs to this application's engine, whatever its name: the engine REST filter would look
     * for an engine named "default" on paths without /engine/{name}/ and answer 404 when the engine is named otherwise.
     */
    @Bean
    public FilterRegistrationBean<ProcessEngineAuthenticationFilter> vergabeApiBasicAuth(ProcessEngine engine) {
        FilterRegistrationBean<ProcessEngineAuthenticationFilter> registrierung =
                new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter() {
                    @Override
                    protected ProcessEngine getAddressedEngine(String engineName) {
                        return engine;
                    }
                });
        registrierung.setName("vergabe-api-basic-auth");
        registrierung.addUrlPatterns("/api/vergaben/*", "/api/ivl/*", "/api/betrieb/*");
        registrierung.addInitParameter("authentication-provider", SitzungOderBasicAuthentifizierung.class.getName());
        return registrierung;
    }
}
