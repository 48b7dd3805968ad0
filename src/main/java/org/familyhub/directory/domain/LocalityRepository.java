package org.familyhub.directory.domain;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface LocalityRepository extends JpaRepository<Locality, UUID> {

    Optional<Locality> findByCode(String code);

    Optional<Locality> findByNameIgnoreCase(String name);
}
