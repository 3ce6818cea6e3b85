package de.leverkusen.vergabe.verfahren;

import org.springframework.data.jpa.repository.JpaRepository;

public interface VerhandlungRepository extends JpaRepository<Verhandlung, Long> {
}
