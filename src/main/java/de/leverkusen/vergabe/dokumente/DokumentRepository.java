package de.leverkusen.vergabe.dokumente;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface DokumentRepository extends JpaRepository<Dokument, Long> {
    Optional<Dokument> findByVergabeIdAndName(Long vergabeId, String name);

    /** Whether the document is stored, without loading its content. */
    boolean existsByVergabeIdAndName(Long vergabeId, String name);

    List<Dokument> findByVergabeIdOrderById(Long vergabeId);
}
