-- Licensed under the MIT License. See LICENSE in the project root for license information.
--
-- Neovim 0.7+ as an LSP client of `node dist/server.js --stdio`: a completion after "support:"
-- and a hover on an action. Run by test/editors/run.mjs, which sets IAM_SERVER and IAM_POLICY:
--   nvim --headless -u NONE -i NONE -n -c 'luafile test/editors/neovim.lua'
-- Prints one "ok NAME" or "not ok NAME: why" per check; exits non-zero when one failed.

local server = assert(os.getenv('IAM_SERVER'), 'IAM_SERVER is not set')
local policy = assert(os.getenv('IAM_POLICY'), 'IAM_POLICY is not set')
local timeout = 20000
local failed = false

local function report(name, ok, why)
	if ok then
		io.stdout:write('ok ' .. name .. '\n')
	else
		failed = true
		io.stdout:write('not ok ' .. name .. ': ' .. (why or '') .. '\n')
	end
end

vim.cmd('edit ' .. vim.fn.fnameescape(policy))
local bufnr = vim.api.nvim_get_current_buf()
vim.bo[bufnr].filetype = 'json'

-- vim.lsp.start_client exists from 0.5 on; 0.10 adds vim.lsp.start and 0.11 vim.lsp.config.
local client_id = vim.lsp.start_client({
	name = 'iam-support',
	cmd = { 'node', server, '--stdio' },
	root_dir = vim.fn.fnamemodify(policy, ':h'),
	on_init = function(client)
		client.notify('workspace/didChangeConfiguration', { settings = { iamSupport = {} } })
	end,
})
if not client_id then
	report('start', false, 'vim.lsp.start_client returned nil')
	vim.cmd('cquit 1')
end
vim.lsp.buf_attach_client(bufnr, client_id)

-- vim.wait runs the event loop until the condition holds or the deadline passes.
local initialized = vim.wait(timeout, function()
	local client = vim.lsp.get_client_by_id(client_id)
	return client ~= nil and client.server_capabilities ~= nil and client.server_capabilities.hoverProvider ~= nil
end, 20)
report('initialize', initialized, 'no initialize response within ' .. timeout .. ' ms')
local client = vim.lsp.get_client_by_id(client_id)

--- The LSP position just after `needle`'s `offset`-th character, for its first occurrence.
local function position_of(needle, offset)
	vim.api.nvim_win_set_cursor(0, { 1, 0 })
	local found = vim.fn.search(vim.fn.escape(needle, '\\'), 'cW')
	assert(found > 0, needle .. ' is not in the policy')
	local cursor = vim.api.nvim_win_get_cursor(0)
	return { line = cursor[1] - 1, character = cursor[2] + offset }
end

local function request(method, position)
	local response
	local params = { textDocument = { uri = vim.uri_from_bufnr(bufnr) }, position = position }
	client.request(method, params, function(err, result)
		response = { err = err, result = result }
	end, bufnr)
	vim.wait(timeout, function() return response ~= nil end, 20)
	return response
end

if initialized then
	local completion = request('textDocument/completion', position_of('"support:"', #'"support:'))
	local labels = {}
	if completion and completion.result then
		for _, item in ipairs(completion.result.items or completion.result) do
			labels[item.label] = true
		end
	end
	report('completion', labels['support:DescribeCases'] and labels['support:ResolveCase'],
		completion == nil and 'no answer' or vim.inspect(completion.err or vim.tbl_keys(labels)):sub(1, 300))

	local hover = request('textDocument/hover', position_of('support:DescribeCases', #'support:Desc'))
	local value = hover and hover.result and hover.result.contents and hover.result.contents.value or ''
	report('hover', value:find('support:DescribeCases', 1, true) ~= nil and value:find('Read', 1, true) ~= nil,
		hover == nil and 'no answer' or vim.inspect(hover.err or value):sub(1, 300))
end

vim.lsp.stop_client(client_id, true)
if failed then
	vim.cmd('cquit 1')
end
vim.cmd('qall!')
