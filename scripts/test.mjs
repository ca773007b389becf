#!/usr/bin/env node
// `npm test`: the unit and protocol tests, the end-to-end tests in real VS Code, and the Neovim and Emacs
// tests, one after the other. First it checks that the machine has what all three need (Chromium,
// the editors, code-server's build tools) and names everything missing at once, in a second, before
// any build. Every part runs even when an earlier one fails, so that one run tells all; the closing
// line adds up what each part reported.
import { spawn } from 'node:child_process';
import { requirePrerequisites } from './prerequisites.mjs';

const parts = ['test:unit', 'test:e2e', 'test:editors'];
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

function run(script) {
	return new Promise((resolve) => {
		const child = spawn(npm, ['run', '--silent', script], { stdio: ['ignore', 'pipe', 'inherit'] });
		let passed = 0;
		let failed = 0;
		let pending = '';
		const count = (line) => {
			// node --test closes with "# pass N" and "# fail N"; the other runners with "N passed, N failed".
			const tap = /^# (pass|fail) (\d+)$/.exec(line);
			const plain = /^(\d+) passed, (\d+) failed/.exec(line);
			if (tap) {
				if (tap[1] === 'pass') {
					passed += Number(tap[2]);
				} else {
					failed += Number(tap[2]);
				}
			} else if (plain) {
				passed += Number(plain[1]);
				failed += Number(plain[2]);
			}
		};
		child.stdout.on('data', (chunk) => {
			process.stdout.write(chunk);
			const lines = (pending + chunk).split('\n');
			pending = lines.pop();
			lines.forEach(count);
		});
		child.on('close', (code) => {
			count(pending);
			resolve({ script, code: code ?? 1, passed, failed });
		});
	});
}

requirePrerequisites(['test']);

const results = [];
for (const part of parts) {
	results.push(await run(part));
}
console.log('');
for (const { script, code, passed, failed } of results) {
	console.log(`${script}: ${passed} passed, ${failed} failed${code === 0 ? '' : ` (exit code ${code})`}`);
}
const passed = results.reduce((sum, result) => sum + result.passed, 0);
const failed = results.reduce((sum, result) => sum + result.failed, 0);
const broken = results.filter((result) => result.code !== 0 && result.failed === 0).length;
console.log(`total: ${passed} passed, ${failed + broken} failed`);
process.exitCode = results.every((result) => result.code === 0) ? 0 : 1;
