/**
 * The language server for condition articles: {@link org.conditioncontent.lsp.ConditionsLanguageServer}
 * runs it over a pair of streams, such as a process's standard input and output.
 */
@NullMarked
package org.conditioncontent.lsp;

import org.jspecify.annotations.NullMarked;
