import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { NodeApiError, NodeOperationError, sleep } from 'n8n-workflow';

import { asNodeError } from '../../shared/transport/errors';
import { recalled, remember } from './retryMemory';
import { checksFailedError, sendingFailedError, type ItemState } from './writeReport';

/** What one item's write came to: Ginee's confirmation, or why not. */
export type WriteOutcome = IDataObject | Error;

/** Items that send one change together: the same key is sent once, its items share the outcome. */
export interface Unit<W> {
	key: string;
	write: W;
	itemIndexes: number[];
}

/** What one call's answer says of each of its units; undefined: Ginee did not confirm it. */
export type CallOutcomes<W> = (unit: Unit<W>) => WriteOutcome | undefined;

/**
 * Whether an error says a write may have reached Ginee (no answer, 5xx, timeout): running it again
 * could apply it twice.
 */
export function mayHaveBeenApplied(error: unknown): boolean {
	const context = (error as { context?: IDataObject } | undefined)?.context;
	return context?.mayHaveBeenApplied === true;
}

/** Marks an error as a write that may have reached Ginee. */
export function markMayHaveBeenApplied<T extends NodeApiError | NodeOperationError>(error: T): T {
	error.context.mayHaveBeenApplied = true;
	return error;
}

/** The fields that name an item's record, to name an item whose fields are not valid. */
const NAMING_FIELDS: Array<[field: string, noun: string]> = [
	['sku', 'SKU'],
	['orderId', 'order'],
	['productId', 'product'],
	['outboundOrderId', 'outbound order'],
	['externalOrderSn', 'order'],
];

/** "SKU A" as the item's fields give it, for an item whose write could not be read. */
function labelAsTyped(context: IExecuteFunctions, itemIndex: number): string | undefined {
	for (const [field, noun] of NAMING_FIELDS) {
		try {
			const value = context.getNodeParameter(field, itemIndex, '');
			if ((typeof value === 'string' || typeof value === 'number') && String(value).trim())
				return `${noun} ${String(value).trim()}`;
		} catch {
			// not a field of this operation
		}
	}
	return undefined;
}

/** An outcome that a later try must keep rather than send again. */
const isSettled = (outcome: WriteOutcome | undefined) =>
	outcome !== undefined && (!(outcome instanceof Error) || mayHaveBeenApplied(outcome));

/**
 * Ginee's task ID in a write's answer (`data` is the ID, or holds `taskId`). An answer without one
 * is a write that may have been applied: the node cannot follow it, and never sends it again.
 */
export function taskIdOf(
	this: IExecuteFunctions,
	data: unknown,
	{ what, check }: { what: string; check: string },
): string {
	const taskId =
		typeof data === 'string' ? data : String((data as IDataObject | null)?.taskId ?? '');
	if (taskId) return taskId;
	throw markMayHaveBeenApplied(
		new NodeOperationError(this.getNode(), `Ginee took the ${what} but gave no task ID`, {
			description: `${check} before sending it again.`,
		}),
	);
}

/**
 * The one write pipeline. Every item is read and checked before anything is sent; once sending
 * starts, each item ends as Ginee's confirmation, Ginee's refusal, or "may already have been
 * applied", and no outcome is dropped. An operation gives only what is Ginee's: how to read an
 * item, what to look up, how to build a call and read its answer. The stages are the ledger's:
 * `check` (read every item, recall what earlier tries settled), `lookUp` and `checkEach` (only the
 * items still pending), `units` (same key, sent once), `sendCalls` / `startTasks` (the calls, the
 * first failure stops the next ones), `finish` (one output per item, or one report).
 */
export class WriteLedger<W> {
	private readonly outcomes = new Map<number, WriteOutcome>();

	private readonly invalid = new Set<number>();

	private readonly unchecked = new Set<number>();

	private readonly labels = new Map<number, string>();

	private firstSendingFailure?: number;

	private constructor(
		private readonly context: IExecuteFunctions,
		private readonly items: INodeExecutionData[],
		readonly writes: Array<W | undefined>,
	) {}

