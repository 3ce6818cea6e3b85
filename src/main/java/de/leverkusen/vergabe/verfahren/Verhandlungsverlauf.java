package de.leverkusen.vergabe.verfahren;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The negotiations of a negotiated procedure (§ 17 Abs. 10-14 VgV), from the initial offers to the call for final
 * offers, as the rules allow them:
 * <ul>
 *   <li>the award on the initial offers without negotiation only if the notice reserved it (§ 17 Abs. 11 VgV);</li>
 *   <li>per round a meeting with every bidder still in the procedure, with attendees and minutes;</li>
 *   <li>information given to one bidder goes to every remaining bidder (§ 17 Abs. 13 VgV);</li>
 *   <li>bidders are reduced between rounds only if the notice said so, with reasons by the award criteria
 *       (§ 17 Abs. 12 VgV); at least one bidder stays;</li>
 *   <li>the call for final offers ends the negotiations: nothing is negotiated afterwards (§ 17 Abs. 14 VgV).</li>
 * </ul>
 * Minimum requirements and award criteria are not part of this: they stay the frozen evaluation basis.
 */
public final class Verhandlungsverlauf {

    /** What the contract notice reserved (§ 17 Abs. 11, 12 VgV). */
    public record Vorbehalte(boolean zuschlagAufErstangebote, boolean reduzierungInPhasen) {
    }

    public record Gespraech(String bieter, List<String> anwesende, String protokoll) {
    }

    /** Information sent, and to whom: every bidder still in the procedure when it was sent. */
    public record Information(String anlass, String inhalt, List<String> empfaenger) {
    }

    public record Reduzierung(List<String> ausgeschieden, String begruendung) {
    }

    public static final class Runde {
        private final int nummer;
        private final Map<String, Gespraech> gespraeche = new LinkedHashMap<>();
        private final List<Information> informationen = new ArrayList<>();
        private Reduzierung reduzierung;

        private Runde(int nummer) {
            this.nummer = nummer;
        }

        public int nummer() { return nummer; }
        public List<Gespraech> gespraeche() { return List.copyOf(gespraeche.values()); }
        public List<Information> informationen() { return List.copyOf(informationen); }
        /** {@code null} if no bidder left the procedure after this round. */
        public Reduzierung reduzierung() { return reduzierung; }
    }

    private final Vorbehalte vorbehalte;
    private final Set<String> verbleibend;
    private final List<Runde> runden = new ArrayList<>();
    private String zuschlagAufErstangeboteBegruendung;
    private OffsetDateTime frist;

    private Verhandlungsverlauf(Vorbehalte vorbehalte, List<String> bieterMitErstangebot) {
        this.vorbehalte = Objects.requireNonNull(vorbehalte);
        this.verbleibend = new LinkedHashSet<>(bieterMitErstangebot);
    }

    /** The initial offers are in (opened with four eyes); the negotiations may begin. */
    public static Verhandlungsverlauf mitErstangeboten(Vorbehalte vorbehalte, List<String> bieter) {
        if (bieter.isEmpty()) {
            throw new Eingabefehler("bieter", "ohne Erstangebot gibt es nichts zu verhandeln");
        }
        return new Verhandlungsverlauf(vorbehalte, bieter);
    }

    /** § 17 Abs. 11 VgV: the initial offers are evaluated as final offers. */
    public void zuschlagAufErstangebote(String begruendung) {
        if (!vorbehalte.zuschlagAufErstangebote()) {
            throw new Eingabefehler("zuschlagAufErstangebote", "die Auftragsbekanntmachung hat sich den Zuschlag auf die Erstangebote "
                    + "nicht vorbehalten (§ 17 Abs. 11 VgV): es ist zu verhandeln");
        }
        if (!runden.isEmpty()) {
            throw new Eingabefehler("zuschlagAufErstangebote", "die Verhandlungen haben begonnen (Runde " + runden.size() + ")");
        }
        pflicht("zuschlagAufErstangeboteBegruendung", begruendung);
        beendet();
        zuschlagAufErstangeboteBegruendung = begruendung.strip();
    }

    /** The next round starts; the first one holds the presentations of the initial offers. */
    public Runde rundeBeginnen() {
        offen();
        Runde aktuell = aktuelleRunde();
        if (aktuell != null) {
            alleVerhandelt(aktuell, "verhandlungsrunde");
        }
        Runde neu = new Runde(runden.size() + 1);
        runden.add(neu);
        return neu;
    }

    public void gespraechProtokollieren(String bieter, List<String> anwesende, String protokoll) {
        Runde runde = laufendeRunde();
        imVerfahren(bieter);
        if (anwesende.isEmpty()) {
            throw new Eingabefehler("anwesende", "mindestens eine Person des Auftraggebers nimmt am Verhandlungsgespräch teil");
        }
        pflicht("verhandlungsprotokoll", protokoll);
        if (runde.gespraeche.putIfAbsent(bieter, new Gespraech(bieter, List.copyOf(anwesende), protokoll.strip())) != null) {
            throw new Eingabefehler("bieter", "mit '" + bieter + "' ist in Runde " + runde.nummer + " bereits verhandelt worden");
        }
    }

