package org.conditioncontent.model;

import jakarta.validation.constraints.NotBlank;
import org.conditioncontent.model.constraints.WebUrl;
import org.jspecify.annotations.Nullable;

/**
 * The organization that publishes the article. It need not hold a copyright: a government
 * agency publishes public-domain articles.
 *
 * @param name the publisher's name
 * @param url the publisher's web site; optional
 */
public record Publisher(@NotBlank String name, @WebUrl @Nullable String url) {}
