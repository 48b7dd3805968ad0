package org.familyhub.portal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the public pages.
 *
 * @param publicUrl       the portal's address as families reach it, for links in e-mails, leaflets,
 *                        {@code sitemap.xml} and calendar files ({@code FAMILYHUB_PORTAL_PUBLIC_URL})
 * @param mapTileUrl      the map tile server, Leaflet's {@code {z}/{x}/{y}} form
 *                        ({@code FAMILYHUB_PORTAL_MAP_TILE_URL})
 * @param mapAttribution  the credit the tile server asks for, as HTML ({@code FAMILYHUB_PORTAL_MAP_ATTRIBUTION})
 */
@ConfigurationProperties("familyhub.portal")
public record PortalPageProperties(
        @DefaultValue("http://localhost:8080") String publicUrl,
        @DefaultValue("https://tile.openstreetmap.org/{z}/{x}/{y}.png") String mapTileUrl,
        @DefaultValue("&copy; <a href=\"https://www.openstreetmap.org/copyright\">OpenStreetMap</a> contributors")
        String mapAttribution) {

    /** The public address without a trailing slash. */
    public String base() {
        return publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }
}
