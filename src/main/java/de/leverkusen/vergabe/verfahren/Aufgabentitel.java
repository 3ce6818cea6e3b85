package de.leverkusen.vergabe.verfahren;

/**
 * A task's name as Tasklist shows it: the procedure's file number first ("VG-2021-DMS · Formale Prüfung: …"), so that
 * look-alike tasks of several procedures can be told apart. Where the procedure is named already (the Vergabevermerk,
 * the Cockpit plugin's row) the prefix is left out again.
 */
public final class Aufgabentitel {

    public static final String TRENNER = " · ";

    private Aufgabentitel() {
    }

    public static String mit(String aktenzeichen, String name) {
        String n = name == null ? "" : name;
        return n.startsWith(aktenzeichen + TRENNER) ? n : aktenzeichen + TRENNER + n;
    }

    public static String ohne(String aktenzeichen, String name) {
        return name != null && aktenzeichen != null && name.startsWith(aktenzeichen + TRENNER)
                ? name.substring(aktenzeichen.length() + TRENNER.length()) : name;
    }
}
