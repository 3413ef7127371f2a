/**
 * JSON Schemas (draft 2020-12) of the files the loader reads, for editors: the article format,
 * generated from the model's records ({@link org.conditioncontent.loader.schema.ArticleSchema}),
 * and the rules configuration {@code conditions.yaml}
 * ({@link org.conditioncontent.loader.schema.RulesConfigSchema}). A schema checks what a schema
 * can (fields, types, closed lists, patterns, required fields, ranges); the loader checks that and
 * more, so the loader stays the judge.
 */
@NullMarked
package org.conditioncontent.loader.schema;

import org.jspecify.annotations.NullMarked;
