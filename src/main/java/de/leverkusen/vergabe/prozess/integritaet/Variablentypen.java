package de.leverkusen.vergabe.prozess.integritaet;

import java.util.List;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.impl.variable.serializer.TypedValueSerializer;
import org.camunda.bpm.engine.impl.variable.serializer.VariableSerializerFactory;
import org.camunda.bpm.engine.impl.variable.serializer.VariableSerializers;
import org.camunda.bpm.engine.variable.type.ValueType;
import org.camunda.bpm.engine.variable.value.ObjectValue;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.TypedValue;

/**
 * The engine's serializers, with one rule in front: no serialized object value is accepted, whatever its class or
 * format, and a Java object is stored only if its class is one the procedure needs ({@link #ERLAUBT}). Serialized
 * values are how a deserialization attack comes in: the REST API can only send an object as its serialized form, so
 * every object from outside is refused here, on every path (forms, REST variable calls, messages, external tasks).
 * The only object variable of the procedure is the engine's own: the result of the suitability decision
 * ({@code eignungsergebnis}, a {@code java.util.HashMap} of the decision's outputs). Transient values (the engine's
 * {@code decisionResult}) are never stored and pass. Reading stored values is guarded by the engine's deserialization
 * type validation with the same classes ({@link #erlaubt(String)}).
 */
class Variablentypen implements VariableSerializers {

    /** A variable value of a type the procedure does not accept; the REST API answers 400. */
    static class UnzulaessigerVariablentyp extends BadUserRequestException {
        UnzulaessigerVariablentyp(String message) {
            super(message);
        }
    }

    /** the classes an object variable of the procedure may have, and that the engine may deserialize */
    static final java.util.Set<String> ERLAUBT = java.util.Set.of("java.util.HashMap", "java.lang.Object");

    private final VariableSerializers serializers;

    /** For the engine's deserialization type validation: only the classes in {@link #ERLAUBT}. */
    static boolean erlaubt(String klasse) {
        return ERLAUBT.contains(klasse);
    }

    Variablentypen(VariableSerializers serializers) {
        this.serializers = serializers;
    }

    @Override
    @SuppressWarnings("rawtypes")
    public TypedValueSerializer findSerializerForValue(TypedValue value, VariableSerializerFactory fallBackSerializerFactory) {
        pruefen(value);
        TypedValueSerializer<?> serializer = serializers.findSerializerForValue(value, fallBackSerializerFactory);
        if (serializer != null && ValueType.OBJECT.equals(serializer.getType()) && !value.isTransient()
                && (value.getValue() == null || !ERLAUBT.contains(value.getValue().getClass().getName()))) {
            throw verweigert(value);
        }
        return serializer;
    }

    @Override
    @SuppressWarnings("rawtypes")
    public TypedValueSerializer findSerializerForValue(TypedValue value) {
        return findSerializerForValue(value, null);
    }

    private static void pruefen(TypedValue value) {
        if (value instanceof SerializableValue s && ValueType.OBJECT.equals(value.getType()) && !s.isDeserialized()) {
            throw verweigert(value);
        }
    }

    private static UnzulaessigerVariablentyp verweigert(TypedValue value) {
        String klasse = value instanceof ObjectValue o && o.getObjectTypeName() != null ? o.getObjectTypeName()
                : value != null && value.getValue() != null ? value.getValue().getClass().getName() : "?";
        String format = value instanceof SerializableValue s && s.getSerializationDataFormat() != null
                ? ", Format " + s.getSerializationDataFormat() : "";
        return new UnzulaessigerVariablentyp("Variablentyp 'Object' (Java-Klasse " + klasse + format + ") wird nicht angenommen: "
                + "erlaubt sind Text, Zahl, Datum, Wahrheitswert und JSON");
    }

    @Override
    public TypedValueSerializer<?> getSerializerByName(String serializerName) {
        return serializers.getSerializerByName(serializerName);
    }

    @Override
    public VariableSerializers addSerializer(TypedValueSerializer<?> serializer) {
        serializers.addSerializer(serializer);
        return this;
    }

    @Override
    public VariableSerializers addSerializer(TypedValueSerializer<?> serializer, int index) {
        serializers.addSerializer(serializer, index);
        return this;
    }

    @Override
    public VariableSerializers removeSerializer(TypedValueSerializer<?> serializer) {
        serializers.removeSerializer(serializer);
        return this;
    }

    @Override
    public int getSerializerIndex(TypedValueSerializer<?> serializer) {
        return serializers.getSerializerIndex(serializer);
    }

    @Override
    public int getSerializerIndexByName(String serializerName) {
        return serializers.getSerializerIndexByName(serializerName);
    }

    @Override
    public VariableSerializers join(VariableSerializers other) {
        return new Variablentypen(serializers.join(other));
    }

    @Override
    public List<TypedValueSerializer<?>> getSerializers() {
        return serializers.getSerializers();
    }
}
