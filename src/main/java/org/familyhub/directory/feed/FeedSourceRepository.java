package org.familyhub.directory.feed;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface FeedSourceRepository extends JpaRepository<FeedSource, UUID> {

    List<FeedSource> findAllByOrderByName();
}
