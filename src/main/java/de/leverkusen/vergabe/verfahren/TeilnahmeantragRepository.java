package de.leverkusen.vergabe.verfahren;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface TeilnahmeantragRepository extends JpaRepository<Teilnahmeantrag, Long> {
    List<Teilnahmeantrag> findByVergabeIdOrderById(Long vergabeId);
}
