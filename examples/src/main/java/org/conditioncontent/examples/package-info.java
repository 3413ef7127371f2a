/**
 * Examples of extending Condition Content from outside the library:
 * {@link org.conditioncontent.examples.MarkdownRenderer}, a renderer plugged in through
 * {@link java.util.ServiceLoader}. This module has no {@code module-info.java}: it is not a
 * library, and a renderer on the class path is found through {@code META-INF/services}.
 */
package org.conditioncontent.examples;
