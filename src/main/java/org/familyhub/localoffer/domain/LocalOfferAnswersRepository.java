package org.familyhub.localoffer.domain;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface LocalOfferAnswersRepository extends JpaRepository<LocalOfferAnswers, UUID> {
}
