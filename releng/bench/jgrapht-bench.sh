#!/bin/sh
# Nafitha's bounded Dijkstra against JGraphT's on the graph of "nafitha bench network" (see JGraphTBench.java).
# Needs bundles/org.nafitha.geo built (./mvnw -o -q verify -pl target-platform,bundles/org.nafitha.geo) and
# jgrapht-core 1.5.3 with jheaps in the local Maven repository (mvn dependency:get -Dartifact=org.jgrapht:jgrapht-core:1.5.3).
# Usage: releng/bench/jgrapht-bench.sh [threads]   (each search in its own JVM, -Xmx2g)
set -e
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
m2=${M2_REPO:-$HOME/.m2/repository}
geo=$(ls "$root"/bundles/org.nafitha.geo/target/org.nafitha.geo-*.jar | head -1)
cp="$geo:$m2/org/jgrapht/jgrapht-core/1.5.3/jgrapht-core-1.5.3.jar:$m2/org/jheaps/jheaps/0.14/jheaps-0.14.jar"
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
javac -d "$out" -cp "$cp" "$here/JGraphTBench.java"
threads=${1:-1}
for search in ours jgrapht; do
    java -Xmx2g -cp "$out:$cp" JGraphTBench "$search" "$threads"
done
