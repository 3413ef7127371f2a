/**
 * The article in reading order: {@link org.conditioncontent.model.outline.Outline} walks a
 * {@link org.conditioncontent.model.Condition} as sealed {@link org.conditioncontent.model.outline.Part}s
 * for renderers and apps, and lists its {@link org.conditioncontent.model.outline.Text}s with
 * their JSON Pointers and roles for editorial rules.
 */
@NullMarked
package org.conditioncontent.model.outline;

import org.jspecify.annotations.NullMarked;
