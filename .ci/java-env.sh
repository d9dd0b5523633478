# Sourced by ./zg and .ci/run: selects a JDK >= 21 and keeps the embedding stack offline.
# Expects ZG_HOME to be set to the repository root.

java_major() { "$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p' | cut -d. -f1; }
pick_jdk() {
  local candidate
  for candidate in "${JAVA_HOME:-}" /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/temurin-21-jdk-amd64 /usr/lib/jvm/*; do
    [ -n "$candidate" ] && [ -x "$candidate/bin/java" ] || continue
    if [ "$(java_major "$candidate")" -ge 21 ] 2>/dev/null; then
      echo "$candidate"
      return 0
    fi
  done
  return 1
}
if ! JAVA_HOME="$(pick_jdk)"; then
  echo "zg: no JDK 21 or newer found; install one and set JAVA_HOME" >&2
  exit 1
fi
export JAVA_HOME
export PATH="$JAVA_HOME/bin:$PATH"

# The DJL tokenizer under the embedding model probes a cloud metadata address unless told not to.
export OPT_OUT_TRACKING=true
export DJL_OFFLINE=true
# DJL's cache and ONNX Runtime's native-library extraction stay inside the workspace.
mkdir -p "$ZG_HOME/.zg/djl" "$ZG_HOME/.zg/tmp"
export DJL_CACHE_DIR="$ZG_HOME/.zg/djl"
export ENGINE_CACHE_DIR="$ZG_HOME/.zg/djl"
export ZG_JAVA_OPTS="${ZG_JAVA_OPTS:-} --add-modules jdk.incubator.vector --enable-native-access=ALL-UNNAMED -Djava.io.tmpdir=$ZG_HOME/.zg/tmp -Dfile.encoding=UTF-8"
export MAVEN_OPTS="${MAVEN_OPTS:-} -Djava.io.tmpdir=$ZG_HOME/.zg/tmp"
