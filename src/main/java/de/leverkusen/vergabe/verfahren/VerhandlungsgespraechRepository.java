package de.leverkusen.vergabe.verfahren;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface VerhandlungsgespraechRepository extends JpaRepository<Verhandlungsgespraech, Long> {
    List<Verhandlungsgespraech> findByVergabeIdOrderById(Long vergabeId);
}
