/*---------------------------------------------------------------------------------------------
 *  Licensed under the MIT License. See LICENSE in the project root for license information.
 *--------------------------------------------------------------------------------------------*/

// "IAM Support: Set Policy Kind" (#14): the CodeLens that shows a policy's kind runs it. The choice is
// written to `iamSupport.policyKinds` in the file's workspace folder (its path there as the glob), or in
// the user's settings for a file outside any folder, so the server, the CLI's users and the team see it.

import * as vscode from 'vscode';
import { SetPolicyKindCommand } from '../../shared/protocol';

const kinds = ['identity', 'trust', 'resource', 'scp', 'rcp', 'boundary', 'session', 'vpcEndpoint'] as const;

function kindLabel(kind: (typeof kinds)[number]): string {
	switch (kind) {
		case 'identity':
			return vscode.l10n.t('Identity policy (user, group or role)');
		case 'trust':
			return vscode.l10n.t('Role trust policy');
		case 'resource':
			return vscode.l10n.t('Resource-based policy (S3, KMS, SNS, SQS…)');
		case 'scp':
			return vscode.l10n.t('Service control policy (SCP)');
		case 'rcp':
			return vscode.l10n.t('Resource control policy (RCP)');
		case 'boundary':
			return vscode.l10n.t('Permissions boundary');
		case 'session':
			return vscode.l10n.t('Session policy');
		case 'vpcEndpoint':
			return vscode.l10n.t('VPC endpoint policy');
	}
}

/** The glob that names the file in `iamSupport.policyKinds`: its path in its folder, with glob characters escaped. */
export function globFor(path: string): string {
	return path.replace(/[*?[\]{}()!]/g, (character) => `\\${character}`);
}

export function registerSetPolicyKindCommand(): vscode.Disposable {
	return vscode.commands.registerCommand(SetPolicyKindCommand.id, async (uriArg?: unknown) => {
		const uri =
			typeof uriArg === 'string'
				? vscode.Uri.parse(uriArg)
				: uriArg instanceof vscode.Uri
					? uriArg
					: vscode.window.activeTextEditor?.document.uri;
		if (!uri) {
			return;
		}
		const folder = vscode.workspace.getWorkspaceFolder(uri);
		const glob = globFor(folder ? vscode.workspace.asRelativePath(uri, false) : uri.path);
		const configuration = vscode.workspace.getConfiguration('iamSupport', uri);
		const inspected = configuration.inspect<Record<string, string>>('policyKinds');
		const current = (folder ? inspected?.workspaceFolderValue : inspected?.globalValue) ?? {};
		const infer = {
			label: vscode.l10n.t('Infer from the policy'),
			description: vscode.l10n.t('from the template around it, or its statements'),
		};
		const picked = await vscode.window.showQuickPick(
			[
				infer,
				...kinds.map((policyKind) => ({
					label: kindLabel(policyKind),
					description: current[glob] === policyKind ? vscode.l10n.t('current') : undefined,
					policyKind: policyKind as string,
				})),
			],
			{ placeHolder: vscode.l10n.t('The kind of the policies in {0}', glob) },
		);
		if (!picked) {
			return;
		}
		const next: Record<string, string> = { ...current };
		if ('policyKind' in picked) {
			next[glob] = picked.policyKind;
		} else {
			delete next[glob];
		}
		await configuration.update(
			'policyKinds',
			Object.keys(next).length ? next : undefined,
			folder ? vscode.ConfigurationTarget.WorkspaceFolder : vscode.ConfigurationTarget.Global,
		);
	});
}
