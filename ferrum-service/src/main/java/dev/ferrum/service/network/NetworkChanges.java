package dev.ferrum.service.network;

/**
 * An update of a network, subnet or port's descriptive fields; {@code null} leaves a field as it
 * is. Addresses, ranges and provider attributes are not changed after creation.
 *
 * @param name the new name, or {@code null}
 * @param description the new description, or {@code null}
 * @param adminStateUp the new administrative state, or {@code null} (ignored for subnets)
 */
public record NetworkChanges(String name, String description, Boolean adminStateUp) {}
