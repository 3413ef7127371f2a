/**
 * Reports of a validation, in the forms CI services and editors read: text, JSON, SARIF 2.1.0,
 * GitHub Actions annotations and JUnit XML. Build a {@link
 * org.conditioncontent.loader.report.ValidationReport} from what the loader found and render it
 * with a {@link org.conditioncontent.loader.report.ReportFormat}; {@link
 * org.conditioncontent.loader.report.VisibleText} makes any text safe to print in a log. Shared
 * by the {@code conditions} command, the Maven plugin and editor integrations, so that each
 * gives the same report for the same findings.
 */
@NullMarked
package org.conditioncontent.loader.report;

import org.jspecify.annotations.NullMarked;
