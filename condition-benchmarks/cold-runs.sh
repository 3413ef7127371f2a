#!/usr/bin/env bash
# Cold runs of `conditions validate` against ajv-cli and a JVM that only parses, on the same
# generated files, in one run: the tables of docs/performance.md, "Issue 20: the command against
# ajv-cli, cold". Every command line runs RUNS times per corpus size, one new process per run,
# the command lines taken in turns, round by round, so that background load hits them alike.
#
# Usage, from any folder, once the command and the benchmark jar are built:
#
#   mvn -q -B -pl condition-cli,condition-benchmarks -am package -DskipTests -Dconditions.dist.skip=true
#   JDK25=/usr/lib/jvm/temurin-25-jdk-amd64 JMH=1 condition-benchmarks/cold-runs.sh > cold-runs.md
#
# The Markdown (machine, command lines, results, targets) goes to standard output; progress and
# errors go to standard error. The script builds nothing: it measures the jars of the checkout it
# is in, copied aside first so that a rebuild during the run cannot change them.
#
# Settings (environment variables):
#   SIZES    corpus sizes, in articles (default "1 1000 10000 100000")
#   RUNS     cold runs per command line and size (default 5)
#   CORPUS   folder of the corpora, CORPUS/c<N> (default /tmp/corpus); a missing corpus is
#            generated with CorpusGenerator (JSON, default seed); c1 is the first file, by name,
#            of c1000
#   JDK25    a JDK 25 home: adds `./conditions validate` (and export) with its java first on PATH
#   JMH=1    also runs LoadBenchmarks' jacksonBind, loadFull and loadStructure (the class's
#            settings, about 5 minutes) and adds their ratios to the targets
#   JMH_OPTIONS  options added to JMH's, for a quick try of the script ("-f 1 -wi 1 -i 2")
#   AJV_DIR  where ajv-cli 5.0.0 is installed with npm if missing (default /tmp/ajv-cli-5.0.0)
#   BEFORE   optional: another checkout's launcher (/path/conditions), run as one more row
#   RESULTS  folder for the raw lines and the tables (default /tmp/cold-runs-<UTC time>)
#
# What it checks before measuring, and stops on: ajv-cli accepts every file of the 1,000 corpus
# and rejects a broken article; `conditions validate` rejects the same broken article and reports
# `N files, 0 errors` on every corpus. While measuring: every run exits with 0, every validate
# run reports `N files, 0 errors`, every ajv run says `valid` for N files, every export writes
# N files per format plus the index and the bundle. A failed run stops the script with its
# standard error and exit code 1; a failed check or missing tool stops it with exit code 2.
#
# Time: on 2 cores, about 4 minutes of cold runs with every size, JDK 25 included, about 5 more
# with JMH, and about 3 more to generate the corpora the first time (100,000 articles, 490 MB).
#
# Needs: bash, GNU time as /usr/bin/time (apt-get install -y time), java (the default JDK),
# node and npm, python3.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# Paths given relative to the folder the script is started from (it works in a folder of its own).
absolute() { case "$1" in /* | '') echo "$1" ;; *) echo "$PWD/$1" ;; esac }
sizes="${SIZES:-1 1000 10000 100000}"
runs="${RUNS:-5}"
corpus="$(absolute "${CORPUS:-/tmp/corpus}")"
jdk25="$(absolute "${JDK25:-}")"
jmh="${JMH:-0}"
read -r -a jmh_options <<<"${JMH_OPTIONS:-}"
ajv_dir="$(absolute "${AJV_DIR:-/tmp/ajv-cli-5.0.0}")"
before="$(absolute "${BEFORE:-}")"
started="$(date -u +%Y%m%dT%H%M%SZ)"
results="$(absolute "${RESULTS:-/tmp/cold-runs-$started}")"
schema="$root/schema/condition-article-2.schema.json"
# The three formats of an export, named so that a format added later does not change the work.
export_formats="html,json,text"

say() { echo "cold-runs: $*" >&2; }
die() {
    echo "cold-runs: $*" >&2
    exit 2
}

# --- Settings and tools -------------------------------------------------------------------

case "$runs" in '' | *[!0-9]* | 0) die "RUNS must be a whole number of at least 1, not '$runs'" ;; esac
for n in $sizes; do
    case "$n" in '' | *[!0-9]* | 0) die "SIZES must be whole numbers of at least 1, not '$n'" ;; esac
done
[ -x /usr/bin/time ] || die "GNU time is needed as /usr/bin/time (apt-get install -y time)"
for tool in java node npm python3; do
    command -v "$tool" >/dev/null 2>&1 || die "$tool is needed on PATH"
done
if [ -n "$jdk25" ] && [ ! -x "$jdk25/bin/java" ]; then
    die "JDK25=$jdk25 has no bin/java"
fi
jar="$root/condition-cli/target/conditions.jar"
bench="$root/condition-benchmarks/target/benchmarks.jar"
for built in "$jar" "$root/condition-cli/target/lib" "$bench"; do
    [ -e "$built" ] || die "$built is missing; build first, from $root:
  mvn -q -B -pl condition-cli,condition-benchmarks -am package -DskipTests -Dconditions.dist.skip=true"
done
# Jars older than a source would be measured under the checkout's commit without being built from it.
oldest="$jar"
[ "$bench" -nt "$jar" ] || oldest="$bench"
newer="$(find "$root" -mindepth 1 \( -name target -o -name node_modules -o -name '.*' \) -prune -o \
    \( -path '*/src/main/*' -o -name pom.xml \) -type f -newer "$oldest" -print -quit)"
[ -z "$newer" ] || die "$newer is newer than $oldest; build again, from $root:
  mvn -q -B -pl condition-cli,condition-benchmarks -am package -DskipTests -Dconditions.dist.skip=true"
[ -f "$schema" ] || die "the article schema $schema is missing"
if [ -n "$before" ] && [ ! -x "$before" ]; then
    die "BEFORE=$before is not an executable launcher"
fi

mkdir -p "$results"
raw="$results/raw.tsv"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
say "results go to $results; work folder $work"
# Every command runs from the work folder: no conditions.yaml of the checkout changes the rules.
cd "$work"

# --- The jars, copied aside ---------------------------------------------------------------

# One copy of the launcher and its jars per JDK: the launcher keeps one class-data-sharing
# archive (or AOT cache) per target folder, made by one JDK, so two JDKs sharing a folder would
# rewrite it on every turn. The example articles go too, since a launcher may train its archive
# on them. No pom.xml or source is copied, so the copied launcher never starts a build.
copy_launcher() { # folder
    mkdir -p "$1/condition-cli/target" "$1/examples"
    cp "$root/conditions" "$1/"
    cp -r "$jar" "$root/condition-cli/target/lib" "$1/condition-cli/target/"
    local articles
    for articles in conditions invalid; do
        [ ! -d "$root/examples/$articles" ] || cp -r "$root/examples/$articles" "$1/examples/"
    done
}
copy_launcher "$work/jdk-default"
[ -z "$jdk25" ] || copy_launcher "$work/jdk25"
cp "$bench" "$work/benchmarks.jar"

# The command prefixes: real programs, since /usr/bin/time runs programs, not shell functions.
# JDK 25 is put first on PATH by env, which the launcher's process then becomes (exec).
conditions_default=("$work/jdk-default/conditions")
conditions_jdk25=(env "PATH=$jdk25/bin:$PATH" "$work/jdk25/conditions")

# --- The corpora --------------------------------------------------------------------------

count_json() { # folder
    find "$1" -maxdepth 1 -type f -name '*.json' | wc -l
}

make_corpus() { # size
    local n="$1" dir="$corpus/c$1" seconds
    if [ -d "$dir" ]; then
        [ "$(count_json "$dir")" -eq "$n" ] ||
            die "$dir exists but does not hold exactly $n .json files; remove it to have it generated again"
        return
    fi
    mkdir -p "$corpus"
    if [ "$n" -eq 1 ]; then
        make_corpus 1000
        local first
        first="$(find "$corpus/c1000" -maxdepth 1 -type f -name '*.json' | LC_ALL=C sort | head -n 1)"
        mkdir -p "$dir.tmp.$$"
        cp "$first" "$dir.tmp.$$/"
    else
        say "generating $n articles into $dir"
        seconds="$SECONDS"
        java -cp "$work/benchmarks.jar" org.conditioncontent.benchmarks.CorpusGenerator \
            --count "$n" --out "$dir.tmp.$$" --check 500 >&2 ||
            die "CorpusGenerator failed for $n articles"
        say "generated $n articles in $((SECONDS - seconds)) s"
    fi
    # Generated aside and moved into place, so that a stopped run leaves no half corpus.
    mv "$dir.tmp.$$" "$dir"
}

make_corpus 1000
for n in $sizes; do
    make_corpus "$n"
done

# --- ajv-cli ------------------------------------------------------------------------------

ajv="$ajv_dir/node_modules/.bin/ajv"
ajv_options=(validate --spec=draft2020 -s "$schema")
ajv_packages=(ajv-cli@5.0.0)
# The format keyword needs ajv-formats; the generated schema has used none so far.
if grep -q '"format" *: *"' "$schema"; then
    ajv_packages+=(ajv-formats@2)
    ajv_options+=(-c ajv-formats)
fi
missing_package=false
for package in "${ajv_packages[@]}"; do
    [ -d "$ajv_dir/node_modules/${package%@*}" ] || missing_package=true
done
if [ "$missing_package" = true ]; then
    say "installing ${ajv_packages[*]} into $ajv_dir"
    npm install --silent --no-audit --no-fund --prefix "$ajv_dir" "${ajv_packages[@]}" >&2 ||
        die "npm could not install ${ajv_packages[*]}"
fi
[ -x "$ajv" ] || die "$ajv is missing after npm install"
package_version() { # package
    node -p "require('$ajv_dir/node_modules/$1/package.json').version"
}
[ "$(package_version ajv-cli)" = 5.0.0 ] ||
    die "$ajv_dir holds ajv-cli $(package_version ajv-cli), not 5.0.0; remove $ajv_dir or set AJV_DIR"

ajv_command=("$ajv" "${ajv_options[@]}")
# The options as the table shows them, with the schema's path from the repository.
ajv_shown=("${ajv_options[@]}")
ajv_shown[3]="schema/condition-article-2.schema.json"

# How many files ajv-cli called valid, and whether it called any invalid: its lines are
# "FILE valid" and "FILE invalid", on standard output or error depending on the version.
ajv_valid_count() { # output file
    grep -c ' valid$' "$1" || true
}

# --- Checks before measuring --------------------------------------------------------------

say "checking ajv-cli on the 1,000 corpus and on a broken article"
# ajv-cli expands the pattern itself: 100,000 names would not fit on a command line.
ajv_failed() { # message
    grep -v ' valid$' "$work/ajv.out" | grep -v '^strict mode' | head -n 30 >&2
    die "$1"
}
"${ajv_command[@]}" -d "$corpus/c1000/*.json" >"$work/ajv.out" 2>&1 ||
    ajv_failed "ajv-cli rejected files of the 1,000 corpus with $schema (above); if the corpus
was made by an older generator, remove $corpus to have it generated again"
[ "$(ajv_valid_count "$work/ajv.out")" -eq 1000 ] ||
    ajv_failed "ajv-cli did not report all 1,000 files of $corpus/c1000 valid"
# The broken article: the first of the corpus with an id the format does not allow.
mkdir -p "$work/broken"
python3 - "$(find "$corpus/c1000" -maxdepth 1 -type f -name '*.json' | LC_ALL=C sort | head -n 1)" \
    "$work/broken/broken-article.json" <<'PY' || die "could not write the broken article"
import json, sys
with open(sys.argv[1], encoding="utf-8") as f:
    article = json.load(f)
article["id"] = "Not A Valid Id!"
with open(sys.argv[2], "w", encoding="utf-8") as f:
    json.dump(article, f, ensure_ascii=False, indent=2)
PY
if "${ajv_command[@]}" -d "$work/broken/*.json" >"$work/ajv.out" 2>&1 || ! grep -q ' invalid$' "$work/ajv.out"; then
    cat "$work/ajv.out" >&2
    die "ajv-cli accepted an article with a broken id; the comparison would not be like for like"
fi

# --- One measured run ---------------------------------------------------------------------

printf 'size\tcommand\tround\twall_s\tpeak_kb\tuser_s\tsys_s\tload_before\tload_after\tsummary\n' >"$raw"

load() { cut -d' ' -f1 /proc/loadavg; }

# Stops the script on a run that failed, with what it wrote.
failed_run=""
fail() { # reason
    echo "cold-runs: run failed: $failed_run" >&2
    echo "cold-runs: $1" >&2
    echo "--- its standard error (last 40 lines)" >&2
    tail -n 40 "$work/err" >&2
    echo "--- its standard output (last 10 lines)" >&2
    tail -n 10 "$work/out" >&2
    exit 1
}

# Runs one command line under /usr/bin/time and checks what it reported; stops on a failure.
# What counts as success depends on the kind: validate, ajv, parse, export.
measure() { # size key kind round command...
    local n="$1" key="$2" kind="$3" round="$4"
    shift 4
    local status=0 before_load after_load summary="" files
    failed_run="$key at $n articles, round $round: $*"
    before_load="$(load)"
    /usr/bin/time -o "$work/time" -f '%e %M %U %S' "$@" >"$work/out" 2>"$work/err" || status=$?
    after_load="$(load)"
    [ "$status" -eq 0 ] || fail "exit code $status"
    case "$kind" in
        validate)
            summary="$(grep -E '^[0-9]+ files, [0-9]+ errors, [0-9]+ warnings$' "$work/out" | tail -n 1 || true)"
            case "$summary" in
                "$n files, 0 errors, "*) ;;
                *) fail "expected '$n files, 0 errors' on standard output, got '$summary'" ;;
            esac
            ;;
        ajv)
            cat "$work/out" "$work/err" >"$work/both"
            [ "$(ajv_valid_count "$work/both")" -eq "$n" ] || fail "ajv-cli did not say valid for $n files"
            summary="$n valid"
            ;;
        parse)
            summary="$(tail -n 1 "$work/out")"
            case "$summary" in "$n files parsed"*) ;; *) fail "expected '$n files parsed', got '$summary'" ;; esac
            ;;
        export)
            local formats
            formats="$(echo "$export_formats" | tr ',' '\n' | wc -l)"
            # Every article in every format, plus the HTML folder's index page and bundle.
            files="$(find "$export_out" -path '*/.*' -prune -o -type f -print | wc -l)"
            [ "$files" -eq $((n * formats + 2)) ] ||
                fail "expected $((n * formats + 2)) files written, found $files"
            summary="$files files written"
            ;;
    esac
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$n" "$key" "$round" "$(tr ' ' '\t' <"$work/time" | tail -n 1)" \
        "$before_load" "$after_load" "$summary" >>"$raw"
}

