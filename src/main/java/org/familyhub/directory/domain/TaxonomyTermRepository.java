package org.familyhub.directory.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface TaxonomyTermRepository extends JpaRepository<TaxonomyTerm, UUID> {

    List<TaxonomyTerm> findByTaxonomyNameAndParentIsNullOrderByName(String taxonomyName);

    Optional<TaxonomyTerm> findByTaxonomyNameAndCode(String taxonomyName, String code);
}
