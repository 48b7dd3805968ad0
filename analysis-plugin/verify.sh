#!/usr/bin/env bash
# Proves the familyhub-analysis plugin inside a real Elasticsearch: downloads the integ-test-zip
# server from Maven Central, installs the plugin, starts a single node as an unprivileged user,
# creates an index that uses every component and checks the tokens `_analyze` returns.
#
# Usage: analysis-plugin/verify.sh            (builds the plugin first with mvn package)
# Env:   SKIP_BUILD=1          use the existing target/*.zip
#        ES_JAVA_HOME=...      JDK for Elasticsearch (default: JDK 17, else Temurin 25)
#        ES_PORT=9299          HTTP port (transport port is ES_PORT+100)
#        KEEP=1                keep the temporary Elasticsearch directory
set -uo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
ES_VERSION=8.19.21
ES_USER=familyhub-es
PORT=${ES_PORT:-9299}
TRANSPORT_PORT=$((PORT + 100))
URL="http://127.0.0.1:$PORT"
PLUGIN_ZIP="$HERE/target/familyhub-analysis-plugin-1.0.0.zip"

if [ -z "${ES_JAVA_HOME:-}" ]; then
    for jdk in /usr/lib/jvm/java-17-openjdk-amd64 /usr/lib/jvm/temurin-25-jdk-amd64; do
        if [ -x "$jdk/bin/java" ]; then ES_JAVA_HOME=$jdk; break; fi
    done
fi
[ -x "${ES_JAVA_HOME:-}/bin/java" ] || { echo "FAIL: no JDK found for Elasticsearch (set ES_JAVA_HOME)"; exit 1; }

FAILURES=0
pass() { echo "PASS: $1"; }
fail() { echo "FAIL: $1"; FAILURES=$((FAILURES + 1)); }
die() { echo "FAIL: $1"; exit 1; }

# --- build ------------------------------------------------------------------------------------
if [ "${SKIP_BUILD:-0}" != 1 ]; then
    echo "== building plugin"
    mvn -q -f "$HERE/pom.xml" package || die "mvn package"
fi
[ -f "$PLUGIN_ZIP" ] || die "plugin zip missing: $PLUGIN_ZIP"

WORK=$(mktemp -d /tmp/familyhub-es-verify.XXXXXX)
ES_HOME="$WORK/elasticsearch-$ES_VERSION"
ES_PID_FILE="$WORK/es.pid"

stop_es() {
    [ -f "$ES_PID_FILE" ] || return 0
    local pid
    pid=$(cat "$ES_PID_FILE")
    kill -TERM "$pid" 2>/dev/null || return 0
    for _ in $(seq 1 60); do
        kill -0 "$pid" 2>/dev/null || return 0
        sleep 0.5
    done
    kill -KILL "$pid" 2>/dev/null
}
cleanup() {
    stop_es
    if [ "${KEEP:-0}" = 1 ]; then echo "kept $WORK"; else rm -rf "$WORK"; fi
}
trap cleanup EXIT

# --- (a) fetch and unpack the server -----------------------------------------------------------
echo "== resolving org.elasticsearch.distribution.integ-test-zip:elasticsearch:$ES_VERSION:zip"
(cd "$WORK" && mvn -q dependency:copy \
    -Dartifact=org.elasticsearch.distribution.integ-test-zip:elasticsearch:$ES_VERSION:zip \
    -DoutputDirectory="$WORK/dist") || die "could not resolve the Elasticsearch zip"
unzip -q "$WORK/dist/elasticsearch-$ES_VERSION.zip" -d "$WORK" || die "unzip"

# --- (b) install the plugin (root is fine for the plugin CLI) ---------------------------------
echo "== installing $PLUGIN_ZIP"
ES_JAVA_HOME=$ES_JAVA_HOME "$ES_HOME/bin/elasticsearch-plugin" install --batch "file://$PLUGIN_ZIP" \
    || die "elasticsearch-plugin install"

# A synonyms file, to check synonyms_path relative to the config directory.
mkdir -p "$ES_HOME/config/analysis"
printf '# test file\nphysio, physiotherapy, physical therapy\n' > "$ES_HOME/config/analysis/familyhub-synonyms.txt"