    /** § 17 Abs. 13 VgV: what one bidder learns, every remaining bidder learns; returns the recipients. */
    public List<String> informieren(String anlass, String inhalt) {
        Runde runde = laufendeRunde();
        pflicht("informationInhalt", inhalt);
        List<String> empfaenger = List.copyOf(verbleibend);
        runde.informationen.add(new Information(anlass, inhalt.strip(), empfaenger));
        return empfaenger;
    }

    /** § 17 Abs. 12 VgV: bidders leave after the current round, by the award criteria; the round ends. */
    public void reduzieren(Set<String> ausscheidende, String begruendung) {
        Runde runde = laufendeRunde();
        if (!vorbehalte.reduzierungInPhasen()) {
            throw new Eingabefehler("reduzierung", "die Auftragsbekanntmachung sieht keine Verringerung der Zahl der Angebote in "
                    + "aufeinanderfolgenden Phasen vor (§ 17 Abs. 12 VgV)");
        }
        ausscheidende.forEach(this::imVerfahren);
        if (ausscheidende.isEmpty() || ausscheidende.size() >= verbleibend.size()) {
            throw new Eingabefehler("reduzierung", "mindestens ein Bieter scheidet aus und mindestens einer bleibt im Verfahren");
        }
        alleVerhandelt(runde, "reduzierung");
        pflicht("reduzierungBegruendung", begruendung);
        runde.reduzierung = new Reduzierung(List.copyOf(ausscheidende), begruendung.strip());
        verbleibend.removeAll(ausscheidende);
    }

    /** § 17 Abs. 14 VgV: the remaining bidders submit final offers by a common deadline; negotiations are over. */
    public void endgueltigeAngeboteAnfordern(OffsetDateTime frist, OffsetDateTime jetzt) {
        offen();
        Runde runde = aktuelleRunde();
        if (runde == null) {
            throw new Eingabefehler("endgueltigeAngebote", "ohne Verhandlung keine endgültigen Angebote; ist der Zuschlag auf die "
                    + "Erstangebote vorbehalten, wird er auf diese erteilt (§ 17 Abs. 11 VgV)");
        }
        alleVerhandelt(runde, "endgueltigeAngebote");
        if (!frist.isAfter(jetzt)) {
            throw new Eingabefehler("fristEndgueltigeAngebote", "die Frist für die endgültigen Angebote muss in der Zukunft liegen");
        }
        this.frist = frist;
    }

    /** Every bidder still in the procedure had the round's meeting (a round closed by a reduction had them all). */
    private void alleVerhandelt(Runde runde, String feld) {
        if (runde.reduzierung != null) {
            return;
        }
        for (String b : verbleibend) {
            if (!runde.gespraeche.containsKey(b)) {
                throw new Eingabefehler(feld, "mit '" + b + "' ist in Runde " + runde.nummer + " noch nicht verhandelt worden");
            }
        }
    }

    private Runde laufendeRunde() {
        offen();
        Runde runde = aktuelleRunde();
        if (runde == null) {
            throw new Eingabefehler("verhandlungsrunde", "keine Verhandlungsrunde begonnen");
        }
        if (runde.reduzierung != null) {
            throw new Eingabefehler("verhandlungsrunde", "Runde " + runde.nummer + " ist mit der Verringerung der Bieter abgeschlossen");
        }
        return runde;
    }

    private Runde aktuelleRunde() {
        return runden.isEmpty() ? null : runden.get(runden.size() - 1);
    }

    private void offen() {
        beendet();
        if (zuschlagAufErstangeboteBegruendung != null) {
            throw new Eingabefehler("verhandlungsrunde", "der Zuschlag wird auf die Erstangebote erteilt (§ 17 Abs. 11 VgV): keine Verhandlung");
        }
    }

    private void beendet() {
        if (frist != null) {
            throw new Eingabefehler("verhandlungsrunde", "die endgültigen Angebote sind angefordert: über sie wird nicht mehr verhandelt "
                    + "(§ 17 Abs. 14 VgV)");
        }
    }

    private void imVerfahren(String bieter) {
        if (!verbleibend.contains(bieter)) {
            throw new Eingabefehler("bieter", "'" + bieter + "' ist nicht (mehr) im Verhandlungsverfahren");
        }
    }

    private static void pflicht(String feld, String text) {
        if (text == null || text.isBlank()) {
            throw new Eingabefehler(feld, "Pflichtfeld");
        }
    }

    public List<String> verbleibend() { return List.copyOf(verbleibend); }
    public List<Runde> runden() { return List.copyOf(runden); }
    /** The common deadline for the final offers; {@code null} while negotiating. */
    public OffsetDateTime fristEndgueltigeAngebote() { return frist; }
    /** The reasons if the award is made on the initial offers (§ 17 Abs. 11 VgV), else {@code null}. */
    public String zuschlagAufErstangeboteBegruendung() { return zuschlagAufErstangeboteBegruendung; }
}
