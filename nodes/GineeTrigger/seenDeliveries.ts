import { createHash } from 'node:crypto';
import type { IDataObject } from 'n8n-workflow';

const REMEMBERED_DELIVERIES = 10_000;
/**
 * Characters of a delivery id's digest (base64url of SHA-256): 48 bits. A new id is taken for a
 * remembered one with odds of 10,000 in 2^48 (1 in 28 billion); the saved record stays at 80 kB,
 * which n8n loads and saves with every delivery.
 */
export const DIGEST_LENGTH = 8;
/** Deliveries of one trigger that may wait at once for n8n to record their execution. */
export const MAX_PENDING = 100;

const STATIC_KEY = 'deliveryDigests';
const RECENTLY_WRITTEN = 8;
const LEGACY_KEY = 'deliveryIds';

function deliveryDigest(id: string): string {
	return createHash('sha256').update(id, 'utf8').digest('base64url').slice(0, DIGEST_LENGTH);
}

function digestsOf(saved: unknown): string[] {
	if (typeof saved !== 'string') return [];
	const digests: string[] = [];
	for (let start = 0; start + DIGEST_LENGTH <= saved.length; start += DIGEST_LENGTH)
		digests.push(saved.slice(start, start + DIGEST_LENGTH));
	return digests;
}

/**
 * What this process knows of one trigger's accepted deliveries: digests in arrival order (oldest
 * first) and as a set. The saved form in the workflow's static data is the same digests joined into
 * one string (at most 80 kB), which n8n loads and saves per request without a lock: the memory
 * keeps two simultaneous deliveries from both passing, and puts back digests a concurrent or failed
 * save dropped. A digest is saved only once n8n has recorded its execution: a delivery still
 * waiting stays out of every save, so if n8n stops before recording it, the resend is taken.
 * Recorded digests not saved yet (when saves are spaced out) go with the next save.
 */
class DeliveryRecord {
	private readonly order: string[] = [];
	private readonly known = new Set<string>();
	private readonly pending = new Set<string>();
	/**
	 * The last strings this process handed n8n to save: loading one of them back brings nothing new.
	 */
	private readonly written: string[] = [];
	private lastMerged: unknown;
	private savedAt = 0;

	constructor(private readonly limit: number) {}

	/** Takes in what another process, an earlier run or a lost save left in static data. */
	merge(saved: unknown): void {
		if (saved === this.lastMerged || (typeof saved === 'string' && this.written.includes(saved)))
			return;
		this.lastMerged = saved;
		const older = digestsOf(saved).filter((digest) => !this.known.has(digest));
		if (older.length === 0) return;
		for (const digest of older) this.known.add(digest);
		this.order.unshift(...older);
		this.trim();
	}

	has(digest: string): boolean {
		return this.known.has(digest);
	}

	get pendingCount(): number {
		return this.pending.size;
	}

	add(digest: string): void {
		this.known.add(digest);
		this.pending.add(digest);
		this.order.push(digest);
		this.trim();
	}

	confirm(digest: string): void {
		this.pending.delete(digest);
	}

	/** Forgets a digest still waiting (n8n did not record its execution), so a resend is taken. */
	release(digest: string): void {
		if (!this.pending.delete(digest)) return;
		this.known.delete(digest);
		const index = this.order.lastIndexOf(digest);
		if (index >= 0) this.order.splice(index, 1);
	}

	/**
	 * Whether a delivery recorded now saves the record: always with `saveEveryMs` 0; otherwise once
	 * `saveEveryMs` passed since the last save, or when no other delivery is waiting to save it.
	 */
	shouldSave(saveEveryMs: number, now: number): boolean {
		return saveEveryMs === 0 || this.pending.size === 0 || now - this.savedAt >= saveEveryMs;
	}

	/** The string to save now: every digest but those still waiting; remembered, see `merge`. */
	save(now = Date.now()): string {
		this.savedAt = now;
		const joined = (
			this.pending.size ? this.order.filter((digest) => !this.pending.has(digest)) : this.order
		).join('');
		this.written.push(joined);
		if (this.written.length > RECENTLY_WRITTEN) this.written.shift();
		return joined;
	}

	private trim(): void {
		const excess = this.order.length - this.limit;
		if (excess <= 0) return;
		for (const digest of this.order.splice(0, excess)) this.known.delete(digest);
	}
}

const records = new Map<string, DeliveryRecord>();

export interface ClaimOptions {
	/** How many ids to remember (the oldest are forgotten). */
	limit?: number;
	/**
	 * 0: each recorded delivery saves the record before it is answered. Above 0: at most one save
	 * per this many milliseconds while other deliveries wait; a delivery recorded in between is
	 * answered before its id is saved (n8n stopping then forgets it).
	 */
	saveEveryMs?: number;
}

type Claim =
	| { outcome: 'new'; confirm: () => void; release: () => void; recorded: () => void }
	| { outcome: 'duplicate' }
	| { outcome: 'busy' };

/**
 * Claims delivery `id` for one trigger (`scope`): 'new' the first time, 'duplicate' after, 'busy'
 * when too many deliveries of this trigger are still waiting for n8n. A new claim is `recorded()`
 * once n8n has recorded its execution (that confirms it and, as `saveEveryMs` says, writes the
 * record into static data, marking it changed), or released when n8n did not record it, so a
 * resend is accepted again (`confirm` and `release` settle it by n8n's answer). Synchronous, so two
 * deliveries in one process cannot both pass. Membership is one set look-up.
 */
export function claimDelivery(
	staticData: IDataObject,
	scope: string,
	id: string,
	{ limit = REMEMBERED_DELIVERIES, saveEveryMs = 0 }: ClaimOptions = {},
): Claim {
	let record = records.get(scope);
	if (!record) {
		record = new DeliveryRecord(limit);
		records.set(scope, record);
	}
	if (Array.isArray(staticData[LEGACY_KEY])) {
		record.merge(
			(staticData[LEGACY_KEY] as unknown[])
				.filter((old) => typeof old === 'string')
				.map((old) => deliveryDigest(old as string))
				.join(''),
		);
		delete staticData[LEGACY_KEY];
		staticData[STATIC_KEY] = record.save();
	}
	record.merge(staticData[STATIC_KEY]);
	const digest = deliveryDigest(id);
	if (record.has(digest)) return { outcome: 'duplicate' };
	if (record.pendingCount >= MAX_PENDING) return { outcome: 'busy' };
	record.add(digest);
	const owner = record;
	return {
		outcome: 'new',
		confirm: () => owner.confirm(digest),
		release: () => owner.release(digest),
		recorded: () => {
			owner.confirm(digest);
			const now = Date.now();
			if (owner.shouldSave(saveEveryMs, now)) staticData[STATIC_KEY] = owner.save(now);
		},
	};
}

/** For tests: forget what this process remembers (as a restart would). */
export function forgetProcessMemory(): void {
	records.clear();
}
