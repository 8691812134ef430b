import type { IDataObject } from 'n8n-workflow';

import type { OrderRecord } from './orderRecord';

export type OrderEvent = 'newOrder' | 'statusChanged' | 'anyUpdate';

/** What the trigger watches for. */
export interface Watch {
	event: OrderEvent;
	/** For statusChanged: the statuses that count (none: any). */
	statuses: string[];
	/** Orders created at or after this time (ms) are new. */
	newSince: number;
	/** Orders created in [from, to) were listed by earlier polls: never new, recorded or not. */
	listedBefore?: { from: number; to: number };
}

export const timeOf = (value: unknown): number => Date.parse(String(value ?? '')) || 0;

function isNew(createdAt: number, { newSince, listedBefore }: Watch): boolean {
	if (createdAt < newSince) return false;
	return !listedBefore || createdAt < listedBefore.from || createdAt >= listedBefore.to;
}

/**
 * The orders to emit, each once: a version of an order already recorded (same or older
 * lastUpdateAt) is a repeat and skipped; every newer version is recorded, emitted or not. A status
 * change compares with the status last recorded; an order never seen before counts as changed to
 * its status (its previous one is unknown: `previousOrderStatus` null).
 */
export function changesToEmit(
	orders: IDataObject[],
	record: OrderRecord,
	watch: Watch,
): IDataObject[] {
	const emitted: IDataObject[] = [];
	const byUpdate = [...orders].sort((a, b) => timeOf(a.lastUpdateAt) - timeOf(b.lastUpdateAt));
	for (const order of byUpdate) {
		if (typeof order.orderId !== 'string') continue;
		const updatedAt = timeOf(order.lastUpdateAt);
		const status = String(order.orderStatus ?? '');
		const previous = record.get(order.orderId);
		if (previous && previous.updatedAt >= updatedAt) continue;
		record.set(order.orderId, { updatedAt, status });
		if (watch.event === 'anyUpdate') emitted.push(order);
		else if (watch.event === 'newOrder') {
			if (!previous && isNew(timeOf(order.createAt), watch)) emitted.push(order);
		} else if (
			previous?.status !== status &&
			(watch.statuses.length === 0 || watch.statuses.includes(status))
		) {
			emitted.push({ ...order, previousOrderStatus: previous?.status ?? null });
		}
	}
	return emitted;
}
