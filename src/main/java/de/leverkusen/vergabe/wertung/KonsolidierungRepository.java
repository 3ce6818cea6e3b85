package de.leverkusen.vergabe.wertung;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface KonsolidierungRepository extends JpaRepository<Konsolidierung, Long> {
    List<Konsolidierung> findByVergabeId(Long vergabeId);

    Optional<Konsolidierung> findByAngebotId(Long angebotId);
}
