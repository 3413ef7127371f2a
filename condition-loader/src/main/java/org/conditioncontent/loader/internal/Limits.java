package org.conditioncontent.loader.internal;

/**
 * The loader's limits on hostile input.
 *
 * @param maxDocumentSize the longest document, in characters
 * @param maxNestingDepth the deepest nesting of objects and lists
 * @param maxStringLength the longest text value or field name, in characters
 * @param maxDiagnosticsPerFile how many diagnostics one file reports at most
 */
public record Limits(int maxDocumentSize, int maxNestingDepth, int maxStringLength, int maxDiagnosticsPerFile) {}
