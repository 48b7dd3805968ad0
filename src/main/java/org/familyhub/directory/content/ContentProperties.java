package org.familyhub.directory.content;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param dir       the content to fill an empty directory from ({@code FAMILYHUB_CONTENT_DIR})
 * @param loadOnStart whether an empty database is filled from it on start
 */
@ConfigurationProperties("familyhub.content")
public record ContentProperties(@DefaultValue("content") Path dir, @DefaultValue("true") boolean loadOnStart) {
}
