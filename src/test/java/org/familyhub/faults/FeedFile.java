package org.familyhub.faults;

import java.util.StringJoiner;

/**
 * The administrator's feed file: services 1 to n of one publisher, fully nested HSDS 3.0, with ids fixed by
 * number. A file is the publisher's whole feed, so each upload keeps the earlier services and adds one.
 */
final class FeedFile {

    static final String ORGANISATION = "fa017000-0000-4000-8000-00000000f000";
    static final String SERVICE_PREFIX = "Fault drill service ";

    private FeedFile() {
    }

    static String serviceId(int n) {
        return id(1, n);
    }

    static String withServices(int n) {
        StringJoiner services = new StringJoiner(",", "[", "]");
        for (int i = 1; i <= n; i++) {
            services.add(service(i));
        }
        return services.toString();
    }

    private static String service(int n) {
        return """
                {"id":"%s","name":"%s%d","status":"active","description":"A service added during the fault drill.",
                 "organization":{"id":"%s","name":"Fault Drill Family Trust","website":"https://example.org"},
                 "phones":[{"id":"%s","number":"01270 000 %03d"}],
                 "attributes":[{"id":"%s","taxonomy_term_id":"aed16475-e17a-5dff-84df-2f85991923e8"}],
                 "service_at_locations":[{"id":"%s","location":{"id":"%s","location_type":"physical",
                   "name":"Fault drill venue %d","addresses":[{"id":"%s","address_1":"%d Drill Street",
                   "city":"Crewe","country":"GB","state_province":""}]}}]}"""
                .formatted(serviceId(n), SERVICE_PREFIX, n, ORGANISATION, id(2, n), n % 1000, id(3, n),
                        id(4, n), id(5, n), n, id(6, n), n);
    }

    private static String id(int kind, int n) {
        return "fa017000-000%d-4000-8000-%012d".formatted(kind, n);
    }
}
