#!/usr/bin/env bash
# Fuzzes one target of the harness with AFL++ (docs/reliability.md).
#   tests/Evaluation.Fuzz/fuzz.sh TARGET [EXECUTIONS]      (default 1,000,000 executions)
# Needs afl++ (apt-get install afl++). Installs SharpFuzz.CommandLine as a local tool, publishes the harness to
# artifacts/fuzz/bin, instruments the project's assemblies and Sep, and writes findings to artifacts/fuzz/TARGET.
set -euo pipefail
cd "$(dirname "$0")/../.."
target=${1:?usage: fuzz.sh TARGET [EXECUTIONS]}
executions=${2:-1000000}
out=artifacts/fuzz
bin=${FUZZ_BIN:-$out/bin}

if [ ! -f "$bin/.instrumented" ]; then
  dotnet tool restore >/dev/null
  rm -rf "$bin"
  dotnet publish tests/Evaluation.Fuzz -c Release -o "$bin" >/dev/null
  for dll in Evaluation.Core.dll Evaluation.IO.dll evaluation.dll SepReader.dll nietras.SeparatedValues.dll Sep.dll; do
    if [ -f "$bin/$dll" ]; then
      dotnet tool run sharpfuzz "$bin/$dll"
    fi
  done
  touch "$bin/.instrumented"
fi

export AFL_SKIP_BIN_CHECK=1 AFL_SKIP_CPUFREQ=1 AFL_NO_UI=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_NO_AFFINITY=1
rm -rf "$out/$target"
afl-fuzz -i "tests/Evaluation.Fuzz/Seeds/$target" -o "$out/$target" -t 10000 -m none -E "$executions" \
  -- dotnet "$bin/Evaluation.Fuzz.dll" "$target"
