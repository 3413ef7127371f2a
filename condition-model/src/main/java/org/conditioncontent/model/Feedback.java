package org.conditioncontent.model;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;

/**
 * Where readers send comments: "To send comments or feedback ... please email us at" followed by
 * the address. Renderers write the invitation, then the address as a link.
 *
 * @param invitation the sentence that asks for feedback, up to where the address goes
 * @param email the address
 */
public record Feedback(@NotBlank String invitation, @NotBlank @Email String email) {}
