// Tokenizes test/sample.claims with the TextMate grammar, through the same engine VS Code uses
// (vscode-textmate with vscode-oniguruma), and checks the scope of every token listed in
// test/expected.json (1-based line, the token's text, a scope it must carry). Exits 77 (skipped,
// for ctest) when the npm packages are not installed: `npm ci` in editors/vscode installs them.
"use strict";
const fs = require("fs");
const path = require("path");

let textmate, oniguruma;
try {
  textmate = require("vscode-textmate");
  oniguruma = require("vscode-oniguruma");
} catch (e) {
  console.log("vscode-textmate or vscode-oniguruma is not installed (npm ci in editors/vscode)");
  process.exit(77);
}

const here = __dirname;
const wasm = fs.readFileSync(path.join(path.dirname(require.resolve("vscode-oniguruma")), "onig.wasm"));

async function main() {
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  const registry = new textmate.Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (patterns) => new oniguruma.OnigScanner(patterns),
      createOnigString: (s) => new oniguruma.OnigString(s),
    }),
    loadGrammar: async (scopeName) => {
      if (scopeName !== "source.claims") return null;
      const file = path.join(here, "..", "syntaxes", "claims.tmLanguage.json");
      return textmate.parseRawGrammar(fs.readFileSync(file, "utf8"), file);
    },
  });
  const grammar = await registry.loadGrammar("source.claims");
  const lines = fs.readFileSync(path.join(here, "sample.claims"), "utf8").split("\n");
  const tokens = [];  // per line: [{text, scopes}]
  let stack = textmate.INITIAL;
  for (const line of lines) {
    const result = grammar.tokenizeLine(line, stack);
    tokens.push(result.tokens.map((t) => ({ text: line.substring(t.startIndex, t.endIndex), scopes: t.scopes })));
    stack = result.ruleStack;
  }

  const expected = JSON.parse(fs.readFileSync(path.join(here, "expected.json"), "utf8"));
  let failures = 0;
  for (const e of expected) {
    const line = tokens[e.line - 1] || [];
    // The token that holds the text (a string's words are inside one token).
    const token = line.find((t) => t.text === e.text) || line.find((t) => t.text.includes(e.text));
    if (!token) {
      console.log(`FAIL line ${e.line}: no token '${e.text}' in ${JSON.stringify(line.map((t) => t.text))}`);
      failures++;
    } else if (!token.scopes.includes(e.scope)) {
      console.log(`FAIL line ${e.line}: '${e.text}' has ${token.scopes.join(" ")}, not ${e.scope}`);
      failures++;
    }
  }
  console.log(`${expected.length - failures} passed, ${failures} failed`);
  process.exit(failures ? 1 : 0);
}

main().catch((e) => {
  console.log(e.stack || String(e));
  process.exit(1);
});
