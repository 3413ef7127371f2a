#!/usr/bin/env bash
# Checks the archives that `mvn package` leaves in condition-cli/target, against ./conditions:
#
# - the self-contained archive, conditions-VERSION-linux-x64.tar.gz, unpacked into an empty
#   folder and run with no Java anywhere on PATH and no JAVA_HOME, only a `java` that fails if
#   called, so that only the bundled runtime can answer; its class-data-sharing archive must map
#   (-Xshare:on) and hold the command's classes; the archive must stay under 50 MB;
# - the portable zip, conditions-VERSION.zip, its POSIX launcher on the class path with JDK 17 and
#   with JDK 25, through JAVA_HOME and through PATH, and refusing an older Java with exit code 2;
#   its cmd launcher, which no Windows runs here, must keep the POSIX launcher's JVM options.
#
# Both must also serve `conditions lsp` (the self-contained one from its lsp/ folder): answer
# initialize and shutdown, and exit 0 after exit.
#
# Every run must print what ./conditions prints, byte for byte, and exit as it does. JDK 25 is
# looked for at $JDK25_HOME (default /usr/lib/jvm/temurin-25-jdk-amd64); without it the JDK 25
# runs are skipped, except under CI=true, where that is a failure.
set -euo pipefail
cd "$(dirname "$0")/../.."
root="$PWD"
target="$root/condition-cli/target"
jdk25="${JDK25_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"

fail() {
    echo "check-archives: $*" >&2
    exit 1
}

shopt -s nullglob
tarballs=("$target"/conditions-*-linux-x64.tar.gz)
shopt -u nullglob
[ "${#tarballs[@]}" -eq 1 ] || fail "expected one conditions-*-linux-x64.tar.gz in $target (run mvn package)"
tarball="${tarballs[0]}"
version="$(basename "$tarball" -linux-x64.tar.gz)"
version="${version#conditions-}"
zip="$target/conditions-$version.zip"
[ -f "$zip" ] || fail "$zip is missing (run mvn package)"

if ! command -v unzip > /dev/null 2>&1; then
    sudo=""
    if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
    $sudo apt-get update
    $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y unzip
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# A PATH with the few tools the launchers use and no java but one that fails and leaves a mark.
mkdir "$work/tools" "$work/fake-java"
for tool in dirname readlink sed; do
    ln -s "$(command -v "$tool")" "$work/tools/$tool"
done
cat > "$work/fake-java/java" <<FAKE
#!/bin/sh
echo "the fake java was called: \$*" >> "$work/fake-java-called"
exit 97
FAKE
chmod +x "$work/fake-java/java"
no_java_path="$work/fake-java:$work/tools"

# What ./conditions prints and exits with, for every command line compared below. They run from
# the repository's root, so that the reports name the same relative paths.
command_lines=(
    "--version"
    "validate examples/conditions"
    "validate examples/invalid"
    "validate --report github examples/invalid"
    "validate --report sarif examples/invalid"
    "render --format html examples/conditions/nocturnal-leg-cramps.yaml"
    "rules"
)
run_all() { # run_all NAME COMMAND...: every command line, then an export, into $work/NAME
    local name="$1" i=0 status
    shift
    mkdir -p "$work/$name"
    for line in "${command_lines[@]}"; do
        status=0
        # shellcheck disable=SC2086 # each command line is words
        "$@" $line > "$work/$name/$i.out" 2> "$work/$name/$i.err" || status=$?
        echo "$status" > "$work/$name/$i.status"
        i=$((i + 1))
    done
    status=0
    "$@" export examples/conditions --out "$work/$name/export" > /dev/null 2> "$work/$name/export.err" || status=$?
    echo "$status" > "$work/$name/export.status"
}
same_as_launcher() { # same_as_launcher NAME: NAME's outputs equal ./conditions's
    local name="$1" i=0
    for line in "${command_lines[@]}"; do
        cmp -s "$work/reference/$i.status" "$work/$name/$i.status" ||
            fail "$name: 'conditions $line' exited $(cat "$work/$name/$i.status"), ./conditions $(cat "$work/reference/$i.status"); its errors: $(cat "$work/$name/$i.err")"
        cmp -s "$work/reference/$i.out" "$work/$name/$i.out" ||
            fail "$name: 'conditions $line' printed other output than ./conditions: $(diff "$work/reference/$i.out" "$work/$name/$i.out" | head -n 20)"
        i=$((i + 1))
    done
    cmp -s "$work/reference/export.status" "$work/$name/export.status" || fail "$name: export exited $(cat "$work/$name/export.status"): $(cat "$work/$name/export.err")"
    diff -r "$work/reference/export" "$work/$name/export" > /dev/null || fail "$name: export wrote other files than ./conditions"
    [ ! -e "$work/fake-java-called" ] || fail "$name: called the java on PATH: $(cat "$work/fake-java-called")"
    echo "$name: ${#command_lines[@]} command lines and an export, the same as ./conditions"
}

