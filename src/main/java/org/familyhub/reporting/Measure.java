package org.familyhub.reporting;

/**
 * Every figure on the report card, with how it is counted. The definitions are part of the card: a board paper
 * quotes them, so they say exactly what is and is not counted.
 */
public enum Measure {
    SEARCHES(Unit.COUNT, true, "Searches",
            "Results pages shown for a search on the portal or the search API (each page of results counts), "
                    + "robots left out. In a locality: searches that chose it or named one of its places."),
    SERVICE_PAGE_VIEWS(Unit.COUNT, true, "Service page views",
            "Times a service's page was shown, robots left out. In a locality: services with venues or an area "
                    + "in that locality only."),
    LEAFLET_DOWNLOADS(Unit.COUNT, true, "Leaflet downloads",
            "PDF leaflets downloaded (locality and topic leaflets, English and Polish), robots left out."),
    REQUESTS_FOR_HELP(Unit.COUNT, true, "Requests for help",
            "Self-referrals from families that arrived at the front door in the period."),
    PROFESSIONAL_REFERRALS(Unit.COUNT, true, "Professional referrals",
            "Referrals made by professionals, with the family's consent, that arrived in the period."),
    FEEDBACK_RECEIVED(Unit.COUNT, true, "Feedback received",
            "Answers to any survey (service feedback, \"was this page helpful\", outcome, practitioner) "
                    + "submitted in the period."),
    LISTINGS_PUBLISHED(Unit.COUNT, true, "Listings published",
            "Listings created, published after review, imported or restored in the period (each listing once)."),
    LISTINGS_CHECKED(Unit.COUNT, true, "Listings checked",
            "Active listings whose last check (assured date) falls in the period."),
    BOOKINGS(Unit.COUNT, true, "Bookings", "Places booked on parenting programmes in the period."),
    ATTENDANCES(Unit.COUNT, true, "Attendances", "Sessions of parenting programmes attended in the period."),

    FIRST_RESPONSE_MEDIAN(Unit.HOURS, false, "Time to first response (median)",
            "Half of the requests that arrived in the period and were answered had their first response within "
                    + "this time (the lower middle value), measured from arrival."),
    FIRST_RESPONSE_P90(Unit.HOURS, false, "Time to first response (90th percentile)",
            "Nine in ten answered requests that arrived in the period had their first response within this time."),
    ALLOCATION_MEDIAN(Unit.HOURS, false, "Time to allocation (median)",
            "Half of the requests that arrived in the period and were allocated to a worker were allocated "
                    + "within this time, measured from arrival."),
    ALLOCATION_P90(Unit.HOURS, false, "Time to allocation (90th percentile)",
            "Nine in ten allocated requests that arrived in the period were allocated within this time."),
    ANSWERED_WITHIN_TARGET(Unit.PERCENT, true, "Answered within target",
            "Share of all requests that arrived in the period whose first response came by the promised day "
                    + "(the target's working days after the day of arrival, weekends skipped). Unanswered requests "
                    + "count as late."),
    ALLOCATED_WITHIN_TARGET(Unit.PERCENT, true, "Allocated within target",
            "Share of all requests that arrived in the period allocated within the allocation target's working "
                    + "days. Unallocated requests count as late."),
    SATISFACTION(Unit.PERCENT, true, "Satisfaction with services",
            "Share of service feedback answers in the period saying \"yes\" to \"Did this service help you?\"."),
    PAGE_HELPFUL(Unit.PERCENT, true, "Pages found helpful",
            "Share of \"Was this page helpful?\" answers in the period that said \"yes\"."),
    LISTINGS_FRESH(Unit.PERCENT, true, "Listings checked in the last 6 months",
            "Share of active listings, as they are today, whose last check was in the six months before the "
                    + "period's last day."),
    ZERO_RESULT_RATE(Unit.PERCENT, false, "Searches that found nothing",
            "Searches in the period that found no service, as a share of all searches counted in the period. "
                    + "Searches that found nothing are recorded whatever the user agent, so a busy robot can raise it."),

    THINGS_IMPROVED(Unit.PERCENT, true, "Families who say things improved",
            "Share of outcome surveys answered in the period whose confidence as a parent after the help is "
                    + "higher than before it (0 to 10 scale)."),
    GOALS_MET(Unit.PERCENT, true, "Goals met",
            "Share of outcome surveys answered in the period saying their goals were met (\"yes\"; \"partly\" "
                    + "is not counted as met)."),
    COURSES_COMPLETED(Unit.PERCENT, true, "Parenting courses completed",
            "Share of people who started a parenting programme in the period and completed it.");

    private final Unit unit;
    private final boolean higherIsBetter;
    private final String label;
    private final String definition;

    Measure(Unit unit, boolean higherIsBetter, String label, String definition) {
        this.unit = unit;
        this.higherIsBetter = higherIsBetter;
        this.label = label;
        this.definition = definition;
    }

    public Unit unit() {
        return unit;
    }

    /** For the trend's words: a fall in waiting time is an improvement, a fall in satisfaction is not. */
    public boolean higherIsBetter() {
        return higherIsBetter;
    }

    public String label() {
        return label;
    }

    public String definition() {
        return definition;
    }
}
