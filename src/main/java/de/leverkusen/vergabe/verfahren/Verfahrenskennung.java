package de.leverkusen.vergabe.verfahren;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The procedure identifier (eForms BT-04, {@code cbc:ContractFolderID}) of the contract notice that opened the
 * procedure: every later notice of the procedure, the award notice included, must repeat it. eForms requires a
 * random (version 4) UUID in lower case; RFC 4122 UUIDs are case-insensitive, so one typed in upper case is accepted
 * and stored in lower case.
 */
public final class Verfahrenskennung {

    public static final String FELD = "verfahrenskennung";

    /** the eForms SDK's pattern of BT-04-notice (fields.json) */
    private static final Pattern UUID_V4 = Pattern.compile("^[a-f0-9]{8}-[a-f0-9]{4}-4[a-f0-9]{3}-[89ab][a-f0-9]{3}-[a-f0-9]{12}$");

    private Verfahrenskennung() {
    }

    /** The identifier as eForms writes it; a missing or malformed one is an {@link Eingabefehler}. */
    public static String lesen(Object wert) {
        String text = wert == null ? "" : wert.toString().strip().toLowerCase(Locale.ROOT);
        if (text.isEmpty()) {
            throw new Eingabefehler(FELD, "Pflichtfeld fehlt: die Verfahrenskennung (BT-04) aus der Auftragsbekanntmachung");
        }
        if (!UUID_V4.matcher(text).matches()) {
            throw new Eingabefehler(FELD, "keine gültige Verfahrenskennung (BT-04): eForms verlangt eine UUID der Version 4, "
                    + "z. B. 3f2b8c4e-9a1d-4e6f-b7c5-2d8e0a1f4b6c");
        }
        return text;
    }
}
