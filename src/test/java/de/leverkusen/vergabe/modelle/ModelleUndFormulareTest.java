package de.leverkusen.vergabe.modelle;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import de.leverkusen.vergabe.verfahren.Verfahrensart;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The checks of shared/tools/model-lint.py as part of the build: every user task has a form from forms/
 * and someone to do it, every flow node a diagram shape (Cockpit must draw it), every form a user.
 */
class ModelleUndFormulareTest {

    private static final Map<Path, BpmnModelInstance> MODELLE = new HashMap<>();
    private static final Map<String, JsonNode> FORMULARE = new HashMap<>();

    @BeforeAll
    static void laden() throws IOException {
        try (Stream<Path> bpmn = Files.walk(Path.of("bpmn"))) {
            for (Path p : bpmn.filter(f -> f.toString().endsWith(".bpmn")).toList()) {
                MODELLE.put(p, Bpmn.readModelFromFile(p.toFile()));
            }
        }
        try (Stream<Path> forms = Files.walk(Path.of("forms"))) {
            for (Path p : forms.filter(f -> f.toString().endsWith(".form")).toList()) {
                JsonNode form = new ObjectMapper().readTree(p.toFile());
                assertThat(FORMULARE.put(form.path("id").asText(), form)).as("form id of %s is unique", p).isNull();
            }
        }
        assertThat(MODELLE).hasSizeGreaterThanOrEqualTo(4);
    }

    @Test
    void jederBenutzerschrittHatFormularUndZustaendigkeit() {
        List<String> fehler = new ArrayList<>();
        MODELLE.forEach((pfad, modell) -> {
            for (UserTask task : modell.getModelElementsByType(UserTask.class)) {
                String formRef = task.getAttributeValueNs("http://camunda.org/schema/1.0/bpmn", "formRef");
                if (formRef == null || !FORMULARE.containsKey(formRef)) {
                    fehler.add(pfad + ": " + task.getId() + " hat kein Formular in forms/ (" + formRef + ")");
                }
                if (!"deployment".equals(task.getAttributeValueNs("http://camunda.org/schema/1.0/bpmn", "formRefBinding"))) {
                    fehler.add(pfad + ": " + task.getId() + " bindet sein Formular nicht an das Deployment");
                }
                if (task.getCamundaCandidateGroups() == null && task.getCamundaAssignee() == null && task.getCamundaCandidateUsers() == null) {
                    fehler.add(pfad + ": " + task.getId() + " hat weder Kandidatengruppe noch Bearbeiter");
                }
                if (task.getName() == null || task.getName().isBlank()) {
                    fehler.add(pfad + ": " + task.getId() + " hat keinen Namen");
                }
            }
        });
        assertThat(fehler).isEmpty();
    }

    @Test
    void jedesElementHatEineFormImDiagramm() {
        List<String> fehler = new ArrayList<>();
        MODELLE.forEach((pfad, modell) -> {
            Set<String> formen = new HashSet<>();
            modell.getModelElementsByType(BpmnShape.class).forEach(s -> formen.add(s.getBpmnElement().getId()));
            Set<String> kanten = new HashSet<>();
            modell.getModelElementsByType(BpmnEdge.class).forEach(e -> kanten.add(e.getBpmnElement().getId()));
            for (FlowNode knoten : modell.getModelElementsByType(FlowNode.class)) {
                if (!formen.contains(knoten.getId())) {
                    fehler.add(pfad + ": " + knoten.getId() + " hat keine Form im Diagramm");
                }
            }
            for (SequenceFlow fluss : modell.getModelElementsByType(SequenceFlow.class)) {
                if (!kanten.contains(fluss.getId())) {
                    fehler.add(pfad + ": " + fluss.getId() + " hat keine Kante im Diagramm");
                }
            }
        });
        assertThat(fehler).isEmpty();
    }

    @Test
    void jederProzessHatAufbewahrungsfristUndJedesFormularEinenNutzer() {
        Set<String> benutzt = new HashSet<>();
        List<String> fehler = new ArrayList<>();
        MODELLE.forEach((pfad, modell) -> {
            for (Process p : modell.getModelElementsByType(Process.class)) {
                if (p.isExecutable() && p.getCamundaHistoryTimeToLiveString() == null) {
                    fehler.add(pfad + ": " + p.getId() + " ohne historyTimeToLive");
                } else if (p.isExecutable() && java.time.Duration.parse(p.getCamundaHistoryTimeToLiveString()).toDays() < 1096) {
                    // § 8 Abs. 4 VgV: at least three years; three calendar years hold up to 1096 days (one 29 February)
                    fehler.add(pfad + ": " + p.getId() + " historyTimeToLive kürzer als drei Jahre: " + p.getCamundaHistoryTimeToLiveString());
                }
            }
            Collection<UserTask> tasks = modell.getModelElementsByType(UserTask.class);
            tasks.forEach(t -> benutzt.add(t.getAttributeValueNs("http://camunda.org/schema/1.0/bpmn", "formRef")));
            modell.getModelElementsByType(StartEvent.class)
                    .forEach(s -> benutzt.add(s.getAttributeValueNs("http://camunda.org/schema/1.0/bpmn", "formRef")));
        });
        assertThat(fehler).isEmpty();
        assertThat(benutzt).containsAll(FORMULARE.keySet());
    }

    @Test
    void dasStartformularBietetGenauDieDurchgefuehrtenVerfahrensarten() {
        // issue 17: a type the models do not run must not be offered; a type they run must be startable
        JsonNode feld = null;
        for (JsonNode c : FORMULARE.get("vergabe-starten").path("components")) {
            if ("verfahrensart".equals(c.path("key").asText())) {
                feld = c;
            }
        }
        assertThat(feld).as("Feld verfahrensart im Startformular").isNotNull();
        Map<String, String> angeboten = new java.util.LinkedHashMap<>();
        feld.path("values").forEach(v -> angeboten.put(v.path("value").asText(), v.path("label").asText()));
        Map<String, String> durchgefuehrt = new java.util.LinkedHashMap<>();
        Verfahrensart.durchgefuehrte().forEach(a -> durchgefuehrt.put(a.name(), a.text()));
        assertThat(angeboten).containsExactlyEntriesOf(durchgefuehrt);
        assertThat(angeboten).containsKey(feld.path("defaultValue").asText());
    }
}