# --- (c) start as an unprivileged user: Elasticsearch refuses to run as root ------------------
id -u "$ES_USER" >/dev/null 2>&1 || useradd -r -M -s /usr/sbin/nologin "$ES_USER" || die "useradd $ES_USER"
mkdir -p "$WORK/tmp" "$WORK/data" "$WORK/logs"
# The node writes into config/ (keystore), data, logs, tmp and its working directory.
chown -R "$ES_USER:" "$WORK"

echo "== starting Elasticsearch with $ES_JAVA_HOME on port $PORT"
START=$(date +%s.%N)
(cd "$WORK" && exec runuser -u "$ES_USER" -- env -u JAVA_HOME \
    ES_JAVA_HOME="$ES_JAVA_HOME" \
    ES_JAVA_OPTS="-Xms512m -Xmx512m" \
    ES_TMPDIR="$WORK/tmp" \
    "$ES_HOME/bin/elasticsearch" \
    -E discovery.type=single-node \
    -E xpack.security.enabled=false \
    -E http.host=127.0.0.1 -E http.port="$PORT" \
    -E transport.host=127.0.0.1 -E transport.port="$TRANSPORT_PORT" \
    -E path.data="$WORK/data" -E path.logs="$WORK/logs" \
    -E cluster.name=familyhub-verify \
    -p "$ES_PID_FILE" >"$WORK/es.out" 2>&1) &
LAUNCHER=$!

# --- (d) wait for the cluster ------------------------------------------------------------------
UP=0
for _ in $(seq 1 360); do
    if curl -s -m 2 "$URL/_cluster/health" | grep -qE '"status":"(green|yellow)"'; then UP=1; break; fi
    kill -0 "$LAUNCHER" 2>/dev/null || break
    sleep 0.5
done
if [ "$UP" != 1 ]; then
    tail -40 "$WORK/es.out"
    die "Elasticsearch did not come up"
fi
printf 'PASS: cluster health green/yellow after %.1f s\n' "$(echo "$(date +%s.%N) - $START" | bc)"

# --- (e) index definition using every component, and checks ----------------------------------
json() { curl -s -m 30 -H 'Content-Type: application/json' "$@"; }
tokens() { # tokens <analyze-body>  ->  tokens separated by single spaces
    json -X POST "$URL/fh-verify/_analyze" -d "$1" |
        python3 -c 'import json,sys; d=json.load(sys.stdin); print(" ".join(t["token"] for t in d["tokens"]) if "tokens" in d else "ERROR "+json.dumps(d))'
}
expect_exact() { # expect_exact <name> <expected tokens> <analyze-body>
    local got; got=$(tokens "$3")
    if [ "$got" = "$2" ]; then pass "$1 -> [$got]"; else fail "$1: expected [$2], got [$got]"; fi
}
expect_has() { # expect_has <name> "<token> <token>..." <analyze-body>
    local got missing=""; got=" $(tokens "$3") "
    for t in $2; do case "$got" in *" $t "*) ;; *) missing="$missing $t";; esac; done
    got=$(echo $got)  # trim for display
    if [ -z "$missing" ]; then pass "$1 -> [$got]"; else fail "$1: missing [${missing# }] in [$got]"; fi
}

