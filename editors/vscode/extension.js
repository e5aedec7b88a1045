// Starts `stance lsp` for claims files; everything else comes from the server.
const vscode = require("vscode");
const { LanguageClient } = require("vscode-languageclient/node");

let client;

function activate(context) {
  const config = vscode.workspace.getConfiguration("stance");
  const texts = config.get("texts", []);
  const bibs = config.get("bib", []);
  const args = ["lsp"];
  for (const dir of texts) args.push("--texts", dir);
  for (const file of bibs) args.push("--bib", file);
  const server = { command: config.get("path", "stance"), args };
  client = new LanguageClient(
    "stance",
    "stance",
    { run: server, debug: server },
    { documentSelector: [{ scheme: "file", language: "claims" }] }
  );
  context.subscriptions.push(client);
  return client.start();
}

function deactivate() {
  return client ? client.stop() : undefined;
}

module.exports = { activate, deactivate };
