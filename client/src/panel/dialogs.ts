/*---------------------------------------------------------------------------------------------
 *  Licensed under the MIT License. See LICENSE in the project root for license information.
 *--------------------------------------------------------------------------------------------*/

// The panel's file dialogs. The panel writes files only here, only where the user chose in a save dialog.

import * as vscode from 'vscode';
import type { GitRevisions } from '../git/gitRevisions';
import { commitPicks } from '../git/revisions';
import type { ExportFormat, LayerEntry, LayerKind, Revision } from './common/messages';
import { exportExtensions } from './common/exporters';

// Functions, not strings: vscode.l10n answers only once the extension is active.
const layerTitles: Record<LayerKind, () => string> = {
	permissionsBoundary: () => vscode.l10n.t('Pick a permissions boundary'),
	serviceControlPolicy: () => vscode.l10n.t('Pick a service control policy'),
	sessionPolicy: () => vscode.l10n.t('Pick a session policy'),
};

const policyFilters = () => ({ [vscode.l10n.t('Policy documents')]: ['json', 'jsonc'], [vscode.l10n.t('All files')]: ['*'] });

function baseName(uri: vscode.Uri): string {
	return uri.path.slice(uri.path.lastIndexOf('/') + 1);
}

export async function pickPolicyFile(title: string, near: vscode.Uri): Promise<{ uri: string; label: string } | undefined> {
	const picked = await vscode.window.showOpenDialog({
		title,
		canSelectMany: false,
		filters: policyFilters(),
		defaultUri: vscode.Uri.joinPath(near, '..'),
	});
	return picked?.[0] && { uri: picked[0].toString(), label: baseName(picked[0]) };
}

export async function pickLayer(kind: LayerKind, near: vscode.Uri): Promise<LayerEntry | undefined> {
	const picked = await pickPolicyFile(layerTitles[kind](), near);
	return picked && { kind, ...picked };
}

const formatNames: Record<ExportFormat, string> = { markdown: 'Markdown', csv: 'CSV', json: 'JSON' };

/** Asks where to save, then writes there; returns the saved URI, or undefined when the user cancelled. */
export async function saveExport(format: ExportFormat, content: string, document: vscode.Uri): Promise<vscode.Uri | undefined> {
	const extension = exportExtensions[format];
	const stem = baseName(document).replace(/\.[^.]*$/, '') || 'policy';
	const target = await vscode.window.showSaveDialog({
		title: vscode.l10n.t('Export the simulation as {0}', formatNames[format]),
		defaultUri: vscode.Uri.joinPath(document, '..', `${stem}.simulation.${extension}`),
		filters: { [formatNames[format]]: [extension] },
	});
	if (target) {
		await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(content));
	}
	return target;
}

/** HEAD or one of the file's recent commits; undefined when the user cancelled or git had none to offer (and said why). */
export async function pickRevision(revisions: GitRevisions, document: vscode.Uri): Promise<Revision | undefined> {
	const commits = await revisions.recentCommits(document);
	if (typeof commits === 'string') {
		void vscode.window.showWarningMessage(commits);
		return undefined;
	}
	const picked = await vscode.window.showQuickPick(commitPicks(commits), {
		title: vscode.l10n.t('Compare {0} with a revision', baseName(document)),
		placeHolder: vscode.l10n.t('HEAD, or a commit that changed the file'),
		matchOnDescription: true,
	});
	return picked && { ref: picked.ref, label: picked.revisionLabel };
}