# The launcher writes its archive on a first validate and moves it into place on the next run;
# a launcher may need more runs (an AOT cache). Uncounted runs on the 1,000 corpus, at least
# two, until one run leaves the launcher's folder unchanged.
warm_up() { # name command...
    local name="$1" folder="$work/$1" i
    shift
    for i in 1 2 3 4 5 6; do
        touch "$work/stamp"
        "$@" validate "$corpus/c1000" >"$work/out" 2>"$work/err" || {
            tail -n 40 "$work/err" >&2
            die "the warm-up run of $name failed"
        }
        if [ "$i" -ge 2 ] && [ -z "$(find "$folder" -newer "$work/stamp" -print -quit)" ]; then
            local made
            made="$(cd "$folder/condition-cli/target" && find . -maxdepth 1 -type f ! -name conditions.jar |
                sed 's|^\./||' | LC_ALL=C sort | tr '\n' ' ')"
            say "$name: warmed up in $i runs; the launcher wrote: ${made:-nothing}"
            [ ! -e "$folder/condition-cli/target/conditions-build.log" ] ||
                die "the launcher copy in $folder tried to build; it should find the jars copied beside it"
            # Rows measured without the archive would not be the command as users run it.
            [ -n "$made" ] || [ "${CONDITIONS_CDS:-on}" = off ] ||
                die "$name: the launcher wrote no archive beside its jar in $folder; the rows would run without one"
            return
        fi
    done
    die "$name: the launcher still changed its folder after $i runs"
}
warm_up jdk-default "${conditions_default[@]}"
[ -z "$jdk25" ] || warm_up jdk25 "${conditions_jdk25[@]}"
# After the warm-up, so that the archive is written by a run over the corpus, as for the rows.
status=0
"${conditions_default[@]}" validate "$work/broken" >"$work/validate.out" 2>"$work/validate.err" || status=$?
if [ "$status" -ne 1 ]; then
    cat "$work/validate.out" "$work/validate.err" >&2
    die "./conditions validate did not reject the broken article with exit code 1 (it gave $status)"
