package org.familyhub.directory;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Facts another module keeps about services and publishes with them in the Open Referral API, as HSDS attributes
 * of one taxonomy whose terms are in the directory's tables (childcare's: {@code V11_8_1__childcare_taxonomy.sql}).
 * A value whose term is not there is left out, so the published attributes always link real terms.
 */
public interface PublishedAttributes {

    /** The name of the taxonomy whose terms the values use. */
    String taxonomy();

    /** Each service's values, in a stable order (attribute ids derive from it); services without any are absent. */
    Map<UUID, List<Value>> of(Collection<UUID> serviceIds);

    /** An attribute: its term's code, its value, and a label for people. */
    record Value(String termCode, String value, @Nullable String label) {
    }
}
