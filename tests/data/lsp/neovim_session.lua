-- A headless Neovim session against `stance lsp`, with Neovim's own LSP client: open a claims
-- file with an error, wait for its diagnostics, go to a definition, ask for completions, format
-- another file, and write what the client got as JSON for the test to check. Run by tests/unit/lsp/neovim_test.cpp:
--   STANCE_BINARY=... STANCE_LSP_ROOT=... STANCE_LSP_OUT=... nvim --headless --clean -c 'luafile neovim_session.lua'
local binary = os.getenv("STANCE_BINARY")
local root = os.getenv("STANCE_LSP_ROOT")
local out = os.getenv("STANCE_LSP_OUT")
local result = { errors = {} }

local function finish()
  local file = io.open(out, "w")
  file:write(vim.fn.json_encode(result))
  file:close()
  vim.cmd("qall!")
end

local ok, err = pcall(function()
  vim.cmd("edit " .. vim.fn.fnameescape(root .. "/a.claims"))
  local buf = vim.api.nvim_get_current_buf()
  local client = vim.lsp.start_client({ name = "stance", cmd = { binary, "lsp" }, root_dir = root })
  assert(client, "the client did not start")
  vim.lsp.buf_attach_client(buf, client)

  result.diagnosed = vim.wait(20000, function() return #vim.diagnostic.get(buf) > 0 end, 50)
  result.diagnostics = {}
  for _, d in ipairs(vim.diagnostic.get(buf)) do
    table.insert(result.diagnostics, { line = d.lnum, col = d.col, message = d.message, code = d.code })
  end

  local uri = vim.uri_from_bufnr(buf)
  local function request(method, line, character)
    local answers = vim.lsp.buf_request_sync(buf, method,
      { textDocument = { uri = uri }, position = { line = line, character = character } }, 10000)
    for _, answer in pairs(answers or {}) do
      if answer.error then table.insert(result.errors, method .. ": " .. vim.inspect(answer.error)) end
      return answer.result
    end
  end

  -- `zogg asserts csto.weak` on line 6 (0-based 5): the claim's definition.
  local definition = request("textDocument/definition", 5, 16)
  if definition then
    local location = definition.uri and definition or definition[1]
    result.definition = { uri = location.uri, line = location.range.start.line }
  end

  -- Line 9 (0-based 8) is `zogg denies csto.`: claims are completed there.
  local completion = request("textDocument/completion", 8, 17)
  result.completion = {}
  for _, item in ipairs((completion and (completion.items or completion)) or {}) do
    table.insert(result.completion, item.label)
  end

  -- b.claims parses but is not formatted: Neovim applies the server's formatting edit.
  vim.cmd("edit " .. vim.fn.fnameescape(root .. "/b.claims"))
  local other = vim.api.nvim_get_current_buf()
  vim.lsp.buf_attach_client(other, client)
  if vim.lsp.buf.format then  -- Neovim 0.8 and later
    vim.lsp.buf.format({ bufnr = other, async = false, timeout_ms = 10000 })
  else
    vim.lsp.buf.formatting_sync(nil, 10000)
  end
  result.formatted = vim.api.nvim_buf_get_lines(other, 0, -1, false)

  vim.lsp.stop_client(client)
  vim.wait(5000, function() return vim.lsp.get_client_by_id(client) == nil end, 50)
end)
if not ok then table.insert(result.errors, tostring(err)) end
finish()
