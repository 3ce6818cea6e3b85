package de.leverkusen.vergabe.wertung;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface BewertungsbogenRepository extends JpaRepository<Bewertungsbogen, Long> {
    List<Bewertungsbogen> findByVergabeIdOrderByAngebotIdAscBewerterAsc(Long vergabeId);

    Optional<Bewertungsbogen> findByAngebotIdAndBewerter(Long angebotId, String bewerter);
}
