package org.familyhub.portal.scale;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every public page and file the benchmark measures, with real addresses read from the directory: the
 * biggest locality, category and venue (the pages that used to grow with the directory), a sample service
 * and a session's calendar file.
 */
final class PublicPages {

    /** Pages whose open tabs are weighed. */
    static final List<String> TAB_PAGES = List.of("home", "search", "service", "locality", "category", "venue");

    /**
     * The broad search again, each visit as if nobody had asked it in the last few seconds: the answers the search
     * keeps are forgotten before each (the page named "search" is answered from them after its first visit).
     */
    static final String SEARCH_ASKED_FIRST = "search asked first";

    private static final String SERVICE = "2d0d1fd9-9242-5518-ba8f-6a31a6fcbc54";

    private PublicPages() {
    }

    static Map<String, String> resolve(JdbcClient jdbc) {
        String locality = single(jdbc, "select l.code from service_area a join locality l on l.id = a.locality_id"
                + " group by l.code order by count(*) desc, l.code limit 1");
        String category = single(jdbc, "select coalesce(p.code, t.code) from attribute a"
                + " join taxonomy_term t on t.id = a.taxonomy_term_id"
                + " join taxonomy x on x.id = t.taxonomy_id and x.name = 'category'"
                + " left join taxonomy_term p on p.id = t.parent_id where a.link_type = 'service'"
                + " group by coalesce(p.code, t.code) order by count(*) desc, 1 limit 1");
        String venue = single(jdbc, "select location_id from service_at_location group by location_id"
                + " order by count(*) desc, location_id limit 1");
        String calendar = single(jdbc, "select concat(a.service_id, '/', a.location_id, '/0.ics') from schedule s"
                + " join service_at_location a on a.id = s.service_at_location_id"
                + " where a.service_id = '" + SERVICE + "' order by s.id limit 1");
        String localOfferArea = single(jdbc, "select lower(replace(area, '_', '-')) from local_offer_area"
                + " where listed group by area order by count(*) desc, area limit 1");
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("home", "");
        pages.put("search opened", "search");
        pages.put("search", "search?q=stay+and+play+crewe&free=true");
        pages.put(SEARCH_ASKED_FIRST, "search?q=stay+and+play+crewe&free=true");
        pages.put("search words", "search?q=help+with+toddler+tantrums");
        pages.put("search place", "search?postcode=CW1+3AB&sort=distance");
        pages.put("service", "services/" + SERVICE);
        pages.put("locality", "localities/" + locality);
        pages.put("locality p.3", "localities/" + locality + "?page=3");
        pages.put("category", "categories/" + category);
        pages.put("venue", "venues/" + venue);
        pages.put("centres", "centres");
        pages.put("shortlist", "shortlist");
        pages.put("ask for help", "ask-for-help");
        pages.put("calendar .ics", "calendar/" + calendar);
        pages.put("locality leaflet", "leaflets/localities/" + locality + ".pdf");
        pages.put("category leaflet", "leaflets/categories/" + category + ".pdf");
        pages.put("sitemap.xml", "sitemap.xml");
        pages.put("sitemap part", "sitemaps/services-1.xml.gz");
        pages.put("robots.txt", "robots.txt");
        pages.put("api/search", "api/search?q=stay+and+play");
        pages.put("childcare", "childcare");
        pages.put("childcare Crewe", "childcare?place=Crewe&km=5&months=18&day=TU&funded=working-parent"
                + "&vacancy=now&type=childminder");
        pages.put("childcare all", "childcare?months=18");
        pages.put("childcare p.3", "childcare?months=18&page=3");
        pages.put("funded hours", "childcare/funded-hours?born=2025-06-15&working=yes");
        pages.put("childcare help", "childcare/help");
        pages.put("local offer", "local-offer");
        pages.put("local offer area", "local-offer/areas/" + localOfferArea);
        pages.put("local offer area p.3", "local-offer/areas/" + localOfferArea + "?page=3");
        pages.put("you said we did", "local-offer/you-said-we-did");
        return pages;
    }

    /** What parents mostly open: searches, services, their locality and topics. */
    static List<String> browsing(Map<String, String> pages) {
        return List.of(pages.get("home"), pages.get("search"), pages.get("search words"), pages.get("search"),
                pages.get("service"), pages.get("service"), pages.get("locality"), pages.get("category"),
                pages.get("venue"));
    }

    static List<PhoneProfile.Page> phonePages(Map<String, String> pages) {
        return List.of(new PhoneProfile.Page("home", pages.get("home"), "#this-week li, .tile"),
                new PhoneProfile.Page("results", pages.get("search"), ".service-card"),
                new PhoneProfile.Page("service", pages.get("service"), ".key-facts"),
                new PhoneProfile.Page("locality", pages.get("locality"), ".service-card"));
    }

    /** The code at the end of a page's address: {@code localities/crewe-nantwich} gives crewe-nantwich. */
    static String code(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    private static String single(JdbcClient jdbc, String sql) {
        return jdbc.sql(sql).query(String.class).single();
    }
}
