package de.leverkusen.vergabe.verfahren;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface VerhandlungsrundeRepository extends JpaRepository<Verhandlungsrunde, Long> {
    List<Verhandlungsrunde> findByVergabeIdOrderByNummer(Long vergabeId);
}
