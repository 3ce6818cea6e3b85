package de.leverkusen.vergabe.verfahren;

import org.springframework.data.jpa.repository.JpaRepository;

public interface InstanzbindungRepository extends JpaRepository<Instanzbindung, String> {
}
