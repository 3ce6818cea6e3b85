package de.leverkusen.vergabe.verfahren;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AngebotRepository extends JpaRepository<Angebot, Long> {
    List<Angebot> findByVergabeIdOrderById(Long vergabeId);

    List<Angebot> findByVergabeIdAndStatusOrderById(Long vergabeId, Angebot.Status status);
}
