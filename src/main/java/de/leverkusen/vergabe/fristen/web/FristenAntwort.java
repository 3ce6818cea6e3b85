package de.leverkusen.vergabe.fristen.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import de.leverkusen.vergabe.fristen.Frist;
import de.leverkusen.vergabe.fristen.Fristart;
import de.leverkusen.vergabe.fristen.Pruefung;
import java.time.LocalDate;
import java.util.List;

/** Answer of {@code POST /api/fristen/berechnen}; {@code pruefung} only when an end was proposed. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FristenAntwort(List<FristDaten> fristen, Pruefung pruefung) {

    /** {@code fruehesterZuschlag} only for the standstill. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record FristDaten(Fristart art, String rechtsgrundlage, int tage, LocalDate beginn, LocalDate ende,
                             LocalDate fruehesterZuschlag) {

        static FristDaten von(Frist frist) {
            return new FristDaten(frist.art(), frist.rechtsgrundlageMitVerschiebung(), frist.tage(), frist.beginn(),
                    frist.ende(), frist.fruehesterZuschlag());
        }
    }
}
