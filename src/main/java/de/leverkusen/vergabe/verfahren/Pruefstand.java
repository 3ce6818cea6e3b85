package de.leverkusen.vergabe.verfahren;

/**
 * What the checks of one offer recorded, and the reason for its exclusion (§ 57 VgV) derived from it.
 * The latest stage that failed gives the reason: suitability, then exclusion grounds, then the formal check.
 */
public record Pruefstand(
        String formalePruefung,
        String formalePruefungVermerk,
        String unterlagenNachgereicht,
        String nachgeforderteUnterlagen,
        String ausschlussgrund,
        String ausschlussgruendeVermerk,
        Boolean geeignet,
        String eignungsgrund) {

    public String ausschlussgrundText() {
        if (Boolean.FALSE.equals(geeignet)) {
            return "Eignung nicht nachgewiesen: " + eignungsgrund;
        }
        if (Ausschlussgrund.ZWINGEND_123.name().equals(ausschlussgrund)) {
            return "Zwingender Ausschlussgrund nach § 123 GWB: " + ausschlussgruendeVermerk;
        }
        if (Ausschlussgrund.FAKULTATIV_124_AUSSCHLUSS.name().equals(ausschlussgrund)) {
            return "Fakultativer Ausschlussgrund nach § 124 GWB: " + ausschlussgruendeVermerk;
        }
        if (FormalePruefung.AUSSCHLIESSEN.name().equals(formalePruefung)) {
            return "Formaler Mangel, nicht heilbar (§ 57 Abs. 1 VgV): " + formalePruefungVermerk;
        }
        if (FormalePruefung.UNTERLAGEN_NACHFORDERN.name().equals(formalePruefung)) {
            if (JaNein.NEIN.name().equals(unterlagenNachgereicht)) {
                return "Nachgeforderte Unterlagen nicht vollständig vorgelegt (§ 57 Abs. 1 Nr. 2 VgV): " + nachgeforderteUnterlagen;
            }
            if (unterlagenNachgereicht == null) {
                return "Nachforderungsfrist abgelaufen, Unterlagen nicht eingegangen (§ 57 Abs. 1 Nr. 2 VgV): " + nachgeforderteUnterlagen;
            }
        }
        throw new IllegalStateException("Kein Ausschlussgrund erkennbar: " + this);
    }
}
