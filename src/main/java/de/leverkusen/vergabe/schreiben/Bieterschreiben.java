package de.leverkusen.vergabe.schreiben;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** The texts of the letters to bidders; pure functions of the procedure's facts. */
public final class Bieterschreiben {

    public record Brief(String betreff, String text) {
    }

    private static final DateTimeFormatter DATUM = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final String GRUSS = "\n\nMit freundlichen Grüßen\nStadt Leverkusen – Vergabestelle";

    private Bieterschreiben() {
    }

    /** § 134 Abs. 1 GWB: name of the winner, reasons for not considering this offer, earliest date of conclusion. */
    public static Brief information134(String titel, String aktenzeichen, String bieter, String zuschlagsempfaenger,
                                       String gruende, LocalDate fruehesterVertragsschluss) {
        return new Brief("Information nach § 134 GWB – " + titel + " (" + aktenzeichen + ")",
                "Sehr geehrte Damen und Herren,\n\n"
                        + "im Vergabeverfahren \"" + titel + "\" (" + aktenzeichen + ") beabsichtigen wir, den Zuschlag auf das Angebot von "
                        + zuschlagsempfaenger + " zu erteilen.\n\n"
                        + "Ihr Angebot (" + bieter + ") kann nicht berücksichtigt werden. Gründe: " + gruende + "\n\n"
                        + "Der Vertrag wird frühestens am " + DATUM.format(fruehesterVertragsschluss) + " geschlossen (§ 134 Abs. 2 GWB)."
                        + GRUSS);
    }

    /**
     * § 134 Abs. 1 GWB, the reasons for a bidder reduced out after negotiation round {@code runde} (§ 17 Abs. 12 VgV): it
     * made no final offer, so no rank of the final offers is its own; {@code mitgeteiltAm}: the day the reduction was
     * notified in text form, {@code null} if it was not.
     */
    public static String gruendeVerringerung(int runde, String begruendung, LocalDate mitgeteiltAm) {
        String gruende = begruendung.strip();
        return "Ihr Angebot wurde nach der Verhandlungsrunde " + runde + " nicht weiter berücksichtigt: die Zahl der Angebote wurde, "
                + "wie in der Auftragsbekanntmachung vorgesehen, anhand der Zuschlagskriterien verringert (§ 17 Abs. 12 VgV). Gründe der "
                + "Verringerung: " + gruende + (gruende.matches(".*[.!?]$") ? "" : ".") + " Zur Abgabe eines endgültigen Angebots wurden Sie "
                + "daher nicht aufgefordert; an der Wertung der endgültigen Angebote nahm Ihr Angebot nicht teil."
                + (mitgeteiltAm == null ? "" : " Die Verringerung wurde Ihnen am " + DATUM.format(mitgeteiltAm) + " in Textform mitgeteilt.");
    }

    /** § 62 Abs. 1 VgV: every bidder learns of the award. */
    public static Brief information62(String titel, String aktenzeichen, String bieter, String zuschlagsempfaenger, LocalDate zuschlagAm) {
        boolean erfolgreich = bieter.equals(zuschlagsempfaenger);
        return new Brief("Information über die Zuschlagserteilung (§ 62 VgV) – " + titel + " (" + aktenzeichen + ")",
                "Sehr geehrte Damen und Herren,\n\n"
                        + "im Vergabeverfahren \"" + titel + "\" (" + aktenzeichen + ") wurde der Zuschlag am " + DATUM.format(zuschlagAm)
                        + (erfolgreich ? " auf Ihr Angebot erteilt." : " auf das Angebot von " + zuschlagsempfaenger + " erteilt.")
                        + GRUSS);
    }

    /** § 56 Abs. 2 VgV: missing company documents, with the deadline for handing them in. */
    public static Brief nachforderung(String titel, String aktenzeichen, String bieter, String unterlagen, LocalDate frist) {
        return nachforderung(titel, aktenzeichen, "Ihrem Angebot (" + bieter + ")", unterlagen, frist,
                "zum Ausschluss des Angebots (§ 57 Abs. 1 Nr. 2 VgV)");
    }

