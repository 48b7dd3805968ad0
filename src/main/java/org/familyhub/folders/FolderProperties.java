package org.familyhub.folders;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of professionals' folders.
 *
 * @param itemsPerFolder    the most services one folder holds: a family's list, not a directory
 * @param foldersPerOwner   the most folders one professional keeps
 * @param keptFor           a folder nobody changed for this long is deleted ({@code FAMILYHUB_FOLDERS_KEPT_FOR})
 * @param purgeCheckEvery   how often the retention job looks
 */
@ConfigurationProperties("familyhub.folders")
public record FolderProperties(
        @DefaultValue("50") int itemsPerFolder,
        @DefaultValue("200") int foldersPerOwner,
        @DefaultValue("365d") Duration keptFor,
        @DefaultValue("PT6H") Duration purgeCheckEvery) {
}