CREATE=$(json -X PUT "$URL/fh-verify" -d '{
  "settings": {
    "number_of_shards": 1, "number_of_replicas": 0,
    "analysis": {
      "filter": {
        "fh_english":    { "type": "stemmer", "language": "english" },
        "fh_light":      { "type": "stemmer", "language": "light_english" },
        "fh_minimal":    { "type": "stemmer", "language": "minimal_english" },
        "fh_possessive": { "type": "stemmer", "language": "possessive_english" },
        "fh_porter":     { "type": "stemmer", "language": "porter" },
        "fh_kept":       { "type": "keyword_marker", "keywords": [ "housing" ] },
        "fh_synonyms":   { "type": "synonym_graph", "expand": true, "lenient": false,
                           "synonyms": [ "asd, autism, autistic", "ot => occupational therapy" ] },
        "fh_synonyms_flat": { "type": "synonym", "synonyms": [ "asd, autism, autistic" ] },
        "fh_synonyms_file": { "type": "synonym_graph", "synonyms_path": "analysis/familyhub-synonyms.txt" },
        "fh_edge":       { "type": "edge_ngram", "min_gram": 2, "max_gram": 5 },
        "fh_ngram":      { "type": "ngram", "min_gram": 2, "max_gram": 3 },
        "fh_fold":       { "type": "asciifolding" },
        "fh_fold_keep":  { "type": "asciifolding", "preserve_original": true },
        "fh_wdg":        { "type": "word_delimiter_graph" }
      },
      "tokenizer": {
        "fh_edge_tokenizer": { "type": "edge_ngram", "min_gram": 2, "max_gram": 5, "token_chars": [ "letter", "digit" ] }
      },
      "analyzer": {
        "fh_index":  { "type": "custom", "tokenizer": "standard",
                       "filter": [ "lowercase", "fh_fold", "fh_synonyms", "fh_english", "flatten_graph" ] },
        "fh_search": { "type": "custom", "tokenizer": "standard",
                       "filter": [ "lowercase", "fh_fold", "fh_synonyms", "fh_english" ] },
        "fh_autocomplete": { "type": "custom", "tokenizer": "standard", "filter": [ "lowercase", "fh_fold", "fh_edge" ] },
        "fh_autocomplete_tokenizer": { "type": "custom", "tokenizer": "fh_edge_tokenizer", "filter": [ "lowercase" ] },
        "fh_exact": { "type": "custom", "tokenizer": "keyword", "filter": [ "lowercase", "asciifolding" ] }
      },
      "normalizer": {
        "fh_normalizer": { "type": "custom", "filter": [ "lowercase" ] }
      }
    }
  },
  "mappings": {
    "properties": {
      "title":   { "type": "text", "analyzer": "fh_index", "search_analyzer": "fh_search",
                   "fields": { "prefix": { "type": "text", "analyzer": "fh_autocomplete", "search_analyzer": "standard" } } },
      "city":    { "type": "keyword", "normalizer": "fh_normalizer" }
    }
  }
}')
case "$CREATE" in
    *'"acknowledged":true'*) pass "index with every component created" ;;
    *) echo "$CREATE"; die "index creation" ;;
esac

expect_exact "stemmer english: 'running clinics'" "run clinic" \
    '{"tokenizer":"standard","filter":["lowercase","fh_english"],"text":"running clinics"}'
expect_exact "stemmer porter: 'running clinics'" "run clinic" \
    '{"tokenizer":"standard","filter":["lowercase","fh_porter"],"text":"running clinics"}'
expect_exact "stemmer light_english (KStem keeps dictionary words): 'running clinics'" "running clinic" \
    '{"tokenizer":"standard","filter":["lowercase","fh_light"],"text":"running clinics"}'
expect_exact "stemmer minimal_english: 'running clinics'" "running clinic" \
    '{"tokenizer":"standard","filter":["lowercase","fh_minimal"],"text":"running clinics"}'
expect_exact "stemmer possessive_english: \"mum's group\"" "mum group" \
    '{"tokenizer":"standard","filter":["lowercase","fh_possessive"],"text":"mum'"'"'s group"}'
expect_exact "keyword_marker keeps 'housing' whole through the stemmer, not 'house'" "housing hous" \
    '{"tokenizer":"standard","filter":["lowercase","fh_kept","fh_english"],"text":"housing house"}'
expect_exact "porter_stem: 'clinics'" "clinic" \
    '{"tokenizer":"standard","filter":["porter_stem"],"text":"clinics"}'
expect_has "synonym_graph 'ASD' (after lowercase)" "asd autism autistic" \
    '{"tokenizer":"standard","filter":["lowercase","fh_synonyms"],"text":"ASD"}'
expect_exact "synonym_graph one-way 'OT'" "occupational therapy" \
    '{"tokenizer":"standard","filter":["lowercase","fh_synonyms"],"text":"OT"}'
expect_has "synonym (flat) 'asd'" "asd autism autistic" \
    '{"tokenizer":"standard","filter":["lowercase","fh_synonyms_flat"],"text":"asd"}'
expect_has "synonym_graph synonyms_path (config/analysis/...)" "physio physiotherapy physical therapy" \
    '{"tokenizer":"standard","filter":["lowercase","fh_synonyms_file"],"text":"physio"}'
expect_has "index analyzer 'ASD support' (synonyms + stemmer + flatten_graph)" "asd autism autist support" \
    '{"analyzer":"fh_index","text":"ASD support"}'