    /** The same request to a candidate about its participation request (§ 56 Abs. 2 VgV in the participation competition). */
    public static Brief nachforderungTeilnahmeantrag(String titel, String aktenzeichen, String bewerber, String unterlagen, LocalDate frist) {
        return nachforderung(titel, aktenzeichen, "Ihrem Teilnahmeantrag (" + bewerber + ")", unterlagen, frist,
                "dazu, dass Ihre Eignung als nicht nachgewiesen gilt und Sie nicht zur Angebotsabgabe aufgefordert werden "
                        + "(§ 57 Abs. 1 Nr. 2 VgV analog)");
    }

    private static Brief nachforderung(String titel, String aktenzeichen, String worin, String unterlagen, LocalDate frist, String folge) {
        return new Brief("Nachforderung von Unterlagen (§ 56 VgV) – " + titel + " (" + aktenzeichen + ")",
                "Sehr geehrte Damen und Herren,\n\n"
                        + "im Vergabeverfahren \"" + titel + "\" (" + aktenzeichen + ") fehlen in " + worin + " folgende Unterlagen:\n"
                        + unterlagen + "\n\n"
                        + "Bitte reichen Sie diese bis zum " + DATUM.format(frist) + " (24:00 Uhr) nach. Unterlagen, die nicht fristgerecht "
                        + "vorliegen, führen " + folge + "."
                        + GRUSS);
    }

    public static Brief aufklaerung60(String titel, String aktenzeichen, String bieter, String befund, String fragen, LocalDate frist) {
        return new Brief("Aufklärung des Angebotspreises (§ 60 VgV) – " + titel + " (" + aktenzeichen + ")",
                "Sehr geehrte Damen und Herren,\n\n"
                        + "im Vergabeverfahren \"" + titel + "\" (" + aktenzeichen + ") erscheint der Preis Ihres Angebots (" + bieter
                        + ") im Verhältnis zu der zu erbringenden Leistung ungewöhnlich niedrig: " + befund + ".\n\n"
                        + "Wir bitten Sie nach § 60 Abs. 1 VgV um Aufklärung in Textform, insbesondere zu folgenden Punkten:\n"
                        + fragen + "\n\n"
                        + "Bitte antworten Sie bis zum " + DATUM.format(frist) + " (24:00 Uhr). Können Sie die geringe Höhe des Preises "
                        + "nicht zufriedenstellend aufklären, darf der Zuschlag auf Ihr Angebot abgelehnt werden (§ 60 Abs. 3 VgV)."
                        + GRUSS);
    }

    /** § 17 Abs. 13 VgV: what one bidder learns in the negotiations, every remaining bidder learns. */
    public static Brief verhandlungsinformation(String titel, String aktenzeichen, int runde, String anlass, String inhalt) {
        return new Brief("Information im Verhandlungsverfahren (§ 17 Abs. 13 VgV) – " + titel + " (" + aktenzeichen + ")",
                "Sehr geehrte Damen und Herren,\n\n"
                        + "im Vergabeverfahren \"" + titel + "\" (" + aktenzeichen + ") erhalten alle noch am Verfahren beteiligten Bieter "
                        + "in der Verhandlungsrunde " + runde + " die folgende Information (" + anlass + "):\n\n" + inhalt
                        + GRUSS);
    }

