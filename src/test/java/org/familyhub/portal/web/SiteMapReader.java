package org.familyhub.portal.web;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.springframework.test.web.servlet.MockMvc;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Reads the sitemap as a search engine does: the index, then every part it names, each parsed as XML and
 * checked against the protocol's limits.
 */
final class SiteMapReader {

    static final String BASE = "http://localhost:8080";
    static final String NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9";

    private SiteMapReader() {
    }

    /** The addresses of every page in every part, in order. */
    static List<String> pages(MockMvc mvc) throws Exception {
        Document index = xml(mvc.perform(get("/sitemap.xml")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray());
        assertThat(index.getDocumentElement().getLocalName()).isEqualTo("sitemapindex");
        List<String> pages = new ArrayList<>();
        for (String part : locs(index, "sitemap")) {
            assertThat(part).startsWith(BASE + "/sitemaps/").endsWith(".xml.gz");
            byte[] gzipped = mvc.perform(get(part.substring(BASE.length()))).andExpect(status().isOk())
                    .andReturn().getResponse().getContentAsByteArray();
            pages.addAll(part(gzipped, SiteMapMaker.URLS_PER_PART));
        }
        return pages;
    }

    /** The addresses of one gzipped part, checked to be a valid urlset within the limit. */
    static List<String> part(byte[] gzipped, int limit) throws Exception {
        byte[] xml;
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(gzipped))) {
            xml = in.readAllBytes();
        }
        assertThat(xml.length).as("uncompressed part size").isLessThanOrEqualTo(50 * 1024 * 1024);
        Document part = xml(xml);
        assertThat(part.getDocumentElement().getLocalName()).isEqualTo("urlset");
        List<String> locs = locs(part, "url");
        assertThat(locs).hasSizeBetween(1, limit);
        return locs;
    }

    static Document xml(byte[] bytes) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
    }

    private static List<String> locs(Document document, String entry) {
        NodeList entries = document.getElementsByTagNameNS(NAMESPACE, entry);
        List<String> locs = new ArrayList<>();
        for (int i = 0; i < entries.getLength(); i++) {
            org.w3c.dom.Element element = (org.w3c.dom.Element) entries.item(i);
            locs.add(element.getElementsByTagNameNS(NAMESPACE, "loc").item(0).getTextContent().trim());
        }
        return locs;
    }
}
