package org.familyhub.shared;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings every module shares; each has a default that works embedded and an environment variable.
 *
 * @param dataDir        where the embedded servers keep their data, so a restart keeps everything
 *                       ({@code FAMILYHUB_DATA_DIR})
 * @param areaName       the council area the directory covers ({@code FAMILYHUB_AREA_NAME})
 * @param portalName     the portal's name in the header and page titles ({@code FAMILYHUB_PORTAL_NAME})
 * @param frontDoorPhone the number to call when worried about a child ({@code FAMILYHUB_FRONT_DOOR_PHONE})
 */
@ConfigurationProperties("familyhub")
public record PortalProperties(
        @DefaultValue("data") Path dataDir,
        @DefaultValue("Cheshire East") String areaName,
        @DefaultValue("Cheshire East Family Directory") String portalName,
        @DefaultValue("0300 000 010") String frontDoorPhone) {
}