    /** § 17 Abs. 12 VgV: the bidder leaves the procedure after a round, with the reasons by the award criteria. */
    public static Brief verhandlungAusscheiden(String titel, String aktenzeichen, String bieter, int runde, String begruendung) {
        return new Brief("Verringerung der Zahl der Angebote (§ 17 Abs. 12 VgV) – " + titel + " (" + aktenzeichen + ")",
                "Sehr geehrte Damen und Herren,\n\n"
                        + "im Vergabeverfahren \"" + titel + "\" (" + aktenzeichen + ") wird die Zahl der Angebote nach der Verhandlungsrunde "
                        + runde + ", wie in der Auftragsbekanntmachung vorgesehen, anhand der Zuschlagskriterien verringert. Ihr Angebot ("
                        + bieter + ") wird in den weiteren Verhandlungen nicht berücksichtigt.\n\nGründe: " + begruendung
                        + GRUSS);
    }

    /** § 17 Abs. 14 VgV: the call for final offers with the common deadline; no further negotiation. */
    public static Brief aufforderungEndgueltig(String titel, String aktenzeichen, String bieter, String frist) {
        return new Brief("Aufforderung zur Abgabe des endgültigen Angebots (§ 17 Abs. 14 VgV) – " + titel + " (" + aktenzeichen + ")",
                "Sehr geehrte Damen und Herren,\n\n"
                        + "im Vergabeverfahren \"" + titel + "\" (" + aktenzeichen + ") sind die Verhandlungen abgeschlossen. Wir fordern Sie ("
                        + bieter + ") auf, Ihr endgültiges Angebot bis zum " + frist + " abzugeben. Über die endgültigen Angebote wird nicht "
                        + "mehr verhandelt; Mindestanforderungen und Zuschlagskriterien sind unverändert."
                        + GRUSS);
    }

    public static Brief aufhebung63(String titel, String aktenzeichen, String grund, String begruendung) {
        return new Brief("Aufhebung des Vergabeverfahrens (§ 63 VgV) – " + titel + " (" + aktenzeichen + ")",
                "Sehr geehrte Damen und Herren,\n\n"
                        + "das Vergabeverfahren \"" + titel + "\" (" + aktenzeichen + ") wird ohne Zuschlag aufgehoben.\n\n"
                        + "Grund: " + grund + ".\n"
                        + "Begründung: " + begruendung + "\n\n"
                        + "Wir unterrichten Sie hiermit nach § 63 Abs. 2 VgV. Auf Antrag teilen wir Ihnen die Gründe ausführlicher in "
                        + "Textform mit."
                        + GRUSS);
    }

    /**
     * § 51 VgV with § 134 Abs. 1 Satz 2 GWB: a candidate not invited to tender learns it now, with the reason; it gets
     * no § 134 letter later.
     */
    public static Brief nichtAufgefordert(String titel, String aktenzeichen, String bewerber, String grund) {
        return new Brief("Ihr Teilnahmeantrag – " + titel + " (" + aktenzeichen + ")",
                "Sehr geehrte Damen und Herren,\n\n"
                        + "im Vergabeverfahren \"" + titel + "\" (" + aktenzeichen + ") können wir Sie (" + bewerber
                        + ") nicht zur Abgabe eines Angebots auffordern. Grund: " + grund + ".\n\n"
                        + "Sie erhalten hiermit die Information über die Nichtberücksichtigung Ihrer Bewerbung (§ 134 Abs. 1 Satz 2 GWB)."
                        + GRUSS);
    }

    /** § 52 VgV: the invitation to tender, with the offer deadline. */
    public static Brief aufforderung(String titel, String aktenzeichen, String bewerber, String angebotsfrist) {
        return new Brief("Aufforderung zur Angebotsabgabe (§ 52 VgV) – " + titel + " (" + aktenzeichen + ")",
                "Sehr geehrte Damen und Herren,\n\n"
                        + "im Vergabeverfahren \"" + titel + "\" (" + aktenzeichen + ") fordern wir Sie (" + bewerber
                        + ") auf, ein Angebot abzugeben. Die Angebotsfrist endet am " + angebotsfrist + ". Die Vergabeunterlagen stehen "
                        + "unverändert unter der in der Auftragsbekanntmachung genannten Adresse bereit."
                        + GRUSS);
    }
}
