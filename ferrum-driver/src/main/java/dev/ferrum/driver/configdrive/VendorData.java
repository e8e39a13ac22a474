package dev.ferrum.driver.configdrive;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Operator-supplied vendor data. {@code vendor_data.json} carries the static document; {@code
 * vendor_data2.json} carries it under {@code "static"} next to any dynamic providers' documents, as
 * Nova's {@code StaticJSON} and {@code DynamicJSON} providers do.
 *
 * @param staticData the static JSON document (Nova's {@code StaticJSON}); JSON-compatible values
 * @param dynamicData documents keyed by dynamic provider name; JSON-compatible values
 */
public record VendorData(Map<String, Object> staticData, Map<String, Object> dynamicData) {

  /** No vendor data: both files hold empty documents ({@code {}} and {@code {"static": {}}}). */
  public static final VendorData NONE = new VendorData(Map.of(), Map.of());

  /** Validates and copies the components. */
  public VendorData {
    staticData = copy(Objects.requireNonNull(staticData, "staticData"));
    dynamicData = copy(Objects.requireNonNull(dynamicData, "dynamicData"));
    if (dynamicData.containsKey("static")) {
      throw new IllegalArgumentException("a dynamic vendor data provider cannot be named 'static'");
    }
  }

  private static Map<String, Object> copy(Map<String, Object> map) {
    return Collections.unmodifiableMap(new LinkedHashMap<>(map));
  }
}