expect_exact "edge_ngram filter 2..5: 'toddler'" "to tod todd toddl" \
    '{"tokenizer":"standard","filter":["fh_edge"],"text":"toddler"}'
expect_exact "edge_ngram tokenizer 2..5 letter,digit: 'toddler-group'" "to tod todd toddl gr gro grou group" \
    '{"analyzer":"fh_autocomplete_tokenizer","text":"toddler-group"}'
expect_exact "ngram filter 2..3: 'abc'" "ab abc bc" \
    '{"tokenizer":"standard","filter":["fh_ngram"],"text":"abc"}'
expect_exact "asciifolding: 'café'" "cafe" \
    '{"tokenizer":"standard","filter":["fh_fold"],"text":"café"}'
expect_has "asciifolding preserve_original: 'café'" "cafe café" \
    '{"tokenizer":"standard","filter":["fh_fold_keep"],"text":"café"}'
expect_exact "word_delimiter_graph: 'PowerShot500'" "Power Shot 500" \
    '{"tokenizer":"whitespace","filter":["fh_wdg"],"text":"PowerShot500"}'
expect_exact "core: standard tokenizer + lowercase" "hello world" \
    '{"tokenizer":"standard","filter":["lowercase"],"text":"Hello World"}'
expect_exact "keyword tokenizer + lowercase + asciifolding" "cafe creme" \
    '{"analyzer":"fh_exact","text":"Café Crème"}'
expect_exact "core: keyword analyzer" "Hello World" \
    '{"analyzer":"keyword","text":"Hello World"}'
expect_exact "core: standard analyzer" "hello world" \
    '{"analyzer":"standard","text":"Hello World"}'

# End to end: index a document, then search the way the app will.
json -X PUT "$URL/fh-verify/_doc/1?refresh=true" \
    -d '{"title":"Running clinics for autistic toddlers","city":"Zürich"}' >/dev/null
hits() { json -X POST "$URL/fh-verify/_search" -d "$1" | python3 -c 'import json,sys; print(json.load(sys.stdin)["hits"]["total"]["value"])'; }
[ "$(hits '{"query":{"match":{"title":"ASD clinic run"}}}')" = 1 ] \
    && pass "search: match 'ASD clinic run' finds 'Running clinics for autistic toddlers'" \
    || fail "search: match 'ASD clinic run'"
[ "$(hits '{"query":{"match":{"title.prefix":"todd"}}}')" = 1 ] \
    && pass "search: prefix field 'todd' finds 'toddlers'" || fail "search: prefix field 'todd'"
[ "$(hits '{"query":{"term":{"city":"ZÜRICH"}}}')" = 1 ] \
    && pass "search: keyword normalizer lowercase, term 'ZÜRICH' finds 'Zürich'" \
    || fail "search: keyword normalizer term 'ZÜRICH'"

# Known limitation, checked so that the README stays true: normalizers only accept filters that
# implement the server-internal NormalizingTokenFilterFactory, which stable-plugin filters never do.
NORM=$(json -X PUT "$URL/fh-verify-norm" -d '{"settings":{"analysis":{"normalizer":{"n":{"type":"custom","filter":["asciifolding"]}}}}}')
case "$NORM" in
    *'may not use filter [asciifolding]'*) echo "INFO: as documented, a normalizer cannot use plugin filters (asciifolding rejected)" ;;
    *) echo "INFO: normalizer with plugin asciifolding answered: $NORM" ;;
esac

BAD=$(json -X PUT "$URL/fh-verify-bad" -d '{"settings":{"analysis":{"filter":{"x":{"type":"stemmer","language":"klingon"}},
    "analyzer":{"a":{"tokenizer":"standard","filter":["x"]}}}}}')
case "$BAD" in
    *'not supported'*) pass "unknown stemmer language is rejected at index creation" ;;
    *) fail "unknown stemmer language accepted: $BAD" ;;
esac

# --- (f) stop and clean up ---------------------------------------------------------------------
STOP_START=$(date +%s.%N)
stop_es
wait "$LAUNCHER" 2>/dev/null
printf 'PASS: Elasticsearch stopped after %.1f s\n' "$(echo "$(date +%s.%N) - $STOP_START" | bc)"
rm -f "$ES_PID_FILE"

if [ "$FAILURES" = 0 ]; then echo "ALL CHECKS PASSED"; else echo "$FAILURES CHECK(S) FAILED"; exit 1; fi