fi
if [ -n "$before" ]; then
    # Another checkout's launcher keeps its archive in its own folder.
    "$before" validate "$corpus/c1000" >/dev/null 2>&1 || true
    "$before" validate "$corpus/c1000" >/dev/null 2>&1 || true
fi

# --- The rounds ---------------------------------------------------------------------------

# Every export run writes to a folder of its own, and the folders are removed only when the
# script ends. Emptying one folder between runs made every run after the first measure the file
# system rather than the command: on ext4 without a journal (this machine's), each file created
# within about a minute of many deletions makes the kernel scan the inodes just freed, which
# tripled the export's time (docs/performance.md, "Issue 20: export"). A team's CI exports into a
# fresh checkout, where nothing was just deleted.
exported() { # size key round command...
    local n="$1" key="$2" round="$3"
    shift 3
    export_out="$work/export-$key-$round"
    measure "$n" "$key" export "$round" "$@" export "$corpus/c$n" --out "$export_out" --format "$export_formats"
}

for n in $sizes; do
    d="$corpus/c$n"
    # One uncounted run per corpus: the files in the page cache, and the corpus checked valid.
    failed_run="the check of $d: ./conditions validate $d"
    "${conditions_default[@]}" validate "$d" >"$work/out" 2>"$work/err" || fail "it did not exit with 0"
    grep -q "^$n files, 0 errors" "$work/out" || fail "it did not report '$n files, 0 errors'"
    say "$n articles: $runs rounds"
    for round in $(seq 1 "$runs"); do
        measure "$n" validate validate "$round" "${conditions_default[@]}" validate "$d"
        [ -z "$jdk25" ] || measure "$n" validate-jdk25 validate "$round" "${conditions_jdk25[@]}" validate "$d"
        [ -z "$before" ] || measure "$n" before validate "$round" "$before" validate "$d"
        measure "$n" ajv ajv "$round" "${ajv_command[@]}" -d "$d/*.json"
        measure "$n" parse parse "$round" java -cp "$work/benchmarks.jar" org.conditioncontent.benchmarks.JacksonTreeScan "$d"
        if [ "$n" -eq 10000 ]; then
            exported "$n" export "$round" "${conditions_default[@]}"
            [ -z "$jdk25" ] || exported "$n" export-jdk25 "$round" "${conditions_jdk25[@]}"
        fi
    done
