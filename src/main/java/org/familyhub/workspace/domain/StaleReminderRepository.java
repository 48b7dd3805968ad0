package org.familyhub.workspace.domain;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface StaleReminderRepository extends JpaRepository<StaleReminder, UUID> {
}
