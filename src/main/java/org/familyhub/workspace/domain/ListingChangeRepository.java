package org.familyhub.workspace.domain;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ListingChangeRepository extends JpaRepository<ListingChange, UUID> {

    List<ListingChange> findByServiceIdOrderByChangedAtDesc(UUID serviceId);
}