done

# --- JMH ----------------------------------------------------------------------------------

# After the cold runs, so that its load does not fall on them. If it fails, the tables of the
# cold runs are still printed, and the script ends with exit code 1.
jmh_json=""
jmh_failed=false
if [ "$jmh" = 1 ]; then
    say "JMH: LoadBenchmarks jacksonBind, loadFull, loadStructure (class settings)"
    jmh_json="$results/jmh.json"
    java -jar "$work/benchmarks.jar" 'LoadBenchmarks.(jacksonBind|loadFull|loadStructure)$' \
        -rf json -rff "$jmh_json" "${jmh_options[@]}" >"$results/jmh.log" 2>&1 || {
        tail -n 40 "$results/jmh.log" >&2
        say "the JMH run failed (above; the whole log is $results/jmh.log); the cold runs' tables follow"
        rm -f "$jmh_json"
        jmh_failed=true
    }
fi

# --- The machine and the tables -----------------------------------------------------------

java_version() { "$1" -version 2>&1 | head -n 3 | paste -s -d ';' | sed 's/;/; /g'; }
java_major() { "$1" -version 2>&1 | head -n 1 | sed -E 's/^[^"]*"(1\.)?([0-9]+).*/\2/'; }
machine="$results/machine.tsv"
{
    printf 'commit\t%s\n' "$(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo unknown)$(git -C "$root" diff --quiet HEAD 2>/dev/null || echo ' (with uncommitted changes)')"
    printf 'cores\t%s (nproc)\n' "$(nproc)"
    printf 'CPU\t%s\n' "$(grep -m 1 '^model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//' || true)"
    printf 'memory\t%s\n' "$(awk '/^MemTotal/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo)"
    printf 'OS\t%s, Linux %s\n' "$(sed -n 's/^PRETTY_NAME=//p' /etc/os-release | tr -d '"')" "$(uname -r)"
    printf 'java (default)\t%s\n' "$(java_version java)"
    [ -z "$jdk25" ] || printf 'java (JDK25)\t%s\n' "$(java_version "$jdk25/bin/java")"
    printf 'node\t%s\n' "$(node --version)"
    printf 'ajv\tajv-cli %s, ajv %s\n' "$(package_version ajv-cli)" "$(package_version ajv)"
    printf 'started\t%s\n' "$started"
    printf 'ended\t%s\n' "$(date -u +%Y%m%dT%H%M%SZ)"
    for n in $sizes; do
        printf 'corpus c%s\t%s\n' "$n" "$(find "$corpus/c$n" -maxdepth 1 -type f -name '*.json' -printf '%s\n' |
            awk '{ n++; b += $1 } END { printf "%d files, %.0f bytes on average", n, b / n }')"
    done
} >"$machine"

