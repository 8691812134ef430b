import type { IDataObject } from 'n8n-workflow';

/** What one batch answer says entry by entry: confirmed (with Ginee's figures) and refused. */
export interface EntryAnswers {
	confirmed: Map<string, IDataObject>;
	refused: Map<string, string>;
}

/** The objects in `data[name]`, or undefined when Ginee gave no such list. */
export function listIn(data: unknown, name: string): IDataObject[] | undefined {
	const value = (data as IDataObject | null | undefined)?.[name];
	if (!Array.isArray(value)) return undefined;
	return value.filter(
		(entry): entry is IDataObject =>
			entry !== null && typeof entry === 'object' && !Array.isArray(entry),
	);
}

/**
 * A batch write's answer, read tolerantly: entries of the `confirmed` lists (e.g. successList) and
 * of the `refused` list (e.g. failedList) by `keyOf`. An entry in neither is not confirmed: nothing
 * counts as applied unless Ginee lists it.
 */
export function readEntryAnswers(
	data: unknown,
	{
		confirmed,
		refused,
		keyOf,
	}: { confirmed: string[]; refused: string; keyOf: (entry: IDataObject) => string | undefined },
): EntryAnswers {
	const answers: EntryAnswers = { confirmed: new Map(), refused: new Map() };
	for (const name of confirmed)
		for (const entry of listIn(data, name) ?? []) {
			const key = keyOf(entry);
			if (key !== undefined) answers.confirmed.set(key, entry);
		}
	for (const entry of listIn(data, refused) ?? []) {
		const key = keyOf(entry);
		if (key !== undefined)
			answers.refused.set(
				key,
				String(entry.errorMessage ?? entry.message ?? entry.errorMsg ?? 'no reason given'),
			);
	}
	return answers;
}
