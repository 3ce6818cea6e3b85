package de.leverkusen.vergabe.wertung;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface BewertungsbogenRepository extends JpaRepository<Bewertungsbogen, Long> {
    List<Bewertungsbogen> findByVergabeIdOrderByAngebotIdAscBewerterAsc(Long vergabeId);

    Optional<Bewertungsbogen> findByAngebotIdAndBewerter(Long angebotId, String bewerter);

    /** The pass the next new rows belong to: one more than the last replaced one. */
    @Query(value = "select coalesce(max(durchgang), 0) + 1 from bewertungsbogen where vergabe_id = ?1 and abgeloest", nativeQuery = true)
    int naechsterDurchgang(Long vergabeId);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query(value = "update bewertungsbogen set abgeloest = true where vergabe_id = ?1 and not abgeloest", nativeQuery = true)
    int abloesen(Long vergabeId);
}