python3 - "$raw" "$machine" "$runs" "$(java_major java)" "$([ -z "$jdk25" ] || java_major "$jdk25/bin/java")" \
    "${ajv_shown[*]}" "$before" "$export_formats" "$jmh_json" "${jmh_options[*]}" <<'PY' | tee "$results/tables.md"
import csv, json, os, statistics, sys

raw, machine, runs, major, major25, ajv_options, before, formats, jmh_json, jmh_options = sys.argv[1:11]

rows = list(csv.DictReader(open(raw, encoding="utf-8"), delimiter="\t"))
sizes = []
for r in rows:
    if int(r["size"]) not in sizes:
        sizes.append(int(r["size"]))

labels = {
    "validate": f"`./conditions validate DIR` (JDK {major})",
    "validate-jdk25": f"`./conditions validate DIR` (JDK {major25})",
    "before": f"before: `{before} validate DIR`",
    "ajv": "ajv-cli: `ajv validate ... -d 'DIR/*.json'`",
    "parse": "parse floor: `JacksonTreeScan DIR`",
    "export": f"`./conditions export DIR` (JDK {major})",
    "export-jdk25": f"`./conditions export DIR` (JDK {major25})",
}
order = list(labels)


def n(size):
    return f"{size:,}"


def mb(kb):
    return kb / 1024