lsp_session() { # lsp_session NAME COMMAND...: initialize, shutdown and exit over stdin; exit code 0 and both answers
    local name="$1" status=0 message
    shift
    : > "$work/$name-lsp.in"
    for message in '{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"processId":null,"rootUri":null,"capabilities":{}}}' \
                   '{"jsonrpc":"2.0","id":2,"method":"shutdown"}' '{"jsonrpc":"2.0","method":"exit"}'; do
        printf 'Content-Length: %d\r\n\r\n%s' "${#message}" "$message" >> "$work/$name-lsp.in"
    done
    "$@" lsp < "$work/$name-lsp.in" > "$work/$name-lsp.out" 2> "$work/$name-lsp.err" || status=$?
    [ "$status" -eq 0 ] || fail "$name: 'conditions lsp' exited $status after shutdown and exit: $(cat "$work/$name-lsp.err")"
    grep -q '"hoverProvider":true' "$work/$name-lsp.out" && grep -q '"id":2' "$work/$name-lsp.out" ||
        fail "$name: 'conditions lsp' did not answer initialize and shutdown: $(head -c 400 "$work/$name-lsp.out")"
    echo "$name: conditions lsp answered initialize and shutdown, and exited 0 after exit"
}

./conditions --version > /dev/null # builds the jar if it is missing or old
run_all reference ./conditions
grep -q '^1$' "$work/reference/2.status" || fail "./conditions validate examples/invalid should exit 1"
[ -s "$work/reference/export/html/nocturnal-leg-cramps.html" ] || fail "./conditions export wrote no HTML"

echo "== the self-contained archive: $(du -k "$tarball" | cut -f1) KB"
size="$(stat -c %s "$tarball")"
[ "$size" -lt $((50 * 1024 * 1024)) ] || fail "$tarball is $size bytes, over the 50 MB target"
mkdir "$work/self-contained"
tar -xzf "$tarball" -C "$work/self-contained"
home="$work/self-contained/conditions-$version"
[ -x "$home/bin/conditions" ] || fail "the archive has no conditions-$version/bin/conditions"
bundled=(env -u JAVA_HOME PATH="$no_java_path" "$home/bin/conditions")
[ "$(env PATH="$no_java_path" /bin/sh -c 'command -v java')" = "$work/fake-java/java" ] || fail "a real java is reachable on the test's PATH"
run_all self-contained "${bundled[@]}"
same_as_launcher self-contained
[ -d "$home/lsp" ] || fail "the archive has no lsp/ folder with the language server"
lsp_session self-contained "${bundled[@]}"
for i in 1 2 3 4; do
    [ ! -s "$work/self-contained/$i.err" ] || fail "self-contained: 'conditions ${command_lines[$i]}' wrote to standard error: $(cat "$work/self-contained/$i.err")"
done
# Through a symbolic link, as from a folder on PATH, the launcher still finds its runtime.
mkdir "$work/links"
ln -s "$home/bin/conditions" "$work/links/conditions"
env -u JAVA_HOME PATH="$no_java_path" "$work/links/conditions" --version | cmp -s - "$work/reference/0.out" ||
    fail "self-contained: the launcher does not work through a symbolic link"
# The runtime holds only what the command's modules require, and no desktop (AWT, Swing) module.
modules="$("$home/runtime/bin/java" --list-modules | sed 's/@.*//' | grep -E '^(java|jdk)\.' | tr '\n' ' ')"
echo "self-contained: JDK modules in the runtime: $modules"
case " $modules" in *" java.desktop "*) fail "the runtime holds java.desktop, which the command does not need" ;; esac
# -Xshare:on stops the JVM if the class-data-sharing archive cannot be mapped; the class log
# shows the command's own classes coming from it.
CONDITIONS_JAVA_OPTIONS="-Xshare:on -Xlog:class+load=info:file=$work/class-load.txt" \
    "${bundled[@]}" validate examples/conditions > /dev/null || fail "the bundled runtime cannot map its class-data-sharing archive"
grep -q 'org.conditioncontent.loader.ConditionLoader source: shared objects file' "$work/class-load.txt" ||
    fail "the class-data-sharing archive does not hold the command's classes"
echo "self-contained: $(grep -c 'source: shared objects file' "$work/class-load.txt") of $(grep -c 'source:' "$work/class-load.txt") classes of a validation from the class-data-sharing archive"

