/*---------------------------------------------------------------------------------------------
 *  Licensed under the MIT License. See LICENSE in the project root for license information.
 *--------------------------------------------------------------------------------------------*/

// Templates as a person sees them: the CloudFormation example with its squiggle under the !Sub ARN and
// the finding under it, and the Terraform example with its CodeLenses over each policy. Every step waits
// for the element it needs.

import * as path from 'node:path';
import { quickInputFocused } from './quickInput.mjs';

async function open(page, file, text) {
	await page.keyboard.press('Control+P');
	await quickInputFocused(page, '');
	await page.keyboard.type(file);
	await page.locator('.quick-input-list .monaco-list-row', { hasText: file }).first().waitFor();
	await page.keyboard.press('Enter');
	const editor = page.locator('.editor-group-container.active .editor-instance .monaco-editor').first();
	await editor.locator('.view-line', { hasText: text }).first().waitFor();
	return editor;
}

export async function runTemplatesTest(page, { url, screenshots }) {
	page.setDefaultTimeout(30_000);
	await page.goto(url);
	await page.locator('.monaco-workbench .explorer-folders-view').waitFor();

	const yaml = await open(page, 'support-stack.cloudformation.yaml', 'AssumeRolePolicyDocument');
	// The CodeLenses name each policy's kind; the inline policy also gets the simulation.
	await yaml.locator('.codelens-decoration', { hasText: 'role trust policy' }).first().waitFor();
	await yaml.locator('.codelens-decoration', { hasText: 'Simulate' }).first().waitFor();
	await yaml.locator('.squiggly-warning').first().waitFor({ state: 'attached' });
	// The keyboard's "Go to Next Problem" shows the finding under its line, as a person reads it.
	await yaml.locator('.view-line', { hasText: 'Parameters:' }).first().click();
	await page.keyboard.press('F8');
	await page.locator('.marker-widget', { hasText: 'This ARN grants nothing' }).first().waitFor();
	await page.screenshot({ path: path.join(screenshots, 'template-yaml.png'), animations: 'disabled' });
	await page.keyboard.press('Escape');

	const terraform = await open(page, 'support-access.tf', 'aws_iam_policy_document');
	await terraform.locator('.codelens-decoration', { hasText: 'role trust policy' }).first().waitFor();
	await terraform.locator('.squiggly-warning').first().waitFor({ state: 'attached' });
	await page.screenshot({ path: path.join(screenshots, 'template-terraform.png'), animations: 'disabled' });
	// The examples' workbench is reopened as it is left: the tests after this one start from no editor.
	await page.keyboard.press('Control+K');
	await page.keyboard.press('Control+W');
	await page.locator('.editor-group-container .tab').first().waitFor({ state: 'detached' });
}
