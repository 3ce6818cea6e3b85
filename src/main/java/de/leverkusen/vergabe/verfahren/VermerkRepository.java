package de.leverkusen.vergabe.verfahren;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface VermerkRepository extends JpaRepository<Vermerk, Long> {
    List<Vermerk> findByVergabeIdOrderByZeitpunktAscIdAsc(Long vergabeId);
}