echo "== the portable zip: $(du -k "$zip" | cut -f1) KB"
mkdir "$work/portable"
unzip -q "$zip" -d "$work/portable"
home="$work/portable/conditions-$version"
[ -x "$home/bin/conditions" ] || fail "the zip has no executable conditions-$version/bin/conditions"
[ ! -e "$home/runtime" ] || fail "the zip holds a runtime"
jdk17="$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")"
"$jdk17/bin/java" -version 2>&1 | grep -q 'version "17' || fail "the java on PATH ($jdk17) is not JDK 17"
run_all portable-jdk17 env JAVA_HOME="$jdk17" PATH="$no_java_path" "$home/bin/conditions"
same_as_launcher portable-jdk17
lsp_session portable-jdk17 env JAVA_HOME="$jdk17" PATH="$no_java_path" "$home/bin/conditions"
run_all portable-jdk17-path env -u JAVA_HOME PATH="$jdk17/bin:$work/tools" "$home/bin/conditions"
same_as_launcher portable-jdk17-path
if [ -x "$jdk25/bin/java" ]; then
    "$jdk25/bin/java" -version 2>&1 | grep -q 'version "25' || fail "$jdk25 is not JDK 25"
    # A cache folder that exists, on a PATH without cksum (a trimmed container): the launcher runs
    # without its start-up archive rather than stopping. The user's own cache is never used here.
    mkdir -p "$work/cache-bare/conditions"
    run_all portable-jdk25 env JAVA_HOME="$jdk25" XDG_CACHE_HOME="$work/cache-bare" PATH="$no_java_path" "$home/bin/conditions"
    same_as_launcher portable-jdk25
    [ -z "$(ls -A "$work/cache-bare/conditions")" ] || fail "portable-jdk25: an archive was written without cksum to name it"
    # With the tools it names the archive with, it writes one into a new cache folder.
    mkdir "$work/tools-cache"
    for tool in cksum df mkdir; do
        ln -s "$(command -v "$tool")" "$work/tools-cache/$tool"
    done
    run_all portable-jdk25-cache env JAVA_HOME="$jdk25" XDG_CACHE_HOME="$work/cache" PATH="$no_java_path:$work/tools-cache" "$home/bin/conditions"
    same_as_launcher portable-jdk25-cache
    ls "$work/cache/conditions/"conditions-*.jsa > /dev/null 2>&1 || fail "portable-jdk25-cache: no start-up archive in $work/cache/conditions"
elif [ "${CI:-}" = true ]; then
    fail "no JDK 25 at $jdk25 (set JDK25_HOME)"
else
    echo "portable-jdk25: skipped, no JDK 25 at $jdk25 (set JDK25_HOME)"
fi
# An older Java: its release file says so, and the launcher stops before starting it.
mkdir -p "$work/jdk11/bin"
printf 'JAVA_VERSION="11.0.25"\n' > "$work/jdk11/release"
cp "$work/fake-java/java" "$work/jdk11/bin/java"
status=0
env JAVA_HOME="$work/jdk11" PATH="$no_java_path" "$home/bin/conditions" --version > /dev/null 2> "$work/jdk11.err" || status=$?
[ "$status" -eq 2 ] && grep -q 'needs Java 17 or later' "$work/jdk11.err" || fail "an old Java gave exit code $status and: $(cat "$work/jdk11.err")"
rm -f "$work/fake-java-called"
# The cmd launcher: CRLF line ends, and the POSIX launcher's JVM options and main class.
cmd="$home/bin/conditions.cmd"
[ -f "$cmd" ] || fail "the zip has no bin/conditions.cmd"
[ "$(grep -c $'\r$' "$cmd")" -eq "$(wc -l < "$cmd")" ] || fail "bin/conditions.cmd must have CRLF line ends"
options="$(sed -n 's/^options="\(.*\)"$/\1/p' "$home/bin/conditions")"
serial="$(sed -n 's/^serial_options="\(.*\)"$/\1/p' "$home/bin/conditions")"
[ -n "$options" ] && [ -n "$serial" ] || fail "no options or serial_options line in bin/conditions"
[ "$(printf '%s\n' "$options" | wc -l)" -eq 1 ] || fail "more than one options= line in bin/conditions: the check below would take any"
options="$options $serial"
grep -qF -e "$options %CONDITIONS_JAVA_OPTIONS% -cp \"%CONDITIONS_HOME%\\lib\\*\" org.conditioncontent.cli.Main %*" "$cmd" ||
    fail "bin/conditions.cmd does not run the POSIX launcher's options ($options) and main class on lib\\*"
echo "portable: bin/conditions.cmd has CRLF line ends and the POSIX launcher's JVM options"

echo "archives OK"
