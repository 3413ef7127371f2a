#!/usr/bin/env bash
# Builds the self-contained archive, conditions-VERSION-linux-x64.tar.gz: the command with a Java
# runtime of its own, so that it runs on a machine with no JDK. Maven runs it in the package
# phase of condition-cli, after the jar and target/lib are made (see the pom's dist-linux-x64
# profile):
#
#   make-runtime.sh VERSION JAVA_HOME TARGET REPOSITORY TIMESTAMP
#
# VERSION names the archive, JAVA_HOME is the JDK whose jlink and modules make the runtime (the
# one running Maven), TARGET is condition-cli/target, REPOSITORY the repository's root (for the
# training articles, LICENSE and NOTICE), TIMESTAMP the date every file in the archive gets (the
# build's project.build.outputTimestamp, as the jars have).
#
# Three steps:
# 1. jlink links the command's modules (conditions.jar and the named modules of target/lib) and
#    the JDK modules their module-info files require, and nothing else, into runtime/. The
#    language server is not linked: LSP4J's jars are automatic modules, which jlink refuses, and
#    the command requires the server only statically. Its jars go to lsp/, and the launcher puts
#    them on the module path for `conditions lsp` alone (decision 39).
# 2. Class-data sharing: training runs of the linked runtime list the classes that validate,
#    export and the reports load (-XX:DumpLoadedClassList), and the runtime itself dumps them
#    into its default archive, runtime/lib/server/classes.jsa (-Xshare:dump). The classes come
#    from the runtime image, not from jar paths, so the archive stays valid wherever the
#    archive is unpacked.
# 3. tar and gzip, with sorted names, one owner and one date, so that the listing does not
#    depend on the machine.
set -euo pipefail

if [ "$#" -ne 5 ]; then
    echo "usage: make-runtime.sh VERSION JAVA_HOME TARGET REPOSITORY TIMESTAMP" >&2
    exit 2
fi
version="$1"
jdk="$2"
target="$3"
repository="$4"
timestamp="$5"

name="conditions-$version"
work="$target/dist"
image="$work/$name"
runtime="$image/runtime"
archive="$target/$name-linux-x64.tar.gz"

rm -rf "$work" "$archive"
# jlink links from the JDK's jmods/ folder, which some JDK packages leave out or ship apart.
# Without it there is no runtime to make; the rest of the build goes on.
if [ ! -f "$jdk/jmods/java.base.jmod" ]; then
    echo "make-runtime.sh: warning: $jdk has no jmods/java.base.jmod, so no self-contained archive is made; use a JDK with its jmods to have one" >&2
    exit 0
fi
mkdir -p "$image/bin" "$work/training"

# 1. The runtime. --strip-debug drops line numbers from stack traces, which users see only with
# --debug; uncompressed modules (no --compress) start faster and gzip better in the archive.
"$jdk/bin/jlink" \
    --module-path "$target/conditions.jar:$target/lib" \
    --add-modules org.conditioncontent.cli \
    --strip-debug --no-header-files --no-man-pages \
    --output "$runtime"

# 2. The class list of the training runs, then the archive. The runs start in an empty folder so
# that no conditions.yaml changes what they load; exit code 1 (findings) is what they expect.
java="$runtime/bin/java"
main=org.conditioncontent.cli/org.conditioncontent.cli.Main
train() {
    local list="$1"
    shift
    local status=0
    (cd "$work/training" && "$java" -Xshare:off -XX:DumpLoadedClassList="$list" -m "$main" "$@" > /dev/null 2> "$list.err") || status=$?
    if [ "$status" -gt 1 ]; then
        echo "make-runtime.sh: the training run 'conditions $*' failed with exit code $status:" >&2
        cat "$list.err" >&2
        exit 1
    fi
}
train "$work/classes-text.lst" validate "$repository/examples/invalid"
train "$work/classes-github.lst" validate --report github "$repository/examples/invalid"
train "$work/classes-sarif.lst" validate --report sarif "$repository/examples/invalid"
train "$work/classes-export.lst" export "$repository/examples/conditions" --out "$work/training/export"
# The lists overlap; each class once, in the order first loaded.
awk '!seen[$0]++' "$work"/classes-*.lst > "$work/classes.lst"
"$java" -Xshare:dump -XX:SharedClassListFile="$work/classes.lst" \
    -XX:SharedArchiveFile="$runtime/lib/server/classes.jsa" \
    -Xlog:disable -Xlog:all=error:stderr -m "$main" > /dev/null
rm -f "$runtime/lib/server/classes_nocoops.jsa"

# 3. The language server's jars, the launcher and the notices, then the archive.
mkdir "$image/lsp"
for jar in "$target"/lib/condition-lsp-*.jar "$target"/lib/org.eclipse.lsp4j*.jar "$target"/lib/gson-*.jar; do
    [ -f "$jar" ] || { echo "make-runtime.sh: the language server's jars are missing from $target/lib ($jar)" >&2; exit 1; }
    cp "$jar" "$image/lsp/"
done
cp "$repository/condition-cli/src/dist/bin/conditions" "$image/bin/conditions"
chmod 755 "$image/bin/conditions"
cp "$repository/LICENSE" "$repository/NOTICE" "$image/"
tar --sort=name --owner=0 --group=0 --numeric-owner --mtime="$timestamp" \
    -C "$work" -cf - "$name" | gzip -n > "$archive"
# The runtime's binaries are linked against the building system's C library and need its version
# or a later one (Debian 12's OpenJDK: glibc 2.34); the line says which, when objdump is there.
glibc=""
if command -v objdump > /dev/null 2>&1; then
    glibc="$(find "$runtime" -type f \( -name '*.so' -o -path '*/bin/*' \) -exec objdump -T {} + 2> /dev/null |
        grep -o 'GLIBC_[0-9][0-9.]*' | sed 's/GLIBC_//' | sort -t . -k 1,1n -k 2,2n -k 3,3n | tail -n 1 || true)"
fi
echo "make-runtime.sh: wrote $archive ($(du -k "$archive" | cut -f1) KB)${glibc:+; its runtime needs glibc $glibc or later}"
