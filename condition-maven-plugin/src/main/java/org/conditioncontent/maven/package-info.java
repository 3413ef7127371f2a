/**
 * The Maven plugin: the goals {@code conditions:validate} ({@link
 * org.conditioncontent.maven.ValidateMojo}) and {@code conditions:export} ({@link
 * org.conditioncontent.maven.ExportMojo}), which run the command's checks, reports and export in
 * a Maven build. House rules and renderers come from the plugin's own {@code <dependencies>}.
 */
package org.conditioncontent.maven;
