/**
 * Examples of extending Condition Content from outside the library:
 * {@link org.conditioncontent.examples.MarkdownRenderer}, a renderer plugged in through
 * {@link java.util.ServiceLoader}, and {@link org.conditioncontent.examples.SiteExport}, an
 * application's own export with the library's export parts. This module has no {@code module-info.java}: it is not a
 * library, and a renderer on the class path is found through {@code META-INF/services}.
 */
package org.conditioncontent.examples;
