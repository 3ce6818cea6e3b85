package de.leverkusen.vergabe.prozess.integritaet;

import de.leverkusen.vergabe.lizenz.ivl.IvlEigenschaften;
import de.leverkusen.vergabe.verfahren.VergabeService;
import java.util.ArrayList;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The procedure's law holds against the engine's own features:
 * <ul>
 *   <li>{@link Modellschutz}: modification, start at a later activity, restart and migration only by operations, and
 *       then in the running record; the ivl worker's user only works its external tasks;</li>
 *   <li>no Java serialization, no serialized object values from anybody, no Java objects of classes the procedure
 *       does not need ({@link Variablentypen}), and the engine's deserialization type validation on with only those
 *       classes allowed, for values that are already stored.</li>
 * </ul>
 */
@Component
public class IntegritaetPlugin extends AbstractProcessEnginePlugin {

    private final ObjectProvider<VergabeService> vergaben;
    private final String workerBenutzer;

    public IntegritaetPlugin(ObjectProvider<VergabeService> vergaben,
                             IvlEigenschaften ivl) {
        this.vergaben = vergaben;
        this.workerBenutzer = ivl.worker().benutzer();
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        Modellschutz schutz = new Modellschutz(workerBenutzer,
                (businessKey, eingriff) -> vergaben.getObject().betriebseingriff(businessKey, eingriff.benutzer(), eingriff.beschreibung()));
        // after the command context is opened: the check reads the authentication, the record joins the transaction
        if (configuration.getCustomPostCommandInterceptorsTxRequired() == null) {
            configuration.setCustomPostCommandInterceptorsTxRequired(new ArrayList<>());
        }
        configuration.getCustomPostCommandInterceptorsTxRequired().add(schutz);
        if (configuration.getCustomPostCommandInterceptorsTxRequiresNew() == null) {
            configuration.setCustomPostCommandInterceptorsTxRequiresNew(new ArrayList<>());
        }
        configuration.getCustomPostCommandInterceptorsTxRequiresNew().add(schutz);
        configuration.setJavaSerializationFormatEnabled(false);
        configuration.setDeserializationTypeValidationEnabled(true);
        configuration.setDeserializationTypeValidator(Variablentypen::erlaubt);
    }

    @Override
    public void postInit(ProcessEngineConfigurationImpl configuration) {
        // other plugins (Spin) add their serializers to the engine's list after this; the wrapper passes them through
        configuration.setVariableTypes(new Variablentypen(configuration.getVariableSerializers()));
    }
}
