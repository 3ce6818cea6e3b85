package de.leverkusen.vergabe.prozess;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * Which version of a model a running instance follows: procedures started before the outbox (V10) run on models
 * without the asynchronous send tasks, and their delegates then send in the step as before, so that no letter waits
 * for a task that their model does not have.
 */
final class Modellstand {

    private Modellstand() {
    }

    static boolean hat(DelegateExecution execution, String elementId) {
        return execution.getBpmnModelInstance().getModelElementById(elementId) != null;
    }

    static boolean hat(DelegateTask task, String elementId) {
        return task.getBpmnModelElementInstance().getModelInstance().getModelElementById(elementId) != null;
    }
}
