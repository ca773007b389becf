/*---------------------------------------------------------------------------------------------
 *  Licensed under the MIT License. See LICENSE in the project root for license information.
 *--------------------------------------------------------------------------------------------*/

// How the page's messages change what is simulated, and how that becomes the LSP request. Messages
// that need a dialog or the editor (pick a file, reveal, export) are the host's business, not this one's.

import type { DiffPolicyParams, PolicySource, SimulateParams } from '../../../../shared/simulation';
import type { FromWebview, LayerEntry, PanelRequest, Revision } from './messages';

export const managedSupportAccess = { uri: 'managed:AWSSupportAccess', label: 'AWSSupportAccess (AWS managed)' };

export const headRevision: Revision = { ref: 'HEAD', label: 'HEAD' };

export function initialRequest(documentUri: string, policyIndex?: number, revision?: Revision): PanelRequest {
	return { documentUri, policyIndex, context: {}, layers: [], ...(revision ? { revision } : {}) };
}

/** Returns the new request, or undefined when the message does not change the request. */
export function reduceRequest(request: PanelRequest, message: FromWebview.Type): PanelRequest | undefined {
	switch (message.type) {
		case 'setContext':
			return { ...request, context: message.context };
		case 'setResource':
			return { ...request, resource: message.resource.trim() || undefined };
		case 'removeLayer':
			return message.index < request.layers.length
				? { ...request, layers: request.layers.filter((_layer, index) => index !== message.index) }
				: undefined;
		case 'setCompare':
			if (message.target === 'none') {
				return { ...request, compare: undefined };
			}
			return message.target === 'file' ? undefined : { ...request, compare: managedSupportAccess };
		case 'setRevision':
			if (message.target === 'none') {
				return { ...request, revision: undefined };
			}
			return message.target === 'pick' ? undefined : { ...request, revision: headRevision };
		default:
			return undefined;
	}
}

/** A boundary or session policy replaces the one before it; SCPs form a chain, so they add up. */
export function addLayer(request: PanelRequest, layer: LayerEntry): PanelRequest {
	const layers = layer.kind === 'serviceControlPolicy' ? request.layers : request.layers.filter((other) => other.kind !== layer.kind);
	return { ...request, layers: [...layers, layer] };
}

function source(layer: LayerEntry): PolicySource {
	return { uri: layer.uri, label: layer.label };
}

export function toSimulateParams(request: PanelRequest, documentUri = request.documentUri): SimulateParams {
	const boundary = request.layers.find((layer) => layer.kind === 'permissionsBoundary');
	const session = request.layers.find((layer) => layer.kind === 'sessionPolicy');
	const scps = request.layers.filter((layer) => layer.kind === 'serviceControlPolicy');
	return {
		textDocument: { uri: documentUri },
		// The policy index belongs to the document; a compared policy is simulated whole.
		...(request.policyIndex !== undefined && documentUri === request.documentUri ? { policyIndex: request.policyIndex } : {}),
		...(request.resource ? { resource: request.resource } : {}),
		...(Object.keys(request.context).length ? { context: request.context } : {}),
		...(boundary ? { permissionsBoundary: source(boundary) } : {}),
		...(scps.length ? { serviceControlPolicies: scps.map(source) } : {}),
		...(session ? { sessionPolicy: source(session) } : {}),
	};
}

/**
 * The comparison with the document's text at a revision: the same layers and context as the simulation,
 * so that the change is judged for the principal the panel describes.
 */
export function toDiffParams(request: PanelRequest, before: DiffPolicyParams['before']): DiffPolicyParams {
	const { textDocument, context, permissionsBoundary, serviceControlPolicies, sessionPolicy } = toSimulateParams(request);
	return {
		textDocument,
		before,
		...(context ? { context } : {}),
		...(permissionsBoundary ? { permissionsBoundary } : {}),
		...(serviceControlPolicies ? { serviceControlPolicies } : {}),
		...(sessionPolicy ? { sessionPolicy } : {}),
	};
}

/** Every URI whose edits change the answer: the document, its layers and the policy compared with. */
export function watchedUris(request: PanelRequest): Set<string> {
	const uris = new Set([request.documentUri, ...request.layers.map((layer) => layer.uri)]);
	if (request.compare) {
		uris.add(request.compare.uri);
	}
	return uris;
}
