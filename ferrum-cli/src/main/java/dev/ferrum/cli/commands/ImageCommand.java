package dev.ferrum.cli.commands;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ferrum.cli.api.Image;
import dev.ferrum.cli.api.ImageCreate;
import dev.ferrum.cli.internal.JsonOutput;
import dev.ferrum.cli.internal.Table;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ferrum image …}: list images and register new ones by URL. */
@Command(
    name = "image",
    description = "List and register images.",
    subcommands = {ImageCommand.ListImages.class, ImageCommand.CreateImage.class})
public final class ImageCommand extends GroupCommand {

  /** Created by picocli. */
  public ImageCommand() {}

  /** {@code ferrum image list}. */
  @Command(name = "list", description = "List images.")
  static final class ListImages extends ApiCommand {
    @Override
    public Integer call() {
      List<Image> images = api().listImages();
      if (json()) {
        JsonOutput.printAll(out(), images, Image::json);
        return 0;
      }
      Table t = new Table("ID", "Name", "Status");
      images.forEach(i -> t.row(i.id(), i.name(), i.status()));
      t.print(out());
      return 0;
    }
  }

  /**
   * {@code ferrum image create NAME --url U}: Ferrum keeps no image bytes, it registers where
   * Ironic downloads the image from.
   */
  @Command(name = "create", description = "Register an image by URL (admin).")
  static final class CreateImage extends ApiCommand {

    @Parameters(paramLabel = "NAME", description = "The image's name.")
    String name;

    @Option(
        names = "--url",
        required = true,
        paramLabel = "URL",
        description = "Where Ironic downloads the image (http, https or file).")
    String url;

    @Option(names = "--checksum", paramLabel = "HEX", description = "The image's checksum.")
    String checksum;

    @Option(
        names = "--disk-format",
        paramLabel = "FORMAT",
        description = "raw, qcow2, … (default: the service's).")
    String diskFormat;

    @Option(
        names = "--container-format",
        paramLabel = "FORMAT",
        description = "Usually bare (default: the service's).")
    String containerFormat;

    @Option(
        names = "--visibility",
        paramLabel = "VISIBILITY",
        description = "public, private, shared or community (default: the service's).")
    String visibility;

    @Option(
        names = "--property",
        paramLabel = "KEY=VALUE",
        description = "Image property; repeatable.")
    Map<String, String> properties = new LinkedHashMap<>();

    @Override
    public Integer call() {
      Image i =
          api()
              .createImage(
                  new ImageCreate(
                      name,
                      url,
                      Optional.ofNullable(checksum),
                      Optional.ofNullable(diskFormat),
                      Optional.ofNullable(containerFormat),
                      Optional.ofNullable(visibility),
                      properties));
      if (json()) {
        JsonOutput.print(out(), i.json());
      } else {
        Table t = Table.fieldValue();
        Map<String, String> rows = new TreeMap<>();
        i.json().properties().forEach(e -> rows.put(e.getKey(), text(e.getValue())));
        rows.forEach(t::row);
        t.print(out());
      }
      return 0;
    }

    private static String text(JsonNode v) {
      if (v == null || v.isNull()) {
        return "";
      }
      return v.isContainerNode() ? JsonOutput.compact(v) : v.asText();
    }
  }
}
