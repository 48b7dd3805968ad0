package org.familyhub.directory.domain;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface SchoolTermRepository extends JpaRepository<SchoolTerm, UUID> {

    List<SchoolTerm> findAllByOrderByStartsOn();
}
