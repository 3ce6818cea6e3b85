package de.leverkusen.vergabe.verfahren;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** The demo tender as a fresh Vergabe entity, for the domain tests of this package (no engine). */
final class Testverfahren {

    /** Offer deadline Monday 08.11.2021, 24:00 (the domain brief's example), i.e. 09.11.2021 00:00. */
    static final OffsetDateTime ANGEBOTSFRIST = OffsetDateTime.parse("2021-11-09T00:00:00+01:00");
    static final OffsetDateTime NACH_DER_FRIST = OffsetDateTime.parse("2021-11-09T09:00:00+01:00");

    private Testverfahren() {
    }

    /** Set up on 07.10.2021 (notice sent electronically that day), presentations 07.-09.12.2021. */
    static Vergabe eingeleitet(String businessKey) {
        return new Vergabe(businessKey, new Vergabeantrag(businessKey, "5d3c6a1e-8f2b-4c7d-9e0a-1b2c3d4e5f60", "DMS", Verfahrensart.OFFENES_VERFAHREN, null,
                new BigDecimal("1250000.00"), ANGEBOTSFRIST, LocalDate.of(2021, 10, 7), true, false,
                LocalDate.of(2021, 12, 7), LocalDate.of(2021, 12, 9), List.of("bewerter1"), List.of()),
                OffsetDateTime.parse("2021-10-07T09:00:00+02:00"));
    }

    /** Opened with four eyes after the deadline, evaluated (winner: offer 42) and before the council. */
    static Vergabe imRat(String businessKey) {
        Vergabe v = eingeleitet(businessKey);
        v.oeffnen("vergabe1", true, NACH_DER_FRIST);
        v.gegenzeichnen("vergabe2", true, NACH_DER_FRIST);
        v.wertungBeginnen();
        v.wertungFestgestellt(42L);
        v.beschlussvorlage("2022/1234", true);
        return v;
    }
}
