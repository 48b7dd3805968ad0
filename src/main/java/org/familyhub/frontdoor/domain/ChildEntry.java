package org.familyhub.frontdoor.domain;

import jakarta.persistence.Embeddable;
import org.jspecify.annotations.Nullable;

/** A child a request is about, as stored. */
@Embeddable
public class ChildEntry {

    private int age;
    private @Nullable String additionalNeeds;

    protected ChildEntry() {
    }

    public ChildEntry(int age, @Nullable String additionalNeeds) {
        this.age = age;
        this.additionalNeeds = additionalNeeds;
    }

    public int getAge() { return age; }
    public @Nullable String getAdditionalNeeds() { return additionalNeeds; }
}
