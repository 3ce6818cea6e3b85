package de.leverkusen.vergabe.dokumente;

import de.leverkusen.vergabe.verfahren.Ratsbeschluss;
import de.leverkusen.vergabe.wertung.Kriterienkatalog;
import de.leverkusen.vergabe.wertung.Wertungsergebnis;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Everything the generated documents say about one procedure, read from its tables and the engine's history
 * ({@link AktenLeser}). Plain data: the renderers are pure functions of it, so they can be tested with any content
 * (60 criteria, long texts, markup).
 *
 * @param endgueltig the procedure has ended (ABGESCHLOSSEN or AUFGEHOBEN): the Vergabevermerk is final
 * @param wertung    ranking with sensitivity from the submitted sheets; {@code null} before the first sheet
 * @param verlauf    chronological audit trail from the engine's history: who did which step when
 */
public record Akte(
        String businessKey,
        String titel,
        String verfahrensart,
        String verfahrensartBegruendung,
        BigDecimal geschaetzterWert,
        OffsetDateTime angebotsfrist,
        LocalDate praesentationVon,
        LocalDate praesentationBis,
        String status,
        boolean endgueltig,
        OffsetDateTime angelegtAm,
        Oeffnung oeffnung,
        List<Bieter> bieter,
        List<Bewerter> bewerter,
        Kriterienkatalog katalog,
        Wertungsergebnis wertung,
        String konsolidierungsvermerk,
        String zuschlagsbegruendung,
        Zuschlag zuschlag,
        Rat rat,
        String aufhebungsgrund,
        List<Brief> schreiben,
        List<Eintrag> nachpruefung,
        List<Eintrag> laufendeDokumentation,
        List<Schritt> verlauf,
        OffsetDateTime stand,
        Teilnahme teilnahme,
        Verhandlung verhandlung) {

    /**
     * The negotiations (§ 17 Abs. 10-14 VgV): the award on the initial offers with its reasons, or the rounds, the call
     * for final offers (deadline, who was called), their opening and the final offers next to the initial ones.
     */
    public record Verhandlung(String zuschlagAufErstangebote, List<Runde> runden, OffsetDateTime fristEndgueltigeAngebote,
                              Oeffnung oeffnung, List<EndgueltigesAngebot> endgueltigeAngebote) {
    }

    public record Runde(int nummer, List<Gespraech> gespraeche, List<Information> informationen, List<String> ausgeschieden,
                        String reduzierungBegruendung) {
    }

    public record Gespraech(String bieter, LocalDate termin, String anwesende, String protokoll) {
    }

    public record Information(OffsetDateTime am, String anlass, String inhalt, List<String> empfaenger) {
    }

    public record EndgueltigesAngebot(String bieter, BigDecimal erstangebot, BigDecimal endgueltig) {
    }

    public static final String AUFTRAGGEBER = "Stadt Leverkusen";

    /** A procedure without participation competition (open procedure). */
    public Akte(String businessKey, String titel, String verfahrensart, String verfahrensartBegruendung, BigDecimal geschaetzterWert,
                OffsetDateTime angebotsfrist, LocalDate praesentationVon, LocalDate praesentationBis, String status, boolean endgueltig,
                OffsetDateTime angelegtAm, Oeffnung oeffnung, List<Bieter> bieter, List<Bewerter> bewerter, Kriterienkatalog katalog,
                Wertungsergebnis wertung, String konsolidierungsvermerk, String zuschlagsbegruendung, Zuschlag zuschlag, Rat rat,
                String aufhebungsgrund, List<Brief> schreiben, List<Eintrag> nachpruefung, List<Eintrag> laufendeDokumentation,
                List<Schritt> verlauf, OffsetDateTime stand) {
        this(businessKey, titel, verfahrensart, verfahrensartBegruendung, geschaetzterWert, angebotsfrist, praesentationVon, praesentationBis,
                status, endgueltig, angelegtAm, oeffnung, bieter, bewerter, katalog, wertung, konsolidierungsvermerk, zuschlagsbegruendung,
                zuschlag, rat, aufhebungsgrund, schreiben, nachpruefung, laufendeDokumentation, verlauf, stand, null, null);
    }

    /** With a participation competition, without negotiations (restricted procedure, or before them). */
    public Akte(String businessKey, String titel, String verfahrensart, String verfahrensartBegruendung, BigDecimal geschaetzterWert,
                OffsetDateTime angebotsfrist, LocalDate praesentationVon, LocalDate praesentationBis, String status, boolean endgueltig,
                OffsetDateTime angelegtAm, Oeffnung oeffnung, List<Bieter> bieter, List<Bewerter> bewerter, Kriterienkatalog katalog,
                Wertungsergebnis wertung, String konsolidierungsvermerk, String zuschlagsbegruendung, Zuschlag zuschlag, Rat rat,
                String aufhebungsgrund, List<Brief> schreiben, List<Eintrag> nachpruefung, List<Eintrag> laufendeDokumentation,
                List<Schritt> verlauf, OffsetDateTime stand, Teilnahme teilnahme) {
        this(businessKey, titel, verfahrensart, verfahrensartBegruendung, geschaetzterWert, angebotsfrist, praesentationVon, praesentationBis,
                status, endgueltig, angelegtAm, oeffnung, bieter, bewerter, katalog, wertung, konsolidierungsvermerk, zuschlagsbegruendung,
                zuschlag, rat, aufhebungsgrund, schreiben, nachpruefung, laufendeDokumentation, verlauf, stand, teilnahme, null);
    }

    /** With negotiations (a negotiated procedure's documents in tests that need no participation stage). */
    public Akte(String businessKey, String titel, String verfahrensart, String verfahrensartBegruendung, BigDecimal geschaetzterWert,
                OffsetDateTime angebotsfrist, LocalDate praesentationVon, LocalDate praesentationBis, String status, boolean endgueltig,
                OffsetDateTime angelegtAm, Oeffnung oeffnung, List<Bieter> bieter, List<Bewerter> bewerter, Kriterienkatalog katalog,
                Wertungsergebnis wertung, String konsolidierungsvermerk, String zuschlagsbegruendung, Zuschlag zuschlag, Rat rat,
                String aufhebungsgrund, List<Brief> schreiben, List<Eintrag> nachpruefung, List<Eintrag> laufendeDokumentation,
                List<Schritt> verlauf, OffsetDateTime stand, Verhandlung verhandlung) {
        this(businessKey, titel, verfahrensart, verfahrensartBegruendung, geschaetzterWert, angebotsfrist, praesentationVon, praesentationBis,
                status, endgueltig, angelegtAm, oeffnung, bieter, bewerter, katalog, wertung, konsolidierungsvermerk, zuschlagsbegruendung,
                zuschlag, rat, aufhebungsgrund, schreiben, nachpruefung, laufendeDokumentation, verlauf, stand, null, verhandlung);
    }

    /**
     * The participation competition of a restricted or negotiated procedure (§§ 16, 17, 51 VgV): what the notice
     * published, the four-eyes opening of the requests, every candidate with its check and selection, and the selection's
     * record ({@code auswahl}: numbers, limits and reasons; {@code null} before it).
     */
    public record Teilnahme(OffsetDateTime teilnahmefrist, Integer mindestzahl, Integer hoechstzahl, String auswahlkriterien,
                            Oeffnung oeffnung, List<Bewerber> bewerber, String auswahl, OffsetDateTime aufgefordertAm) {
    }

    /**
     * A candidate: {@code status} of the request, points by the selection criteria, the reason told if not invited;
     * {@code nachforderung}: the request for missing documents (§ 56 Abs. 2 VgV) with its outcome, {@code null} without one.
     */
    public record Bewerber(String name, String status, BigDecimal punkte, String pruefvermerk, String auswahlgrund, OffsetDateTime informiertAm,
                           String nachforderung) {
    }

    public record Oeffnung(String erstePerson, String zweitePerson, OffsetDateTime am) {
    }

    /**
     * {@code grund}: why the offer was excluded (§ 57 VgV); {@code null} when admitted. {@code niedrigpreis}: why its
     * price seemed abnormally low, the clarification and the decision (§ 60 VgV); {@code null} when not flagged.
     */
    public record Bieter(Long angebotId, String name, BigDecimal preis, String status, String grund, String niedrigpreis) {
        public Bieter(Long angebotId, String name, BigDecimal preis, String status, String grund) {
            this(angebotId, name, preis, status, grund, null);
        }

        public boolean ausgeschlossen() {
            return "AUSGESCHLOSSEN".equals(status);
        }
    }

    public record Bewerter(String benutzer, String status, String erklaerung, OffsetDateTime erklaertAm) {
        public boolean interessenkonflikt() {
            return "BEFANGEN".equals(status) || "AUSGESCHLOSSEN".equals(status);
        }
    }

    /** The award, once recorded ({@code null} before). */
    public record Zuschlag(String bieter, BigDecimal preis, OffsetDateTime am, String vermerk) {
    }

    /**
     * The council stage. {@code haushaltsmittel}: budget cover as stated with the draft resolution ({@code null}: not
     * stated yet); {@code beschluss}: ZUGESTIMMT, ABGELEHNT, VERTAGT or {@code null}.
     */
    public record Rat(String vorlageNummer, String betreff, Boolean haushaltsmittel, OffsetDateTime vorlageErstelltAm,
                      String beschluss, LocalDate sitzungsdatum) {
        public boolean entschieden() {
            return entschieden(beschluss);
        }

        /** Whether the council's decision (a {@link Ratsbeschluss} name, or {@code null}) approves or rejects. */
        public static boolean entschieden(String beschluss) {
            return Ratsbeschluss.ZUGESTIMMT.name().equals(beschluss) || Ratsbeschluss.ABGELEHNT.name().equals(beschluss);
        }
    }

    public record Brief(String art, String empfaenger, String betreff, String versand, OffsetDateTime versandtAm) {
    }

    public record Eintrag(OffsetDateTime zeitpunkt, String benutzer, String stufe, String text) {
    }

    /** One step of the audit trail; {@code benutzer} is the assignee of a user task, {@code null} for the system. */
    public record Schritt(OffsetDateTime beginn, OffsetDateTime ende, String prozess, String schritt, String art, String benutzer) {
    }

    /** The winner of the ranking ({@code null} while there is none or on a tie left to lots). */
    public Bieter bestbieter() {
        if (wertung == null || wertung.zuschlag() == null) {
            return null;
        }
        return bieter.stream().filter(b -> b.name().equals(wertung.zuschlag())).findFirst().orElse(null);
    }
}
