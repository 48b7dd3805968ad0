package org.familyhub.directory.feed;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface ServiceSourceRepository extends JpaRepository<ServiceSource, UUID> {

    List<ServiceSource> findByFeedSourceId(UUID feedSourceId);

    long countByFeedSourceId(UUID feedSourceId);

    long countByFeedSourceIdAndLockedFieldsIsNotNull(UUID feedSourceId);
}
