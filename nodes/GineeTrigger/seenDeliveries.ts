import type { IDataObject } from 'n8n-workflow';

export const REMEMBERED_DELIVERIES = 10_000;

/**
 * The ids of deliveries already accepted, newest last, at most `limit`. Kept in the workflow's
 * static data (saved in n8n's database, so it survives restarts and is shared by webhook processes)
 * and mirrored in this process's memory: n8n loads and saves static data per request without a
 * lock, so two deliveries handled at once could otherwise each overwrite the other's id.
 */
const memory = new Map<string, Set<string>>();

function trim(ids: Set<string>, limit: number): void {
	for (const id of ids) {
		if (ids.size <= limit) break;
		ids.delete(id);
	}
}

/**
 * Records `id` and returns true if it is new; false if it was accepted before. Synchronous, so two
 * deliveries in one process cannot both pass the check for the same id.
 */
export function recordDelivery(staticData: IDataObject, scope: string, id: string, limit = REMEMBERED_DELIVERIES): boolean {
	const known = memory.get(scope) ?? new Set<string>();
	memory.set(scope, known);
	const saved = Array.isArray(staticData.deliveryIds) ? (staticData.deliveryIds as string[]) : [];
	if (known.has(id) || saved.includes(id)) return false;
	const merged = new Set([...saved, ...known]);
	merged.add(id);
	known.add(id);
	trim(merged, limit);
	trim(known, limit);
	staticData.deliveryIds = [...merged];
	return true;
}

/** For tests: forget what this process remembers (as a restart would). */
export function forgetProcessMemory(): void {
	memory.clear();
}
