import type { IDataObject } from 'n8n-workflow';

/** An answer from Ginee that says SUCCESS but cannot be read as what was asked for. */
class UnreadableAnswerError extends Error {}

function describe(value: unknown): string {
	if (Array.isArray(value)) return 'a list';
	if (value === null) return 'null';
	return typeof value === 'object' ? 'an object without a list' : `a ${typeof value}`;
}

function isRecord(value: unknown): value is IDataObject {
	return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/**
 * The records of a list answer, read tolerantly: `data` itself as a list, or the list under
 * `data.content` (or `data.list`, as some Ginee pages show); nothing for `null`. Entries that are
 * not objects (e.g. `null`) are skipped. Anything else is an error naming the endpoint.
 */
export function recordsOf(data: unknown, endpoint: string): IDataObject[] {
	if (data === null || data === undefined) return [];
	const list = Array.isArray(data)
		? data
		: isRecord(data)
			? (data.content ?? data.list)
			: undefined;
	if (list === null) return [];
	if (!Array.isArray(list)) {
		throw new UnreadableAnswerError(
			`Ginee's answer to ${endpoint} is not a list (data is ${describe(data)}); nothing was read ` +
				`from it`,
		);
	}
	return list.filter(isRecord);
}
