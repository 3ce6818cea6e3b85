package de.leverkusen.vergabe.aktenabgabe;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface AktenabgabeRepository extends JpaRepository<Aktenabgabe, Long> {

    Optional<Aktenabgabe> findByVergabeId(Long vergabeId);

    /** Hand-overs not yet delivered whose lock (of a node at work or of the wait after a failure) has run out. */
    @Query("select a.id from Aktenabgabe a where a.zugestelltAm is null and (a.gesperrtBis is null or a.gesperrtBis < :jetzt) order by a.id")
    List<Long> faellig(@Param("jetzt") OffsetDateTime jetzt);

    /**
     * Takes one hand-over for delivery until {@code bis}: 1 when this caller got it, 0 when it was delivered or another
     * node holds it (one conditional update, so two nodes never deliver the same one at once).
     */
    @Modifying
    @Query("update Aktenabgabe a set a.gesperrtBis = :bis where a.id = :id and a.zugestelltAm is null "
            + "and (a.gesperrtBis is null or a.gesperrtBis < :jetzt)")
    int sperren(@Param("id") Long id, @Param("jetzt") OffsetDateTime jetzt, @Param("bis") OffsetDateTime bis);

    /** Keeps the container unless one is kept already (then 0). */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update Aktenabgabe a set a.inhalt = :inhalt, a.pruefsumme = :pruefsumme, a.erstelltAm = :am where a.id = :id and a.inhalt is null")
    int containerSetzen(@Param("id") Long id, @Param("inhalt") byte[] inhalt, @Param("pruefsumme") String pruefsumme,
                        @Param("am") OffsetDateTime am);
}
