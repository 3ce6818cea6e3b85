package de.leverkusen.vergabe.dokumente;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the documents read from the process engine's history of a procedure (every process instance with its business
 * key). Read for the procedure, not with the caller's rights: who may have which document is decided before.
 * Implemented by the process adapter, so the documents know no engine.
 */
public interface Prozessverlauf {

    /** A step worth a line in the audit trail (no gateways, no scopes), named as the person saw it. */
    record Schritt(OffsetDateTime beginn, OffsetDateTime ende, String prozess, String name, String typ, String benutzer,
                   String element) {
    }

    /** One value that a variable took, when. */
    record Aenderung(String name, Object wert, OffsetDateTime zeit) {
    }

    /** One entry of the engine's user operation log: who claimed, completed, changed or intervened. */
    record Bedienung(OffsetDateTime zeitpunkt, String benutzer, String vorgang, String objekt, String eigenschaft, String alt,
                     String neu, String bemerkung) {
    }

    List<Schritt> schritte(String businessKey);

    /** The values of the named variables (the texts the documents quote); a name without value is missing. */
    Map<String, Object> werte(String businessKey, Set<String> namen);

    /** Every update of the variables whose names start with {@code praefix}. */
    List<Aenderung> aenderungen(String businessKey, String praefix);

    /** The user operation log, oldest first. */
    List<Bedienung> bedienungen(String businessKey);
}
