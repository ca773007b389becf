/*---------------------------------------------------------------------------------------------
 *  Licensed under the MIT License. See LICENSE in the project root for license information.
 *--------------------------------------------------------------------------------------------*/

// Progress for what takes longer than a second (#16): the language server's start, then the first
// diagnostics of the policy that started it, as window progress (the spinner at the left of the status
// bar). A quicker start shows nothing, so that a warm window does not flicker. Pure: the caller passes
// the function that shows progress (vscode.window.withProgress in the extension, a fake in the tests).

/** After this long without an answer, a person wonders whether anything is happening. */
export const progressDelayMs = 1000;

/** Shows progress titled `title` until `task`'s promise settles; `report` changes its message. */
export type ShowProgress = (title: string, task: (progress: { report(value: { message?: string }): void }) => Promise<void>) => unknown;

export interface StartupProgress {
	/** Says what is being waited for now; shown once the delay has passed. */
	report(message: string): void;
	/** Ends the progress; later calls do nothing. */
	done(): void;
}

export function startupProgress(title: string, show: ShowProgress, delayMs = progressDelayMs): StartupProgress {
	let message: string | undefined;
	let reporter: { report(value: { message?: string }): void } | undefined;
	let finish!: () => void;
	const finished = new Promise<void>((resolve) => (finish = resolve));
	let ended = false;
	const timer = setTimeout(() => {
		show(title, (progress) => {
			reporter = progress;
			if (message) {
				progress.report({ message });
			}
			return finished;
		});
	}, delayMs);
	return {
		report: (next) => {
			message = next;
			reporter?.report({ message: next });
		},
		done: () => {
			if (!ended) {
				ended = true;
				clearTimeout(timer);
				finish();
			}
		},
	};
}
