package de.leverkusen.vergabe.dokumente;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Set;
import java.util.TreeSet;

/** Checks OParl objects against the OParl 1.1 schema written for the tests (src/test/resources/oparl). */
public final class OparlSchema {

    private static final JsonNode SCHEMA;

    static {
        try (InputStream ein = OparlSchema.class.getResourceAsStream("/oparl/oparl-1.1.schema.json")) {
            SCHEMA = new ObjectMapper().readTree(ein);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private OparlSchema() {
    }

    /** The violations of {@code objekt} as OParl {@code typ} (Paper, Consultation, File, Organization); empty when valid. */
    public static Set<String> fehler(JsonNode objekt, String typ) {
        ObjectNode wurzel = SCHEMA.deepCopy();
        wurzel.put("$ref", "#/$defs/" + typ);
        SchemaValidatorsConfig konfiguration = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
        JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(wurzel, konfiguration);
        Set<String> fehler = new TreeSet<>();
        for (ValidationMessage m : schema.validate(objekt)) {
            fehler.add(m.getMessage());
        }
        return fehler;
    }

    public static void pruefen(JsonNode objekt, String typ) {
        assertThat(fehler(objekt, typ)).as("OParl-1.1-Schema " + typ + ": " + objekt).isEmpty();
    }
}
