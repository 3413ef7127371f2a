/**
 * How an export's format folders are put in place: {@link
 * org.conditioncontent.render.export.internal.FolderSwap} swaps them in under a journal and
 * finishes or removes an export that was killed, and {@link
 * org.conditioncontent.render.export.internal.FolderTree} deletes a folder's tree quickly. One
 * implementation for {@code conditions export} and the Maven plugin's {@code export} goal, so that
 * the two recover from each other's interrupted exports alike. Not API: exported only to the
 * command's module (the plugin runs on the class path), and any of it may change in any release.
 */
@NullMarked
package org.conditioncontent.render.export.internal;

import org.jspecify.annotations.NullMarked;
