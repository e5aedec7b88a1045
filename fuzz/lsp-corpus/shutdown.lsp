Content-Length: 49

{"jsonrpc": "2.0", "id": 9, "method": "shutdown"}Content-Length: 36

{"jsonrpc": "2.0", "method": "exit"}