def stats(size, key):
    found = [r for r in rows if int(r["size"]) == size and r["command"] == key]
    if not found:
        return None
    walls = [float(r["wall_s"]) for r in found]
    wall = statistics.median(walls)
    cpu = statistics.median(float(r["user_s"]) + float(r["sys_s"]) for r in found)
    return {
        "walls": walls,
        "wall": wall,
        "peak": mb(statistics.median(int(r["peak_kb"]) for r in found)),
        "peaks": [mb(int(r["peak_kb"])) for r in found],
        "cpu": cpu,
        "cores": cpu / wall if wall > 0 else float("nan"),
        "load": f"{found[0]['load_before']}-{found[-1]['load_after']}",
        "summaries": sorted({r["summary"] for r in found}),
    }


print("#### Machine\n")
print("| | |\n|---|---|")
for line in open(machine, encoding="utf-8"):
    name, value = line.rstrip("\n").split("\t", 1)
    print(f"| {name} | {value or 'not named in /proc/cpuinfo'} |")

print("\n#### Command lines\n")
print("Run from an empty folder; `./conditions` is the checkout's launcher and jars, copied aside")
print("(one copy per JDK, each with its own archive, written by uncounted runs first); `DIR` is")
print("`CORPUS/c<N>`, `OUT` a new folder for every run (all removed when the script ends); every line under")
print("`/usr/bin/time -f '%e %M %U %S'`.\n")
print("```sh")
print(f"./conditions validate DIR                         # JDK {major}: java on PATH")
if major25:
    print(f"PATH=$JDK25/bin:$PATH ./conditions validate DIR   # JDK {major25}")
