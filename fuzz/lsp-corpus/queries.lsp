Content-Length: 241

{"jsonrpc": "2.0", "id": 1, "method": "textDocument/definition", "params": {"textDocument": {"uri": "file:///tmp/stance-lsp-fuzz/a.claims"}, "position": {"line": 2, "character": 14}, "newName": "y.z", "context": {"includeDeclaration": true}}}Content-Length: 241

{"jsonrpc": "2.0", "id": 2, "method": "textDocument/references", "params": {"textDocument": {"uri": "file:///tmp/stance-lsp-fuzz/a.claims"}, "position": {"line": 2, "character": 14}, "newName": "y.z", "context": {"includeDeclaration": true}}}Content-Length: 236

{"jsonrpc": "2.0", "id": 3, "method": "textDocument/hover", "params": {"textDocument": {"uri": "file:///tmp/stance-lsp-fuzz/a.claims"}, "position": {"line": 2, "character": 14}, "newName": "y.z", "context": {"includeDeclaration": true}}}Content-Length: 241

{"jsonrpc": "2.0", "id": 4, "method": "textDocument/completion", "params": {"textDocument": {"uri": "file:///tmp/stance-lsp-fuzz/a.claims"}, "position": {"line": 2, "character": 14}, "newName": "y.z", "context": {"includeDeclaration": true}}}Content-Length: 245

{"jsonrpc": "2.0", "id": 5, "method": "textDocument/documentSymbol", "params": {"textDocument": {"uri": "file:///tmp/stance-lsp-fuzz/a.claims"}, "position": {"line": 2, "character": 14}, "newName": "y.z", "context": {"includeDeclaration": true}}}Content-Length: 244

{"jsonrpc": "2.0", "id": 6, "method": "textDocument/prepareRename", "params": {"textDocument": {"uri": "file:///tmp/stance-lsp-fuzz/a.claims"}, "position": {"line": 2, "character": 14}, "newName": "y.z", "context": {"includeDeclaration": true}}}Content-Length: 237

{"jsonrpc": "2.0", "id": 7, "method": "textDocument/rename", "params": {"textDocument": {"uri": "file:///tmp/stance-lsp-fuzz/a.claims"}, "position": {"line": 2, "character": 14}, "newName": "y.z", "context": {"includeDeclaration": true}}}