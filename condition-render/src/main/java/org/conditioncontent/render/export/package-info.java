/**
 * What an export of articles writes: {@link org.conditioncontent.render.export.ExportPlan} lists
 * every file, each article in each format and, with HTML, the site's A&ndash;Z index, bundle and
 * sitemap, so that {@code conditions export}, the Maven plugin's {@code export} goal and an
 * application's own export write the same site. {@link
 * org.conditioncontent.render.export.FolderSwap} puts the format folders of a finished export in
 * place whole, under a journal that the next export replays if this one is killed, and {@link
 * org.conditioncontent.render.export.FolderTree} deletes a folder's tree without following links:
 * the command and the plugin use both, so that each recovers from the other's interrupted
 * exports. How the files are written (several threads, what is told to the user) is the
 * caller's.
 */
@NullMarked
package org.conditioncontent.render.export;

import org.jspecify.annotations.NullMarked;
