package org.familyhub.directory.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import org.jspecify.annotations.Nullable;

/** What a service costs; an amount of zero means free, stated rather than assumed. */
@Entity
public class CostOption {

    @Id
    private UUID id;
    private @Nullable LocalDate validFrom;
    private @Nullable LocalDate validTo;
    @Column(name = "option_name")
    private @Nullable String option;
    private @Nullable String currency;
    private @Nullable BigDecimal amount;
    private @Nullable String amountDescription;

    protected CostOption() {
    }

    public CostOption(UUID id, @Nullable String option, @Nullable BigDecimal amount, @Nullable String currency,
            @Nullable String amountDescription) {
        this.id = id;
        this.option = option;
        this.amount = amount;
        this.currency = currency;
        this.amountDescription = amountDescription;
    }

    public UUID getId() { return id; }
    public @Nullable LocalDate getValidFrom() { return validFrom; }
    public @Nullable LocalDate getValidTo() { return validTo; }
    public @Nullable String getOption() { return option; }
    public @Nullable String getCurrency() { return currency; }
    public @Nullable BigDecimal getAmount() { return amount; }
    public @Nullable String getAmountDescription() { return amountDescription; }
}
