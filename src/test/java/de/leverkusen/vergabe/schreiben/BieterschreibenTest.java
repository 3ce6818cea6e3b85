package de.leverkusen.vergabe.schreiben;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Each letter carries what the law requires it to say. */
class BieterschreibenTest {

    @Test
    void information134NenntZuschlagsempfaengerGruendeUndFruehestenVertragsschluss() {
        // domain brief: sent on Thursday 10.02.2022 by e-mail -> the contract may be concluded from Monday 21.02.2022
        Bieterschreiben.Brief brief = Bieterschreiben.information134("Einführung eines DMS", "VG-2021-DMS", "Aktenwerk Software GmbH",
                "Kommunal-DMS AG", "Rang 2 nach der einfachen Richtwertmethode.", LocalDate.of(2022, 2, 21));
        assertThat(brief.betreff()).isEqualTo("Information nach § 134 GWB – Einführung eines DMS (VG-2021-DMS)");
        assertThat(brief.text()).contains("Zuschlag auf das Angebot von Kommunal-DMS AG", "Ihr Angebot (Aktenwerk Software GmbH)",
                "Gründe: Rang 2 nach der einfachen Richtwertmethode.", "frühestens am 21.02.2022");
    }

    @Test
    void information62UnterscheidetErfolgreichenUndNichtErfolgreichenBieter() {
        LocalDate zuschlag = LocalDate.of(2022, 2, 22);
        assertThat(Bieterschreiben.information62("DMS", "VG-1", "Kommunal-DMS AG", "Kommunal-DMS AG", zuschlag).text())
                .contains("am 22.02.2022 auf Ihr Angebot erteilt");
        assertThat(Bieterschreiben.information62("DMS", "VG-1", "Aktenwerk Software GmbH", "Kommunal-DMS AG", zuschlag).text())
                .contains("am 22.02.2022 auf das Angebot von Kommunal-DMS AG erteilt");
    }

    @Test
    void nachforderungNenntUnterlagenFristUndFolge() {
        Bieterschreiben.Brief brief = Bieterschreiben.nachforderung("DMS", "VG-1", "Aktenwerk Software GmbH",
                "Aktueller Handelsregisterauszug", LocalDate.of(2021, 11, 15));
        assertThat(brief.betreff()).startsWith("Nachforderung von Unterlagen (§ 56 VgV)");
        assertThat(brief.text()).contains("Aktueller Handelsregisterauszug", "bis zum 15.11.2021 (24:00 Uhr)", "§ 57 Abs. 1 Nr. 2 VgV");
    }

    /**
     * § 134 Abs. 1 Satz 1 GWB for a bidder reduced out after round 1 (§ 17 Abs. 12 VgV), told of it on 10.01.2022: the
     * letter gives the round and the recorded reasons, says that it made no final offer and names no rank of them.
     */
    @Test
    void information134NachVerringerungNenntRundeUndGruendeStattEinesRangs() {
        String gruende = Bieterschreiben.gruendeVerringerung(1, "Niedrigste Kennzahl der Erstangebote (Z = 0,001663)",
                LocalDate.of(2022, 1, 10));
        assertThat(gruende).isEqualTo("Ihr Angebot wurde nach der Verhandlungsrunde 1 nicht weiter berücksichtigt: die Zahl der Angebote "
                + "wurde, wie in der Auftragsbekanntmachung vorgesehen, anhand der Zuschlagskriterien verringert (§ 17 Abs. 12 VgV). "
                + "Gründe der Verringerung: Niedrigste Kennzahl der Erstangebote (Z = 0,001663). Zur Abgabe eines endgültigen Angebots "
                + "wurden Sie daher nicht aufgefordert; an der Wertung der endgültigen Angebote nahm Ihr Angebot nicht teil. Die "
                + "Verringerung wurde Ihnen am 10.01.2022 in Textform mitgeteilt.");
        // the letter around it: winner, these reasons, earliest conclusion (sent Thursday 10.02.2022 -> from 21.02.2022)
        Bieterschreiben.Brief brief = Bieterschreiben.information134("DMS", "VG-1", "Aktenwerk Software GmbH", "Rheinland GmbH", gruende,
                LocalDate.of(2022, 2, 21));
        assertThat(brief.text()).contains("Zuschlag auf das Angebot von Rheinland GmbH", "Gründe: Ihr Angebot wurde nach der "
                + "Verhandlungsrunde 1 nicht weiter berücksichtigt", "frühestens am 21.02.2022").doesNotContain("Rang");
        // not told in text form at the time: no such sentence; reasons ending with a full stop keep exactly one
        assertThat(Bieterschreiben.gruendeVerringerung(2, "Höchster Preis.", null))
                .contains("nach der Verhandlungsrunde 2", "Gründe der Verringerung: Höchster Preis. Zur Abgabe")
                .doesNotContain("mitgeteilt");
    }
}
