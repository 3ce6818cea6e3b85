package de.leverkusen.vergabe.lizenz;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface LizenzbestellungRepository extends JpaRepository<Lizenzbestellung, Long> {
    Optional<Lizenzbestellung> findByBestellnummer(String bestellnummer);
}
