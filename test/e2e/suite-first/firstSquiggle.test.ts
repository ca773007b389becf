/*---------------------------------------------------------------------------------------------
 *  Licensed under the MIT License. See LICENSE in the project root for license information.
 *--------------------------------------------------------------------------------------------*/

// Time to the first squiggle (#16): from opening a policy in a fresh window to the first diagnostic of
// this extension, beside the first one of VS Code's own JSON language service on the same file (a
// missing comma for it, an ARN under support:ResolveCase for us). Both come by the diagnostics event,
// timed in the extension host that receives them. The figures are printed for docs/performance.md.

import * as assert from 'assert';
import * as vscode from 'vscode';
import { activateExtension, defaultTimeoutMs, diagnosticCode, diagnosticSource, withTimeout, workspaceUri } from '../helper';

/** VS Code's JSON language service names itself "json" in its diagnostics. */
const jsonSource = 'json';

suite('Time to the first squiggle in a fresh window', () => {
	test('a policy opened in a fresh window gets our finding and VS Code JSON service finding, both timed', async () => {
		const uri = workspaceUri('first-squiggle.json');
		const first = new Map<string, number>();
		let started = 0;
		let subscription: vscode.Disposable | undefined;
		const both = new Promise<void>((resolve) => {
			subscription = vscode.languages.onDidChangeDiagnostics((event) => {
				if (!event.uris.some((changed) => changed.toString() === uri.toString())) {
					return;
				}
				const now = performance.now();
				for (const diagnostic of vscode.languages.getDiagnostics(uri)) {
					const source = diagnostic.source ?? '';
					if (
						!first.has(source) &&
						(source === jsonSource || (source === diagnosticSource && diagnosticCode(diagnostic) === 'resource-never-matches'))
					) {
						first.set(source, now - started);
					}
				}
				if (first.has(jsonSource) && first.has(diagnosticSource)) {
					resolve();
				}
			});
		});
		started = performance.now();
		await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
		try {
			// A cold start of two language servers on a busy two-core machine: a deadline longer than the others.
			await withTimeout(
				both,
				`a diagnostic from each of ${diagnosticSource} and ${jsonSource} (so far: ${[...first.keys()].join(', ') || 'none'})`,
				3 * defaultTimeoutMs,
			);
		} finally {
			subscription?.dispose();
		}
		const ours = first.get(diagnosticSource)!;
		const json = first.get(jsonSource)!;
		// Where our time went, on the same clock (the extension host's).
		const api = await activateExtension();
		// Absent from builds before it (a comparison run against an older build).
		const times = api.startTimes?.() ?? {};
		const at = (time: number | undefined) => (time === undefined ? '?' : (time - started).toFixed(0));
		console.log(
			`ours: activated at ${at(times.activated)} ms, server asked to start at ${at(times.requested)} ms, client loaded at ${at(times.clientLoaded)} ms, answered initialize at ${at(times.answered)} ms, asked for diagnostics at ${at(times.firstDiagnosticsRequest)} ms, first diagnostics at ${at(times.firstDiagnostics)} ms`,
		);
		console.log(
			`first squiggle: ours ${ours.toFixed(0)} ms, VS Code's JSON ${json.toFixed(0)} ms after opening the policy (ours ${ours <= json ? 'no later' : `${(ours - json).toFixed(0)} ms later`})`,
		);
		assert.ok(ours > 0 && json > 0);
	});
});
