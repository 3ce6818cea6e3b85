package de.leverkusen.vergabe.verfahren;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.leverkusen.vergabe.verfahren.Verhandlungsverlauf.Vorbehalte;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** § 17 Abs. 10-14 VgV: rounds, equal information, reduction between rounds, final offers, award on initial offers. */
class VerhandlungsverlaufTest {

    private static final String AKTENWERK = "Aktenwerk Software GmbH";
    private static final String KOMMUNAL = "Kommunal-DMS AG";
    private static final String RHEIN = "Rheinland Archivsysteme GmbH";
    private static final List<String> KOMMISSION = List.of("bewerter1", "bewerter2", "vergabe1");
    private static final OffsetDateTime JETZT = OffsetDateTime.parse("2021-12-10T10:00:00+01:00");

    private static Verhandlungsverlauf dreiBieter(boolean erstangebote, boolean reduzierung) {
        return Verhandlungsverlauf.mitErstangeboten(new Vorbehalte(erstangebote, reduzierung), List.of(AKTENWERK, KOMMUNAL, RHEIN));
    }

    private static void alleGespraeche(Verhandlungsverlauf v, List<String> bieter) {
        bieter.forEach(b -> v.gespraechProtokollieren(b, KOMMISSION, "Präsentation und Verhandlung mit " + b + "."));
    }

    @Test
    void zweiRundenMitVerringerungDazwischen() {
        Verhandlungsverlauf v = dreiBieter(false, true);
        // round 1: the presentations of the report (07.-09.12.2021) are the meetings on the initial offers
        v.rundeBeginnen();
        alleGespraeche(v, List.of(AKTENWERK, KOMMUNAL, RHEIN));
        // a question of one bidder answered to all three (§ 17 Abs. 13 VgV)
        assertThat(v.informieren("Frage von " + KOMMUNAL, "Die Schnittstelle zu OpenRathaus ist Teil der Leistung."))
                .containsExactly(AKTENWERK, KOMMUNAL, RHEIN);
        v.reduzieren(Set.of(RHEIN), "Niedrigste Leistungspunkte (412 von 1000) nach den veröffentlichten Zuschlagskriterien.");
        assertThat(v.verbleibend()).containsExactly(AKTENWERK, KOMMUNAL);
        // round 2 with the two remaining; information now goes only to them
        v.rundeBeginnen();
        assertThatThrownBy(() -> v.gespraechProtokollieren(RHEIN, KOMMISSION, "..."))
                .hasMessageContaining("'Rheinland Archivsysteme GmbH' ist nicht (mehr) im Verhandlungsverfahren");
        assertThatThrownBy(() -> v.endgueltigeAngeboteAnfordern(JETZT.plusDays(14), JETZT))
                .hasMessageContaining("Feld 'endgueltigeAngebote'").hasMessageContaining("in Runde 2 noch nicht verhandelt");
        alleGespraeche(v, List.of(AKTENWERK, KOMMUNAL));
        assertThat(v.informieren("Änderung der Leistungsbeschreibung", "Migration von 1,2 Mio. Dokumenten statt 0,9 Mio."))
                .containsExactly(AKTENWERK, KOMMUNAL);
        v.endgueltigeAngeboteAnfordern(JETZT.plusDays(14), JETZT);

        assertThat(v.runden()).hasSize(2);
        assertThat(v.runden().get(0).gespraeche()).hasSize(3);
        assertThat(v.runden().get(0).reduzierung().ausgeschieden()).containsExactly(RHEIN);
        assertThat(v.runden().get(1).informationen().get(0).empfaenger()).containsExactly(AKTENWERK, KOMMUNAL);
        assertThat(v.fristEndgueltigeAngebote()).isEqualTo(JETZT.plusDays(14));
        // § 17 Abs. 14 VgV: nothing is negotiated after the call for final offers
        assertThatThrownBy(() -> v.rundeBeginnen()).hasMessageContaining("§ 17 Abs. 14 VgV");
        assertThatThrownBy(() -> v.informieren("Nachfrage", "Rabatt?")).hasMessageContaining("§ 17 Abs. 14 VgV");
    }

