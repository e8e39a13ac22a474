package dev.ferrum.ironic.client.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An ordered list of {@link PatchOperation}s: the body of an Ironic PATCH.
 *
 * <p>Exists so callers build patches fluently and the client serialises them exactly as RFC 6902
 * requires. {@link #toString()} shows operations and paths only, never values, because values may
 * be secrets (driver credentials, instance passwords).
 *
 * @param operations the operations, applied in order; never empty
 */
public record JsonPatch(List<PatchOperation> operations) {

  /** Copies and checks the list. */
  public JsonPatch {
    operations = List.copyOf(Objects.requireNonNull(operations, "operations"));
    if (operations.isEmpty()) {
      throw new IllegalArgumentException("a JSON patch needs at least one operation");
    }
  }

  /** A patch of the given operations. */
  public static JsonPatch of(PatchOperation... operations) {
    return new JsonPatch(List.of(operations));
  }

  /** A builder for a patch. */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("JsonPatch[");
    for (int i = 0; i < operations.size(); i++) {
      if (i > 0) {
        sb.append(", ");
      }
      sb.append(operations.get(i).op()).append(' ').append(operations.get(i).path());
    }
    return sb.append(']').toString();
  }

  /** Collects operations in order; not thread-safe. */
  public static final class Builder {
    private final List<PatchOperation> ops = new ArrayList<>();

    private Builder() {}

    /** Appends an {@code add}. */
    public Builder add(String path, Object value) {
      ops.add(PatchOperation.add(path, value));
      return this;
    }

    /** Appends a {@code replace}. */
    public Builder replace(String path, Object value) {
      ops.add(PatchOperation.replace(path, value));
      return this;
    }

    /** Appends a {@code remove}. */
    public Builder remove(String path) {
      ops.add(PatchOperation.remove(path));
      return this;
    }

    /** Appends any operation. */
    public Builder operation(PatchOperation op) {
      ops.add(Objects.requireNonNull(op, "op"));
      return this;
    }

    /** The patch; fails if empty. */
    public JsonPatch build() {
      return new JsonPatch(ops);
    }
  }
}
