/**
 * The editorial rules' implementation: the built-in rules and the text statistics behind them
 * (sentence and word splitting, syllable counting, Flesch-Kincaid readability). Not API: it may
 * change in any release.
 */
@NullMarked
package org.conditioncontent.loader.rules.internal;

import org.jspecify.annotations.NullMarked;