    @Test
    void ohneVorbehaltKeineVerringerungUndKeinZuschlagAufErstangebote() {
        Verhandlungsverlauf v = dreiBieter(false, false);
        assertThatThrownBy(() -> v.zuschlagAufErstangebote("Angebote sind gut."))
                .hasMessageContaining("Feld 'zuschlagAufErstangebote'").hasMessageContaining("nicht vorbehalten (§ 17 Abs. 11 VgV)");
        v.rundeBeginnen();
        alleGespraeche(v, List.of(AKTENWERK, KOMMUNAL, RHEIN));
        assertThatThrownBy(() -> v.reduzieren(Set.of(RHEIN), "schwächstes Angebot"))
                .hasMessageContaining("Feld 'reduzierung'").hasMessageContaining("§ 17 Abs. 12 VgV");
    }

    @Test
    void verringerungNurNachAllenGespraechenMitBegruendungUndEinemVerbleibenden() {
        Verhandlungsverlauf v = dreiBieter(false, true);
        v.rundeBeginnen();
        alleGespraeche(v, List.of(AKTENWERK, KOMMUNAL));
        assertThatThrownBy(() -> v.reduzieren(Set.of(KOMMUNAL), "schwächer"))
                .hasMessageContaining("mit 'Rheinland Archivsysteme GmbH' ist in Runde 1 noch nicht verhandelt worden");
        assertThatThrownBy(() -> v.rundeBeginnen()).hasMessageContaining("in Runde 1 noch nicht verhandelt");
        v.gespraechProtokollieren(RHEIN, KOMMISSION, "Präsentation.");
        assertThatThrownBy(() -> v.gespraechProtokollieren(RHEIN, KOMMISSION, "nochmal"))
                .hasMessageContaining("in Runde 1 bereits verhandelt");
        assertThatThrownBy(() -> v.reduzieren(Set.of(AKTENWERK, KOMMUNAL, RHEIN), "alle raus"))
                .hasMessageContaining("mindestens einer bleibt im Verfahren");
        assertThatThrownBy(() -> v.reduzieren(Set.of(RHEIN), " ")).hasMessageContaining("Feld 'reduzierungBegruendung'");
        // the call for final offers may directly follow a reduction
        v.reduzieren(Set.of(RHEIN), "Leistung unter 50 % der erreichbaren Punkte nach den Zuschlagskriterien.");
        assertThatThrownBy(() -> v.informieren("Frage", "Antwort")).hasMessageContaining("Runde 1 ist mit der Verringerung");
        v.endgueltigeAngeboteAnfordern(JETZT.plusDays(10), JETZT);
        assertThat(v.verbleibend()).containsExactly(AKTENWERK, KOMMUNAL);
    }

    @Test
    void zuschlagAufErstangeboteWennVorbehalten() {
        Verhandlungsverlauf v = dreiBieter(true, false);
        assertThatThrownBy(() -> v.zuschlagAufErstangebote("")).hasMessageContaining("Feld 'zuschlagAufErstangeboteBegruendung'");
        v.zuschlagAufErstangebote("Das wirtschaftlichste Erstangebot erfüllt alle Mindestanforderungen; Verhandlungen lassen keine Verbesserung erwarten.");
        assertThat(v.zuschlagAufErstangeboteBegruendung()).startsWith("Das wirtschaftlichste Erstangebot");
        assertThatThrownBy(() -> v.rundeBeginnen()).hasMessageContaining("Zuschlag wird auf die Erstangebote erteilt");
        // once negotiations began, the initial offers are no longer final
        Verhandlungsverlauf begonnen = dreiBieter(true, false);
        begonnen.rundeBeginnen();
        assertThatThrownBy(() -> begonnen.zuschlagAufErstangebote("doch nicht verhandeln"))
                .hasMessageContaining("die Verhandlungen haben begonnen (Runde 1)");
    }

    @Test
    void endgueltigeAngeboteBrauchenEineFristInDerZukunftUndEineVerhandlung() {
        Verhandlungsverlauf v = dreiBieter(false, false);
        assertThatThrownBy(() -> v.endgueltigeAngeboteAnfordern(JETZT.plusDays(10), JETZT)).hasMessageContaining("ohne Verhandlung");
        v.rundeBeginnen();
        alleGespraeche(v, List.of(AKTENWERK, KOMMUNAL, RHEIN));
        assertThatThrownBy(() -> v.endgueltigeAngeboteAnfordern(JETZT, JETZT)).hasMessageContaining("Feld 'fristEndgueltigeAngebote'");
    }
}
