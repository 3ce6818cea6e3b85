package de.leverkusen.vergabe.wertung;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface KonsolidierungRepository extends JpaRepository<Konsolidierung, Long> {
    Optional<Konsolidierung> findByAngebotId(Long angebotId);
}
