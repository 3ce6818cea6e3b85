package de.leverkusen.vergabe.wertung;

import org.springframework.data.jpa.repository.JpaRepository;

public interface WertungsgrundlageRepository extends JpaRepository<Wertungsgrundlage, Long> {
}
