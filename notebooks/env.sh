# Shared by notebooks/open and notebooks/run-all: builds what the notebooks need and points Jupyter at a
# kernel kept inside the project. It can be sourced from any folder and changes none.
# Jupyter's own folders stay under notebooks/.jupyter (git-ignored), never in the user's home.

CXSIM_NOTEBOOKS="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
CXSIM_ROOT="$(dirname "$CXSIM_NOTEBOOKS")"
CXSIM_KERNEL_VERSION=3.0.1
CXSIM_JUPYTER="$CXSIM_NOTEBOOKS/.jupyter"

export JUPYTER_CONFIG_DIR="$CXSIM_JUPYTER/config"
export JUPYTER_DATA_DIR="$CXSIM_JUPYTER/data"
export JUPYTER_RUNTIME_DIR="$CXSIM_JUPYTER/runtime"
export JUPYTER_PATH="$CXSIM_JUPYTER/share"
export IPYTHONDIR="$CXSIM_JUPYTER/ipython"
export JUPYTER_PLATFORM_DIRS=1

cxsim_fail() {
  echo "notebooks: $*" >&2
  exit 2
}

# Jupyter from Debian's packages (jupyter-notebook, jupyter-nbconvert, python3-ipykernel).
cxsim_require_jupyter() {
  JUPYTER=/usr/bin/jupyter
  [ -x "$JUPYTER" ] || JUPYTER="$(command -v jupyter || true)"
  [ -n "$JUPYTER" ] || cxsim_fail "jupyter not found; install it with: apt-get install jupyter-notebook jupyter-nbconvert python3-ipykernel"
}

# The simulator jar the notebooks load with %jar: the cxsim launcher builds it when missing or older than the
# sources.
cxsim_require_jar() {
  "$CXSIM_ROOT/cxsim" --version >/dev/null || cxsim_fail "the simulator jar could not be built (see above)"
}

# The Java kernel (rapaio-jupyter-kernel, from Maven Central) and its kernel spec, inside the project.
cxsim_require_kernel() {
  local lib="$CXSIM_JUPYTER/lib"
  local jar="$lib/rapaio-jupyter-kernel-$CXSIM_KERNEL_VERSION.jar"
  if [ ! -f "$jar" ]; then
    echo "notebooks: fetching the Java kernel $CXSIM_KERNEL_VERSION from Maven Central" >&2
    mkdir -p "$lib"
    mvn -B -q -Dstyle.color=never org.apache.maven.plugins:maven-dependency-plugin:3.6.1:copy \
      -Dartifact="io.github.padreati:rapaio-jupyter-kernel:$CXSIM_KERNEL_VERSION" -DoutputDirectory="$lib" \
      >"$lib/fetch.log" 2>&1 || cxsim_fail "could not fetch the Java kernel; see $lib/fetch.log"
  fi
  local spec="$JUPYTER_PATH/kernels/cxsim-java"
  mkdir -p "$spec"
  local java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
  cat >"$spec/kernel.json" <<JSON
{
  "argv": ["$java", "-Djava.awt.headless=true", "-jar", "$jar", "{connection_file}"],
  "display_name": "Java (cxsim)",
  "language": "java",
  "interrupt_mode": "message",
  "env": {"RJK_TIMEOUT_MILLIS": "-1"}
}
JSON
}
