package org.familyhub.directory.domain;

import org.springframework.data.jpa.repository.JpaRepository;

public interface PostcodeAreaRepository extends JpaRepository<PostcodeArea, String> {
}
