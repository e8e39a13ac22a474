package dev.ferrum.ironic.client.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One page of a list answer.
 *
 * <p>Exists for callers that page by hand (for example a poller that stops early); the marker is
 * what to pass to get the next page, derived from the last item rather than from Ironic's {@code
 * next} link, which drops filters.
 *
 * @param items the page's items
 * @param nextMarker the marker of the next page; empty on the last page
 * @param <T> the item type
 */
public record Page<T>(List<T> items, Optional<String> nextMarker) {
  /** Copies the list. */
  public Page {
    items = List.copyOf(Objects.requireNonNull(items, "items"));
    Objects.requireNonNull(nextMarker, "nextMarker");
  }

  /** {@code true} if another page may follow. */
  public boolean hasNext() {
    return nextMarker.isPresent();
  }
}
