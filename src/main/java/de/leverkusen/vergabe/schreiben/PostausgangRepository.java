package de.leverkusen.vergabe.schreiben;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PostausgangRepository extends JpaRepository<Postausgang, Long> {
    List<Postausgang> findByAuftragAndAngenommenAmIsNullOrderById(String auftrag);

    List<Postausgang> findByVergabeIdOrderById(Long vergabeId);
}
