package org.conditioncontent.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import org.conditioncontent.model.constraints.NullOrNotBlank;
import org.jspecify.annotations.Nullable;

/**
 * Resources for readers in one region, such as the United States or Canada.
 *
 * @param region the region, as an ISO 3166-1 alpha-2 country code ("US", "CA")
 * @param heading the group's heading ("Canadian resources"); optional
 * @param items the resources
 */
public record ResourceGroup(
        @NotBlank @Pattern(regexp = "[A-Z]{2}", message = "must be a two-letter country code such as US or CA") String region,
        @NullOrNotBlank @Nullable String heading,
        List<@Valid Resource> items) {

    /**
     * Normalises the list: {@code null} becomes empty; elements must not be {@code null}.
     *
     * @param region the region, as an ISO 3166-1 alpha-2 country code ("US", "CA")
     * @param heading the group's heading ("Canadian resources"); optional
     * @param items the resources
     */
    public ResourceGroup {
        items = Lists.copy(items);
    }
}
