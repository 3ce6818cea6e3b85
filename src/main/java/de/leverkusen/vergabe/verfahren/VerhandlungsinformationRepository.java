package de.leverkusen.vergabe.verfahren;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface VerhandlungsinformationRepository extends JpaRepository<Verhandlungsinformation, Long> {
    List<Verhandlungsinformation> findByVergabeIdOrderById(Long vergabeId);
}
