#!/usr/bin/env bash
# Runs one of Ferrum's programs from this checkout, building it first when its sources (or any
# module it depends on) changed since the last build. Called by ./ferrum with JAVA_HOME and
# FERRUM_MVN already set by scripts/env.sh.
#   run-app.sh serve [options]       Ferrum (embedded defaults unless --config; see ServeMain)
#   run-app.sh simulator [options]   the Ironic simulator alone (see its README)
#   run-app.sh bench [options]       the benchmarks (see BENCHMARKS.md)
#   run-app.sh cli [command ...]     the ferrum client commands (see ferrum-cli/README.md)
set -euo pipefail
cd "$(dirname "$0")/.."

app="$1"
shift
case "$app" in
  serve)
    # The compute service; with no --config it runs an in-process Ironic simulator, H2 under
    # ./ferrum-data, and prints the admin token and a clouds.yaml snippet.
    module=ferrum-service
    main=dev.ferrum.service.ServeMain
    defaults=()
    ;;
  simulator)
    module=ferrum-ironic-simulator
    main=dev.ferrum.ironic.simulator.SimulatorMain
    defaults=()
    ;;
  cli)
    module=ferrum-cli
    main=dev.ferrum.cli.FerrumCli
    defaults=()
    ;;
  bench)
    module=ferrum-bench
    main=dev.ferrum.bench.BenchMain
    defaults=()
    ;;
  *)
    echo "run-app.sh: unknown program '$app'" >&2
    exit 2
    ;;
esac

stamp="$module/target/run-app.classpath"
newest_source=$(find pom.xml ferrum-*/pom.xml ferrum-*/src/main -type f -newer "$stamp" -print -quit 2>/dev/null || true)
if [ ! -s "$stamp" ] || [ -n "$newest_source" ]; then
  echo "ferrum: building $module ..." >&2
  "$FERRUM_MVN" -B -q -pl "$module" -am -DskipTests -DskipITs -Djacoco.skip=true install >&2
  "$FERRUM_MVN" -B -q -pl "$module" dependency:build-classpath \
    -Dmdep.includeScope=runtime -Dmdep.outputFile="$PWD/$stamp" >&2
fi

exec "$JAVA_HOME/bin/java" --enable-native-access=ALL-UNNAMED \
  -cp "$module/target/classes:$(cat "$stamp")" "$main" "${defaults[@]}" "$@"
