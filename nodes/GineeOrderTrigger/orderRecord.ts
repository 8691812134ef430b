import { createHash } from 'node:crypto';

/** Orders remembered at most: the most recently updated ones (about 20 bytes each when saved). */
export const MAX_RECORDED_ORDERS = 5_000;

/** Characters of an order id's digest (base64url of SHA-256): 60 bits. */
const DIGEST_LENGTH = 10;

/** What the trigger last saw of an order. */
interface SeenOrder {
	/** Its lastUpdateAt, in milliseconds. */
	updatedAt: number;
	status: string;
}

function digest(orderId: string): string {
	return createHash('sha256').update(orderId, 'utf8').digest('base64url').slice(0, DIGEST_LENGTH);
}

/**
 * The last version of each order the trigger has seen, kept in the node's static data as one string
 * (`digest updatedAt(base 36) status` per order) so that its size stays bounded whatever the ids.
 */
export class OrderRecord {
	private readonly seen = new Map<string, SeenOrder>();

	static load(saved: unknown): OrderRecord {
		const record = new OrderRecord();
		if (typeof saved !== 'string') return record;
		for (const entry of saved.split(';')) {
			const [key, updatedAt, status] = entry.split(' ');
			const time = parseInt(updatedAt, 36);
			if (key && status && Number.isFinite(time)) record.seen.set(key, { updatedAt: time, status });
		}
		return record;
	}

	get size(): number {
		return this.seen.size;
	}

	get(orderId: string): SeenOrder | undefined {
		return this.seen.get(digest(orderId));
	}

	set(orderId: string, seen: SeenOrder): void {
		this.seen.set(digest(orderId), seen);
	}

	/**
	 * The record as saved: the most recently updated orders, at most MAX_RECORDED_ORDERS, and beyond
	 * that every order updated since `keepSince` (what the next poll reads again), so that none of
	 * them is taken for unseen.
	 */
	save(keepSince = Infinity): string {
		return [...this.seen]
			.sort(([, a], [, b]) => b.updatedAt - a.updatedAt)
			.filter(([, { updatedAt }], index) => index < MAX_RECORDED_ORDERS || updatedAt >= keepSince)
			.map(([key, { updatedAt, status }]) => `${key} ${updatedAt.toString(36)} ${status}`)
			.join(';');
	}
}
