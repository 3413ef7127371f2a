/**
 * The {@code conditions} command. {@link org.conditioncontent.cli.Main} is the only public type;
 * the subcommands, reports and file staging are package-private.
 */
@NullMarked
package org.conditioncontent.cli;

import org.jspecify.annotations.NullMarked;
