Content-Length: 205

{"jsonrpc": "2.0", "method": "textDocument/didOpen", "params": {"textDocument": {"uri": "file:///tmp/stance-lsp-fuzz/a.claims", "text": "expert zogg \"Benno Zogg\"\nclaim c.x \"X.\"\nzogg asserts c.x\n"}}}Content-Length: 253

{"jsonrpc": "2.0", "method": "textDocument/didChange", "params": {"textDocument": {"uri": "file:///tmp/stance-lsp-fuzz/a.claims"}, "contentChanges": [{"range": {"start": {"line": 2, "character": 0}, "end": {"line": 2, "character": 4}}, "text": "zog"}]}}