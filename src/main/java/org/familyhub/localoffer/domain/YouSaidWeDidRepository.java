package org.familyhub.localoffer.domain;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface YouSaidWeDidRepository extends JpaRepository<YouSaidWeDidEntry, UUID> {

    Page<YouSaidWeDidEntry> findAllByOrderByPublishedAtDescIdAsc(Pageable page);

    boolean existsByAnswerId(long answerId);

    @Query("select e.answerId from YouSaidWeDidEntry e where e.answerId in :answerIds")
    List<Long> answered(Collection<Long> answerIds);
}
