/**
 * The live preview of {@code conditions preview}: a web server on the loopback interface that
 * shows each article as {@code conditions export} renders it, with its findings above it, and
 * reloads the page in the browser when a file is saved. Not API.
 */
@NullMarked
package org.conditioncontent.cli.preview;

import org.jspecify.annotations.NullMarked;
