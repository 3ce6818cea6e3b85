package de.leverkusen.vergabe.prozess.formular;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.context.Context;

/** The forms of a deployment by form id, parsed once per deployment (deployments are immutable). */
public class Formularkatalog {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final Map<String, Map<String, Formularregeln>> jeDeployment = new ConcurrentHashMap<>();

    /** Reads the deployment as the engine, not as the user who submits the form (who needs no deployment rights). */
    public Formularregeln regeln(RepositoryService repository, String processDefinitionId, String formId) {
        return Context.getCommandContext().runWithoutAuthorization(() -> regelnLaden(repository, processDefinitionId, formId));
    }

    private Formularregeln regelnLaden(RepositoryService repository, String processDefinitionId, String formId) {
        String deploymentId = repository.getProcessDefinition(processDefinitionId).getDeploymentId();
        Formularregeln regeln = jeDeployment.computeIfAbsent(deploymentId, id -> laden(repository, id)).get(formId);
        if (regeln == null) {
            throw new IllegalStateException("Formular " + formId + " fehlt im Deployment " + deploymentId);
        }
        return regeln;
    }

    private static Map<String, Formularregeln> laden(RepositoryService repository, String deploymentId) {
        Map<String, Formularregeln> formulare = new HashMap<>();
        for (String name : repository.getDeploymentResourceNames(deploymentId)) {
            if (!name.endsWith(".form")) {
                continue;
            }
            try (InputStream in = repository.getResourceAsStream(deploymentId, name)) {
                JsonNode form = JSON.readTree(in);
                Formularregeln regeln = Formularregeln.aus(form);
                formulare.put(regeln.formId(), regeln);
            } catch (IOException e) {
                throw new UncheckedIOException("Formular " + name + " ist nicht lesbar", e);
            }
        }
        return formulare;
    }
}
