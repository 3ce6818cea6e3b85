package de.leverkusen.vergabe.verfahren;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface VergabeRepository extends JpaRepository<Vergabe, Long> {
    Optional<Vergabe> findByBusinessKey(String businessKey);

    List<Vergabe> findByStatusNotInOrderByBusinessKey(Collection<Vergabe.Status> status);
}
