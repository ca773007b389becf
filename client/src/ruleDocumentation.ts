/*---------------------------------------------------------------------------------------------
 *  Licensed under the MIT License. See LICENSE in the project root for license information.
 *--------------------------------------------------------------------------------------------*/

// A rule's link opens the rule (#16): rendered, at its heading, in the Markdown preview beside the policy.
//
// The server links each finding to docs/rules.md#CODE as a file URI, which serves every LSP client and
// the CLI. VS Code opens such a link as raw Markdown at line 1: its opener reads only `#L12`-style
// fragments. Both places that show the link, the Problems panel (markersTreeViewer.ts, markersTable.ts:
// the `Link` widget) and the hover of a squiggle (markerHoverParticipant.ts), open it with
// `openerService.open(href, { allowCommands: true })`, in desktop VS Code and in code-server alike; so the
// client turns the link of each of its findings into a command link, and the command opens the
// Markdown preview with the fragment, which the preview scrolls to (previewManager.ts,
// StartingScrollFragment). The arguments are the rule's code and the documentation's language, never a
// URI: the Problems panel prints the link with `toString(true)`, which would let a `#` inside it cut
// the query short.

import * as vscode from 'vscode';

export const showRuleCommand = 'iamSupport.showRule';
/** VS Code's built-in Markdown support, whose preview renders the rules. */
const markdownExtension = 'vscode.markdown-language-features';

/** Rule codes are lower-case words joined by hyphens; anything else in a command link is ignored. */
const rulePattern = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

/**
 * The command link for a rule that the server linked to `href` (…/docs/rules.md#CODE or rules.ja.md#CODE),
 * or undefined for a link that is not to a rule.
 */
export function ruleCommandLink(code: string, href: vscode.Uri): vscode.Uri | undefined {
	const match = /\/rules(\.ja)?\.md$/.exec(href.path);
	if (!match || !rulePattern.test(code) || (href.fragment && href.fragment !== code)) {
		return undefined;
	}
	const args = match[1] ? [code, 'ja'] : [code];
	return vscode.Uri.parse(`command:${showRuleCommand}?${encodeURIComponent(JSON.stringify(args))}`);
}

/** Replaces the link of each of our findings that points into the rules' documentation; others are left alone. */
export function withRuleCommandLinks(diagnostics: vscode.Diagnostic[]): vscode.Diagnostic[] {
	for (const diagnostic of diagnostics) {
		const code = diagnostic.code;
		if (code && typeof code === 'object' && typeof code.value === 'string') {
			const link = ruleCommandLink(code.value, code.target);
			if (link) {
				diagnostic.code = { value: code.value, target: link };
			}
		}
	}
	return diagnostics;
}

export function registerRuleDocumentation(context: vscode.ExtensionContext): vscode.Disposable {
	return vscode.commands.registerCommand(showRuleCommand, (code: unknown, language: unknown) =>
		typeof code === 'string' && rulePattern.test(code) ? showRule(context, code, language === 'ja' ? 'ja' : undefined) : undefined,
	);
}

/** Opens the rule's section: in the Markdown preview beside the editor, else the Markdown source at the heading. */
async function showRule(context: vscode.ExtensionContext, code: string, language: 'ja' | undefined): Promise<void> {
	const file = vscode.Uri.joinPath(context.extensionUri, 'docs', language === 'ja' ? 'rules.ja.md' : 'rules.md');
	// A locked preview keeps showing the rules when another Markdown file becomes active, and is reused.
	if (vscode.extensions.getExtension(markdownExtension)) {
		try {
			await vscode.commands.executeCommand('markdown.showLockedPreviewToSide', file.with({ fragment: code }));
			return;
		} catch {
			// The preview could not open: the source below still shows the rule.
		}
	}
	// Without VS Code's Markdown extension (disabled, or an editor that lacks it): the source, at the heading.
	const document = await vscode.workspace.openTextDocument(file);
	const line = document
		.getText()
		.split(/\r?\n/)
		.findIndex((text) => text === `## ${code}`);
	const position = new vscode.Position(Math.max(line, 0), 0);
	await vscode.window.showTextDocument(document, {
		viewColumn: vscode.ViewColumn.Beside,
		preview: true,
		selection: new vscode.Range(position, position),
	});
}
