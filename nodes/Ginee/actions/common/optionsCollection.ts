import type { INodeProperties } from 'n8n-workflow';

import { DEFAULT_TIMEOUT_MS, MAX_TIMEOUT_MS, MIN_TIMEOUT_MS } from '../../../shared/transport';

/**
 * The Timeout option of every operation; the node keeps it within 1 s – 5 min whatever is given.
 */
export function timeoutOption(what: string): INodeProperties {
	return {
		displayName: 'Timeout',
		name: 'timeout',
		type: 'number',
		typeOptions: { minValue: MIN_TIMEOUT_MS, maxValue: MAX_TIMEOUT_MS },
		default: DEFAULT_TIMEOUT_MS,
		description: `How long to wait for ${what}, in milliseconds (1,000 to 300,000)`,
	};
}

/** An operation's Options collection. */
export function optionsCollection(options: INodeProperties[]): INodeProperties {
	return {
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		options,
	};
}

/** An Options collection whose only option is the Timeout, for operations that need no other. */
export function timeoutOnlyOptions(): INodeProperties {
	return optionsCollection([timeoutOption('each answer from Ginee')]);
}
