package org.familyhub.directory.domain;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface TaxonomyRepository extends JpaRepository<Taxonomy, UUID> {
}
