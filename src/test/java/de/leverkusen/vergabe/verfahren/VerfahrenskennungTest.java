package de.leverkusen.vergabe.verfahren;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** BT-04 as the start form sends it: eForms' version-4 UUID, stored in lower case; anything else refused by field. */
class VerfahrenskennungTest {

    @Test
    void uuidDerVersion4_inKleinbuchstaben() {
        assertThat(Verfahrenskennung.lesen(" 5D3C6A1E-8F2B-4C7D-9E0A-1B2C3D4E5F60 ")).isEqualTo("5d3c6a1e-8f2b-4c7d-9e0a-1b2c3d4e5f60");
    }

    @Test
    void fehlendeOderFalscheKennung_wirdMitDemFeldAbgewiesen() {
        for (Object falsch : new Object[] {
                // a version-1 UUID (time-based), a variant other than RFC 4122, no UUID at all
                "5d3c6a1e-8f2b-1c7d-9e0a-1b2c3d4e5f60", "5d3c6a1e-8f2b-4c7d-7e0a-1b2c3d4e5f60", "2021/S 196-512345",
                "5d3c6a1e8f2b4c7d9e0a1b2c3d4e5f60"}) {
            assertThatThrownBy(() -> Verfahrenskennung.lesen(falsch)).as(falsch.toString()).isInstanceOf(Eingabefehler.class)
                    .hasMessageContaining("Feld 'verfahrenskennung'").hasMessageContaining("UUID der Version 4");
        }
        assertThatThrownBy(() -> Verfahrenskennung.lesen(null)).hasMessageContaining("Feld 'verfahrenskennung'").hasMessageContaining("Pflichtfeld");
        assertThatThrownBy(() -> Verfahrenskennung.lesen("  ")).hasMessageContaining("Pflichtfeld");
    }
}
