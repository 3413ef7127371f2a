package org.conditioncontent.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/**
 * An editor's decision to silence one editorial rule for one field of this article, with the
 * reason written down: {@code {rule: reading-level, field: /diagnosis, reason: "Terms the
 * reviewer asked us to keep"}}.
 *
 * @param rule the id of the rule to silence, such as {@code reading-level}
 * @param field the JSON Pointer of the field, such as {@code /diagnosis}; findings at that field
 *     and inside it are silenced
 * @param reason why the finding does not apply here; required, so that suppressions can be reviewed
 */
public record Suppression(
        @NotBlank String rule,
        @NotBlank @Pattern(regexp = "(/[^/]*)+", message = "must be a JSON Pointer to a field, such as /diagnosis or /references/0/url") String field,
        @NotBlank String reason) {}
