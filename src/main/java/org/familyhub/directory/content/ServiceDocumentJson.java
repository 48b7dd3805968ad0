package org.familyhub.directory.content;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.json.JsonMapper;
import org.springframework.modulith.NamedInterface;

/** Service documents as JSON, in the standard's snake_case: for drafts, history, import and export. */
@NamedInterface("content")
public final class ServiceDocumentJson {

    /** Documents may carry fields the portal does not use (metadata, funding …): they are not errors. */
    public static final JsonMapper JSON = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private ServiceDocumentJson() {
    }

    public static String write(HsdsDocuments.Service document) {
        return JSON.writeValueAsString(document);
    }

    public static HsdsDocuments.Service read(String json) {
        return JSON.readValue(json, HsdsDocuments.Service.class);
    }
}
