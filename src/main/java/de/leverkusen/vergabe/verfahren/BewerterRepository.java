package de.leverkusen.vergabe.verfahren;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface BewerterRepository extends JpaRepository<Bewerter, Long> {
    List<Bewerter> findByVergabeIdOrderById(Long vergabeId);

    List<Bewerter> findByVergabeIdAndStatusOrderById(Long vergabeId, Bewerter.Status status);

    Optional<Bewerter> findByVergabeIdAndBenutzer(Long vergabeId, String benutzer);
}
