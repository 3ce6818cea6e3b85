package de.leverkusen.vergabe.verfahren;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A read-only table for a Camunda Form: form-js 1.8 has no table component, its text component renders Markdown
 * (GitHub tables), so the server writes the table and the form shows it with {@code {{variable}}}. Cells are plain
 * text: a "|" or a line break of a user's text cannot break the table, markup is escaped.
 */
public final class Markdowntabelle {

    private final List<String> kopf;
    private final List<List<String>> zeilen = new ArrayList<>();

    public Markdowntabelle(String... kopf) {
        this.kopf = List.of(kopf);
    }

    public Markdowntabelle zeile(String... zellen) {
        if (zellen.length != kopf.size()) {
            throw new IllegalArgumentException(zellen.length + " Zellen für " + kopf.size() + " Spalten");
        }
        zeilen.add(List.of(zellen));
        return this;
    }

    public boolean leer() {
        return zeilen.isEmpty();
    }

    public String text() {
        StringBuilder t = new StringBuilder();
        zeile(t, kopf);
        t.append('|').append("---|".repeat(kopf.size())).append('\n');
        zeilen.forEach(z -> zeile(t, z));
        return t.toString();
    }

    private static void zeile(StringBuilder t, List<String> zellen) {
        t.append('|');
        zellen.forEach(z -> t.append(' ').append(zelle(z)).append(" |"));
        t.append('\n');
    }

    /** One line of plain text: no cell separator, no line break, no markup. */
    public static String zelle(String text) {
        if (text == null || text.isBlank()) {
            return "–";
        }
        return text.strip().replaceAll("\\s*\\R\\s*", " ").replace("\\", "\\\\").replace("|", "\\|")
                .replace("<", "&lt;").replace(">", "&gt;").replace("*", "\\*").replace("_", "\\_");
    }

    /** 1.250.000,00 EUR */
    public static String euro(BigDecimal betrag) {
        if (betrag == null) {
            return "–";
        }
        DecimalFormat f = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.GERMANY));
        return f.format(betrag.setScale(2, RoundingMode.HALF_UP)) + " EUR";
    }

    /** German decimal comma, at most two decimals, no trailing zeros: 7,5 / 8 / 0,0016626214 stays exact */
    public static String zahl(BigDecimal zahl) {
        if (zahl == null) {
            return "–";
        }
        DecimalFormat f = new DecimalFormat("#,##0.##########", DecimalFormatSymbols.getInstance(Locale.GERMANY));
        return f.format(zahl);
    }
}
