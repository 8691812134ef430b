import type { IDataObject, INodeProperties } from 'n8n-workflow';
import { sleep } from 'n8n-workflow';

// Writes Ginee finishes in the background (Ship, Price → Update): it answers with a task ID, and
// the node asks for the task's result until it is done or Wait for Result is over.

const DEFAULT_WAIT_SECONDS = 60;
const MAX_WAIT_SECONDS = 300;
const POLL_INTERVAL_MS = 1_000;
/** The last check starts this long before Wait for Result ends, and may take the rest. */
const LAST_CHECK_MS = 500;

/** The Wait for Result option, e.g. ('ships', 'Orders', 'shipped'). */
export function waitForResultOption(work: string, records: string, done: string): INodeProperties {
	return {
		displayName: 'Wait for Result (Seconds)',
		name: 'waitSeconds',
		type: 'number',
		typeOptions: { minValue: 0, maxValue: MAX_WAIT_SECONDS },
		default: DEFAULT_WAIT_SECONDS,
		description:
			`Ginee ${work} in the background: how long to wait for its result. ${records} still in ` +
			`progress then come out with status PROCESSING and the task ID, never as ${done}.`,
	};
}

/** Wait for Result from an item's options, kept within 0–300 s (60 when unusable). */
export function readWaitSeconds(options: IDataObject): number {
	const wait = Number(options.waitSeconds ?? DEFAULT_WAIT_SECONDS);
	return Number.isFinite(wait)
		? Math.min(MAX_WAIT_SECONDS, Math.max(0, wait))
		: DEFAULT_WAIT_SECONDS;
}

/**
 * Reads each task's result (`read` gets the time past which it must not wait) once a second until
 * every task is done or `waitSeconds` are over, end to end: no request outlives the wait, and a
 * result endpoint that hangs cannot stretch it. A failed read is tried again in the next round.
 * Gives the last result read of each task.
 */
export async function followTasks<T extends { done: boolean }>(
	taskIds: string[],
	waitSeconds: number,
	read: (taskId: string, deadline: number) => Promise<T>,
): Promise<Map<string, T>> {
	const latest = new Map<string, T>();
	const open = () => taskIds.filter((taskId) => !latest.get(taskId)?.done);
	const deadline = Date.now() + waitSeconds * 1000;
	for (let round = 0; open().length > 0 && Date.now() < deadline; round++) {
		if (round > 0) {
			const left = deadline - Date.now();
			if (left <= LAST_CHECK_MS) break;
			await sleep(Math.min(POLL_INTERVAL_MS, left - LAST_CHECK_MS));
		}
		for (const taskId of open()) {
			if (Date.now() >= deadline) break;
			try {
				latest.set(taskId, await read(taskId, deadline));
			} catch {
				// no result this round: asked again in the next one while the wait lasts
			}
		}
	}
	return latest;
}
