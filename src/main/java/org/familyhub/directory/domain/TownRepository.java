package org.familyhub.directory.domain;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface TownRepository extends JpaRepository<Town, UUID> {

    Optional<Town> findByNameIgnoreCase(String name);
}
