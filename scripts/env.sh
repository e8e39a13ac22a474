#!/usr/bin/env bash
# Sourced by ./ferrum and .ci/run: finds a JDK 21+ and a Maven 3.9, exports JAVA_HOME and FERRUM_MVN.
# The machine's default java may be older; a JDK 21+ is looked for in JAVA_HOME, on PATH and
# under /usr/lib/jvm (newest first). Nothing here names a package registry: Maven itself is
# fetched as an ordinary artifact by the system mvn.

FERRUM_MAVEN_VERSION="${FERRUM_MAVEN_VERSION:-3.9.16}"

ferrum_java_major() { # $1 = path to a java binary; prints its feature version or nothing
  "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = //p' | head -n1
}

ferrum_find_jdk() {
  local candidates=() c v
  [ -n "${JAVA_HOME:-}" ] && candidates+=("$JAVA_HOME")
  if command -v javac >/dev/null 2>&1; then
    candidates+=("$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")")
  fi
  for c in $(ls -d /usr/lib/jvm/*/ 2>/dev/null | sort -rV); do candidates+=("${c%/}"); done
  for c in "${candidates[@]}"; do
    [ -x "$c/bin/java" ] && [ -x "$c/bin/javac" ] || continue
    v=$(ferrum_java_major "$c/bin/java")
    if [ -n "$v" ] && [ "${v%%.*}" -ge 21 ] 2>/dev/null; then
      echo "$c"
      return 0
    fi
  done
  return 1
}

if ! FERRUM_JDK=$(ferrum_find_jdk); then
  cat >&2 <<'MSG'
ferrum: no JDK 21 or newer found (looked at JAVA_HOME, the javac on PATH and /usr/lib/jvm/*).
        Install one, e.g. 'apt-get install openjdk-21-jdk-headless' or a Temurin 21+ JDK,
        or point JAVA_HOME at it.
MSG
  return 1 2>/dev/null || exit 1
fi
export JAVA_HOME="$FERRUM_JDK"
export PATH="$JAVA_HOME/bin:$PATH"

ferrum_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
ferrum_tools="$ferrum_root/.tools"
FERRUM_MVN="$ferrum_tools/apache-maven-$FERRUM_MAVEN_VERSION/bin/mvn"
if [ ! -x "$FERRUM_MVN" ]; then
  if ! command -v mvn >/dev/null 2>&1; then
    echo "ferrum: Maven is needed once to fetch Maven $FERRUM_MAVEN_VERSION: apt-get install maven" >&2
    return 1 2>/dev/null || exit 1
  fi
  mkdir -p "$ferrum_tools"
  mvn -B -q org.apache.maven.plugins:maven-dependency-plugin:3.11.0:unpack \
    -Dartifact="org.apache.maven:apache-maven:$FERRUM_MAVEN_VERSION:tar.gz:bin" \
    -DoutputDirectory="$ferrum_tools" -DmarkersDirectory="$ferrum_tools/.markers" >&2 ||
    { echo "ferrum: could not fetch Maven $FERRUM_MAVEN_VERSION" >&2; return 1 2>/dev/null || exit 1; }
fi
export FERRUM_MVN
FERRUM_JDK_MAJOR=$(ferrum_java_major "$JAVA_HOME/bin/java")
export FERRUM_JDK_MAJOR
MAVEN_OPTS="${MAVEN_OPTS:-} --enable-native-access=ALL-UNNAMED"
# JDK 24+ warns when build plugins (the formatter) use sun.misc.Unsafe; allow it quietly.
[ "${FERRUM_JDK_MAJOR%%.*}" -ge 24 ] && MAVEN_OPTS="$MAVEN_OPTS --sun-misc-unsafe-memory-access=allow"
export MAVEN_OPTS
