package org.familyhub.directory;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Another module's dated times of services that the Open Referral UK API publishes among the service's HSDS
 * {@code schedules}, after the directory's own: a parenting programme's course sessions. Asked only for the fully
 * nested form of a service, once per list of services.
 */
public interface ServiceScheduleSource {

    /** The schedules of the services among {@code serviceIds} that have any. */
    Map<UUID, List<OpenReferralRecords.Schedule>> schedules(Collection<UUID> serviceIds);
}
