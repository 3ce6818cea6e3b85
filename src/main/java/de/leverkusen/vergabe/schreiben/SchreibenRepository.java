package de.leverkusen.vergabe.schreiben;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SchreibenRepository extends JpaRepository<Schreiben, Long> {
    List<Schreiben> findByVergabeIdOrderById(Long vergabeId);

    List<Schreiben> findByVergabeIdAndArtOrderById(Long vergabeId, Schreiben.Art art);
}