	/**
	 * Reads every item's write. A bad item keeps its error; an item an earlier try of this run
	 * settled keeps that outcome and is not sent again. With Continue On Fail off, any bad item
	 * stops the node here, before anything is sent.
	 */
	static check<W>(
		context: IExecuteFunctions,
		items: INodeExecutionData[],
		read: (itemIndex: number) => W,
		labelOf?: (write: W) => string,
	): WriteLedger<W> {
		const ledger = new WriteLedger<W>(context, items, []);
		items.forEach((item, itemIndex) => {
			const settled = recalled(context, item, itemIndex);
			try {
				const write = read(itemIndex);
				if (labelOf) ledger.labels.set(itemIndex, labelOf(write));
				ledger.writes.push(write);
			} catch (error) {
				ledger.writes.push(undefined);
				const label = labelAsTyped(context, itemIndex);
				if (label) ledger.labels.set(itemIndex, label);
				if (!settled) ledger.reject(itemIndex, error as Error);
			}
			if (settled) {
				ledger.outcomes.set(itemIndex, settled);
			}
		});
		ledger.stopIfAnyInvalid();
		return ledger;
	}

	/** The items still to send, in input order. */
	pending(): Array<{ write: W; itemIndex: number }> {
		return this.writes.flatMap((write, itemIndex) =>
			write !== undefined && this.isPending(itemIndex) ? [{ write, itemIndex }] : [],
		);
	}

	/** Whether this item still waits to be sent. */
	private isPending(itemIndex: number): boolean {
		return !this.outcomes.has(itemIndex);
	}

	/** Fails an item before anything is sent (e.g. after reading the orders it names). */
	private reject(itemIndex: number, error: Error): void {
		if (!this.isPending(itemIndex)) return;
		this.outcomes.set(itemIndex, error);
		this.invalid.add(itemIndex);
	}

	/**
	 * What the pending items need from Ginee before anything is sent, read once for all of them. If
	 * the read fails, every pending item fails with its error ("could not be checked") and
	 * `fallback` is given; items settled by an earlier try are left as they are.
	 */
	async lookUp<L>(
		find: (pending: Array<{ write: W; itemIndex: number }>) => Promise<L>,
		fallback: L,
	): Promise<L> {
		const pending = this.pending();
		if (pending.length === 0) return fallback;
		try {
			return await find(pending);
		} catch (error) {
			for (const { itemIndex } of pending) {
				this.outcomes.set(itemIndex, error as Error);
				this.unchecked.add(itemIndex);
			}
			return fallback;
		}
	}

	/**
	 * Checks each pending item (after the look-ups): a throw is the item's problem; a record returned
	 * is the item's outcome without any call (nothing to change). With Continue On Fail off, any
	 * problem then stops the node before anything is sent.
	 */
	async checkEach(
		check: (write: W, itemIndex: number) => Promise<IDataObject | void> | IDataObject | void,
	): Promise<void> {
		for (const { write, itemIndex } of this.pending()) {
			try {
				const done = await check(write, itemIndex);
				if (done) this.outcomes.set(itemIndex, done);
			} catch (error) {
				this.reject(itemIndex, error as Error);
			}
		}
		this.stopIfAnyInvalid();
	}

	/** The pending items as units: items with the same key are sent once and share the outcome. */
	units(key?: (write: W, itemIndex: number) => string): Array<Unit<W>> {
		const units = new Map<string, Unit<W>>();
		for (const { write, itemIndex } of this.pending()) {
			const unitKey = key ? key(write, itemIndex) : `item ${itemIndex}`;
			const unit = units.get(unitKey) ?? { key: unitKey, write, itemIndexes: [] };
			unit.itemIndexes.push(itemIndex);
			units.set(unitKey, unit);
		}
		return [...units.values()];
	}

	/**
	 * Sends the calls in order, pausing `pauseMs` between two. Each unit gets what `send`'s answer
	 * says of it; a unit the answer does not confirm may have been applied (`unconfirmed`). A call
	 * that fails fails its units; with Continue On Fail off, no call is sent after a failure.
	 */
	async sendCalls(
		calls: Array<Array<Unit<W>>>,
		send: (call: Array<Unit<W>>) => Promise<CallOutcomes<W>>,
		{
			pauseMs = 0,
			unconfirmed,
		}: { pauseMs?: number; unconfirmed: (unit: Unit<W>) => NodeApiError | NodeOperationError },
	): Promise<void> {
		for (const [index, call] of calls.entries()) {
			if (!this.mayGoOn) break;
			if (index > 0 && pauseMs > 0) await sleep(pauseMs);
			let outcomes: CallOutcomes<W>;
			try {
				outcomes = await send(call);
			} catch (error) {
				for (const unit of call) this.settle(unit, error as Error);
				continue;
			}
			for (const unit of call)
				this.settle(unit, outcomes(unit) ?? markMayHaveBeenApplied(unconfirmed(unit)));
		}
	}