if before:
    print(f"{before} validate DIR")
print(f"ajv {ajv_options} -d 'DIR/*.json'")
print("java -cp benchmarks.jar org.conditioncontent.benchmarks.JacksonTreeScan DIR")
if 10000 in sizes:
    print(f"./conditions export DIR --out OUT --format {formats}   # at 10,000 only"
          + (", with each JDK" if major25 else ""))
if jmh_json:
    extra = f" {jmh_options}" if jmh_options else ""
    print(f"java -jar benchmarks.jar 'LoadBenchmarks.(jacksonBind|loadFull|loadStructure)$' -rf json{extra}   # after the cold runs")
print("```")

print(f"\n#### Cold runs (median of {runs})\n")
print(f"| articles | command | wall, median ({runs} run{'' if runs == '1' else 's'}) | peak RSS, median | CPU (user + sys) | cores | load average |")
print("|---:|---|---:|---:|---:|---:|---:|")
table = {}
for size in sizes:
    for key in order:
        s = stats(size, key)
        if s is None:
            continue
        table[(size, key)] = s
        walls = ", ".join(f"{w:.2f}" for w in s["walls"])
        print(f"| {n(size)} | {labels[key]} | {s['wall']:.2f} s ({walls}) | {s['peak']:.0f} MB "
              f"| {s['cpu']:.2f} s | {s['cores']:.2f} | {s['load']} |")
print("\nMB are 1,024 KB as `/usr/bin/time` reports them; cores = median CPU / median wall; the load")
print("average is the 1-minute figure before the row's first run and after its last.\n")
print("What the runs reported (checked on every run):\n")
for (size, key), s in table.items():
    print(f"- {n(size)}, {labels[key]}: {'; '.join(s['summaries'])}")

# The targets of issue 20, from the medians above. "Flat" is at most 10 % more peak memory at
# 100,000 articles than at 10,000.
targets = []


def target(name, measured, limit, at_most=True):
    if measured is None:
        targets.append((name, "not run", "not run"))
        return
    value, shown = measured
    met = value <= limit if at_most else value >= limit
    targets.append((name, shown, "met" if met else "missed"))


