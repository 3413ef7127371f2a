/**
 * What an export of articles writes: {@link org.conditioncontent.render.export.ExportPlan} lists
 * every file, each article in each format and, with HTML, the site's A&ndash;Z index, bundle and
 * sitemap, so that {@code conditions export}, the Maven plugin's {@code export} goal and an
 * application's own export write the same site. Where and how the files are written (a folder
 * swapped whole, several threads) is the caller's.
 */
@NullMarked
package org.conditioncontent.render.export;

import org.jspecify.annotations.NullMarked;