	/**
	 * Sends each unit with its own call, in input order; a SUCCESS answer is the unit's outcome. With
	 * Continue On Fail off, no call is sent after a failure.
	 */
	async sendEach(
		send: (unit: Unit<W>) => Promise<WriteOutcome>,
		units = this.units(),
	): Promise<void> {
		await this.sendCalls(
			units.map((unit) => [unit]),
			async ([unit]) => {
				const outcome = await send(unit);
				return () => outcome;
			},
			{ unconfirmed: () => new NodeOperationError(this.context.getNode(), 'Not confirmed') },
		);
	}

	/**
	 * Sends calls that Ginee answers with a task to follow; gives the units of each task ID. A call
	 * whose answer has no task ID may have been applied (`taskIdOf`); a failed call fails its units;
	 * with Continue On Fail off, no call is sent after a failure.
	 */
	async startTasks(
		calls: Array<Array<Unit<W>>>,
		send: (call: Array<Unit<W>>) => Promise<string>,
	): Promise<Map<string, Array<Unit<W>>>> {
		const tasks = new Map<string, Array<Unit<W>>>();
		for (const call of calls) {
			if (!this.mayGoOn) break;
			try {
				tasks.set(await send(call), call);
			} catch (error) {
				for (const unit of call) this.settle(unit, error as Error);
			}
		}
		return tasks;
	}

	/** A unit's outcome, for each of its items. */
	settle(unit: Unit<W>, outcome: WriteOutcome): void {
		for (const itemIndex of unit.itemIndexes) this.record(itemIndex, outcome);
	}

	/** An item's outcome once it was sent. */
	record(itemIndex: number, outcome: WriteOutcome): void {
		this.outcomes.set(itemIndex, outcome);
		if (isSettled(outcome)) remember(this.context, this.items[itemIndex], itemIndex, outcome);
		if (outcome instanceof Error && this.firstSendingFailure === undefined)
			this.firstSendingFailure = itemIndex;
	}

	/** Whether to send the next call: not once a sent write failed with Continue On Fail off. */
	private get mayGoOn(): boolean {
		return this.firstSendingFailure === undefined || this.context.continueOnFail();
	}

	private stateOf(itemIndex: number): ItemState {
		const outcome = this.outcomes.get(itemIndex);
		if (outcome === undefined) return 'notSent';
		if (!(outcome instanceof Error)) return 'applied';
		if (mayHaveBeenApplied(outcome)) return 'mayHaveBeenApplied';
		if (this.unchecked.has(itemIndex)) return 'unchecked';
		return this.invalid.has(itemIndex) ? 'invalid' : 'refused';
	}

	private state() {
		return {
			states: this.items.map((_, itemIndex) => this.stateOf(itemIndex)),
			labels: this.labels,
		};
	}

	/** With Continue On Fail off, any item that failed its checks stops the node: nothing is sent. */
	private stopIfAnyInvalid(): void {
		if (this.context.continueOnFail()) return;
		const first = this.items.findIndex(
			(_, itemIndex) => this.invalid.has(itemIndex) || this.unchecked.has(itemIndex),
		);
		if (first === -1) return;
		throw checksFailedError(this.context.getNode(), this.state(), {
			itemIndex: first,
			error: this.outcomes.get(first) as Error,
		});
	}

	/**
	 * One output item per input item, paired. With Continue On Fail, a failed item is an error item
	 * that says whether its change may already have been applied. Without it, a failure stops the
	 * node with one report of every item, built from where each item stands now.
	 */
	finish(): INodeExecutionData[] {
		const failed = this.items.flatMap((_, index) =>
			this.outcomes.get(index) instanceof Error ? [index] : [],
		);
		if (failed.length && !this.context.continueOnFail()) {
			const itemIndex = this.firstSendingFailure ?? failed[0];
			throw sendingFailedError(this.context.getNode(), this.state(), {
				itemIndex,
				error: this.outcomes.get(itemIndex) as Error,
			});
		}
		return this.items.map((_, itemIndex) => {
			const outcome = this.outcomes.get(itemIndex) ?? new Error('Not sent');
			if (!(outcome instanceof Error)) return { json: outcome, pairedItem: { item: itemIndex } };
			return {
				json: { error: outcome.message, mayHaveBeenApplied: mayHaveBeenApplied(outcome) },
				// n8n's "Continue (using error output)" routes an item by this (its json has more keys
				// than n8n's own error items)
				error: asNodeError(this.context.getNode(), outcome, itemIndex),
				pairedItem: { item: itemIndex },
			};
		});
	}
}
