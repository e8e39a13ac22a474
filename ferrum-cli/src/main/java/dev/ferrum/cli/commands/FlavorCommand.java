package dev.ferrum.cli.commands;

import dev.ferrum.cli.api.Flavor;
import dev.ferrum.cli.api.FlavorCreate;
import dev.ferrum.cli.internal.JsonOutput;
import dev.ferrum.cli.internal.Table;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ferrum flavor …}: list flavors and create bare-metal ones. */
@Command(
    name = "flavor",
    description = "List and create flavors.",
    subcommands = {FlavorCommand.ListFlavors.class, FlavorCommand.CreateFlavor.class})
public final class FlavorCommand extends GroupCommand {

  /** Created by picocli. */
  public FlavorCommand() {}

  /** The table a single flavor prints as. */
  static Table show(Flavor f) {
    return Table.fieldValue()
        .row("id", f.id())
        .row("name", f.name())
        .row("ram", f.ram())
        .row("disk", f.disk())
        .row("vcpus", f.vcpus())
        .row("os-flavor-access:is_public", f.isPublic())
        .row("properties", ServerViews.properties(f.extraSpecs()));
  }

  /**
   * The Placement custom resource class for an Ironic {@code resource_class}: upper case, other
   * characters than letters, digits and underscore replaced by {@code _}, prefixed {@code CUSTOM_}
   * unless already.
   */
  static String customResourceClass(String resourceClass) {
    String n = resourceClass.trim().toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9_]", "_");
    return n.startsWith("CUSTOM_") ? n : "CUSTOM_" + n;
  }

  /** {@code ferrum flavor list}. */
  @Command(name = "list", description = "List flavors.")
  static final class ListFlavors extends ApiCommand {
    @Override
    public Integer call() {
      List<Flavor> flavors = api().listFlavors();
      if (json()) {
        JsonOutput.printAll(out(), flavors, Flavor::json);
        return 0;
      }
      Table t = new Table("ID", "Name", "RAM", "Disk", "VCPUs", "Is Public", "Properties");
      for (Flavor f : flavors) {
        t.row(
            f.id(),
            f.name(),
            f.ram(),
            f.disk(),
            f.vcpus(),
            f.isPublic(),
            ServerViews.properties(f.extraSpecs()));
      }
      t.print(out());
      return 0;
    }
  }

  /**
   * {@code ferrum flavor create NAME --ram --vcpus --disk [--resource-class X]}. With a resource
   * class it sets {@code resources:CUSTOM_X=1} and zeroes {@code VCPU}, {@code MEMORY_MB} and
   * {@code DISK_GB}, as Nova's Ironic flavors do, so scheduling matches on the node's class alone.
   */
  @Command(name = "create", description = "Create a flavor (admin).")
  static final class CreateFlavor extends ApiCommand {

    @Parameters(paramLabel = "NAME", description = "The flavor's name.")
    String name;

    @Option(names = "--id", paramLabel = "ID", description = "Flavor ID (default: generated).")
    String id;

    @Option(names = "--ram", required = true, paramLabel = "MiB", description = "Memory in MiB.")
    int ram;

    @Option(names = "--vcpus", required = true, paramLabel = "N", description = "Number of CPUs.")
    int vcpus;

    @Option(
        names = "--disk",
        required = true,
        paramLabel = "GiB",
        description = "Root disk in GiB.")
    int disk;

    @Option(names = "--private", description = "Only for projects given access.")
    boolean isPrivate;

    @Option(names = "--property", paramLabel = "KEY=VALUE", description = "Extra spec; repeatable.")
    Map<String, String> properties = new LinkedHashMap<>();

    @Option(
        names = "--resource-class",
        paramLabel = "CLASS",
        description = "Ironic resource class the flavor selects (sets resources:CUSTOM_<CLASS>=1).")
    String resourceClass;

    @Override
    public Integer call() {
      if (ram < 0 || vcpus < 0 || disk < 0) {
        throw new picocli.CommandLine.ParameterException(
            spec.commandLine(), "--ram, --vcpus and --disk must not be negative");
      }
      Map<String, String> specs = new LinkedHashMap<>(properties);
      if (resourceClass != null) {
        specs.put("resources:" + customResourceClass(resourceClass), "1");
        specs.put("resources:VCPU", "0");
        specs.put("resources:MEMORY_MB", "0");
        specs.put("resources:DISK_GB", "0");
      }
      Flavor f =
          api()
              .createFlavor(
                  new FlavorCreate(
                      name, Optional.ofNullable(id), ram, vcpus, disk, !isPrivate, specs));
      if (json()) {
        JsonOutput.print(out(), f.json());
      } else {
        show(f).print(out());
      }
      return 0;
    }
  }
}
