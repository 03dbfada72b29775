#!/usr/bin/env bash
# Fuzz extract() for a while: atheris when it is installed, else hypothesis with many
# examples. Usage: fuzz/run.sh [SECONDS]   (default 300)
set -euo pipefail
cd "$(dirname "$0")/.."
secs=${1:-300}
if python -c "import atheris" 2>/dev/null; then
  mkdir -p fuzz/corpus
  cp fixtures/*.txt fuzz/corpus/
  exec python fuzz/fuzz_extract.py -max_total_time="$secs" -max_len=20000 fuzz/corpus
fi
echo "atheris not installed: running the hypothesis property tests with many examples"
DVE_FUZZ_EXAMPLES=$((secs * 40)) exec python -m pytest -q tests/test_robustness.py -k "arbitrary"
