#!/usr/bin/env bash
# Installs the Debian packages that stance needs to build, test and benchmark.
# Runs apt-get only when a package is missing, so a second run costs nothing.
set -euo pipefail

packages=(
  build-essential cmake ccache pkg-config
  libboost-dev libsqlite3-dev libsqlitecpp-dev sqlite3 libcli11-dev libgtest-dev libgmock-dev
  nlohmann-json3-dev libfmt-dev libutf8proc-dev libxxhash-dev libmimalloc-dev libbenchmark-dev
  clang libclang-rt-dev
)
packages+=(graphviz libgraphviz-dev)  # exports: dot reads the DOT export back; libgvc lays out the report figures
packages+=(python3-networkx python3-igraph)  # exports: GraphML, GEXF and edge lists read back in the tests
if [[ "${1:-}" == "--with-browser" ]]; then packages+=(chromium); fi
if [[ "${1:-}" == "--with-browser" ]]; then packages+=(neovim); fi  # the language server is tested with Neovim's LSP client
packages+=(poppler-utils)  # print test: pdftotext reads the PDFs that Chromium prints of the HTML reports
packages+=(libdtl-dev)  # fmt: the unified diff of `stance fmt --diff`
if [[ "${1:-}" == "--with-browser" ]] && ! command -v npm >/dev/null; then packages+=(nodejs npm); fi  # npm ci below

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]} > 0)); then
  sudo=()
  if [[ $(id -u) -ne 0 ]]; then sudo=(sudo); fi
  echo "installing: ${missing[*]}"
  "${sudo[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# npm packages that the tests read the project's own files with, pinned by their lock files.
npm_folders=()
if [[ "${1:-}" == "--with-browser" ]]; then npm_folders+=(editors/vscode); fi  # VS Code's TextMate engine
for folder in "${npm_folders[@]}"; do
  folder="$(dirname "$0")/../$folder"
  [[ -d $folder/node_modules ]] && continue
  (cd "$folder" && npm ci --no-audit --no-fund --loglevel=error)
done