def ratio(a, b, size):
    sa, sb = table.get((size, a)), table.get((size, b))
    if sa is None or sb is None:
        return None
    r = sa["wall"] / sb["wall"]
    return r, f"{sa['wall']:.2f} s / {sb['wall']:.2f} s = **{r:.2f}x**"


for key, jdk in (("validate", major), ("validate-jdk25", major25)):
    if not any(k == key for (_, k) in table):
        continue
    export = "export" if key == "validate" else "export-jdk25"
    for size in (1, 1000, 10000, 100000):
        target(f"JDK {jdk}: validate / ajv-cli at {n(size)} ≤ 1.0x", ratio(key, "ajv", size), 1.0)
    target(f"JDK {jdk}: validate / parse floor at 10,000 ≤ 1.2x", ratio(key, "parse", 10000), 1.2)
    big, mid = table.get((100000, key)), table.get((10000, key))
    target(f"JDK {jdk}: peak RSS at 100,000 ≤ 200 MB",
           None if big is None else (big["peak"], f"**{big['peak']:.0f} MB**"), 200)
    target(f"JDK {jdk}: peak RSS flat from 10,000 to 100,000 (≤ 1.10x)",
           None if big is None or mid is None else
           (big["peak"] / mid["peak"], f"{big['peak']:.0f} MB / {mid['peak']:.0f} MB = **{big['peak'] / mid['peak']:.2f}x**"),
           1.10)
    target(f"JDK {jdk}: export / validate at 10,000 ≤ 2x", ratio(export, key, 10000), 2.0)
    target(f"JDK {jdk}: cores at 10,000 ≥ 1.7",
           None if mid is None else (mid["cores"], f"{mid['cpu']:.2f} s / {mid['wall']:.2f} s = **{mid['cores']:.2f}**"),
           1.7, at_most=False)

if jmh_json and not os.path.exists(jmh_json):
    for name, limit in (("loadFull", 2.0), ("loadStructure", 1.2)):
        targets.append((f"JMH: {name} / jacksonBind ≤ {limit}x", "the JMH run failed", "not run"))
elif jmh_json:
    scores = {}
    for result in json.load(open(jmh_json, encoding="utf-8")):
        name = result["benchmark"].rsplit(".", 1)[1]
        metric = result["primaryMetric"]
        scores[name] = (metric["score"], metric["scoreError"], metric["scoreUnit"])
    settings = f"class settings and `{jmh_options}`" if jmh_options else "class settings"
    print(f"\n#### JMH: LoadBenchmarks, per article ({settings}, default JDK)\n")
    print("| benchmark | score (99.9 % interval) | unit |\n|---|---:|---|")
    for name in ("jacksonBind", "loadFull", "loadStructure"):
        if name in scores:
            score, error, unit = scores[name]
            # JMH gives no interval ("NaN") for a single measured iteration.
            shown = f"{score:.2f} ± {float(error):.2f}" if str(error) != "NaN" else f"{score:.2f}"
            print(f"| `{name}` | {shown} | {unit} |")
    for name, limit in (("loadFull", 2.0), ("loadStructure", 1.2)):
        if name in scores and "jacksonBind" in scores:
            r = scores[name][0] / scores["jacksonBind"][0]
            target(f"JMH: {name} / jacksonBind ≤ {limit}x",
                   (r, f"{scores[name][0]:.2f} / {scores['jacksonBind'][0]:.2f} = **{r:.2f}x**"), limit)
        else:
            target(f"JMH: {name} / jacksonBind ≤ {limit}x", None, limit)

print("\n#### Targets (computed from the medians above)\n")
print("| target | measured | |\n|---|---|---|")
for name, shown, verdict in targets:
    print(f"| {name} | {shown} | {verdict} |")
PY
say "done: $results/raw.tsv (every run), $results/tables.md"
[ "$jmh_failed" = false ] || exit 1
