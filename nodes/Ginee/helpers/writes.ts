import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

import { asNodeError } from '../../shared/transport/errors';
import { readEachItem } from './eachItem';

/** What one item's write came to: Ginee's confirmation, or why not. */
type WriteOutcome = IDataObject | Error;

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

/** "items 1, 2 and 5 (SKU A, SKU B, SKU E)", at most `most` named. */
function listItems(indexes: number[], labels: Map<number, string>, most = 10): string {
	const named = indexes.slice(0, most).map((index) => {
		const label = labels.get(index);
		return label ? `${index + 1} (${label})` : String(index + 1);
	});
	const rest = indexes.length - named.length;
	const words = rest > 0 ? [...named, `${rest} more`] : named;
	const joined =
		words.length > 1 ? `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}` : words[0];
	return `${indexes.length === 1 ? 'item' : 'items'} ${joined}`;
}

/**
 * What earlier tries of the same run settled, by its input items: n8n's Retry On Fail runs the node
 * again on the very same items, and a write Ginee applied (or may have) is never sent again.
 */
const earlierTries = new WeakMap<INodeExecutionData[], Map<number, WriteOutcome>>();

/** An outcome that a later try must keep rather than send again. */
const isSettled = (outcome: WriteOutcome | undefined) =>
	outcome !== undefined && (!(outcome instanceof Error) || mayHaveBeenApplied(outcome));

/**
 * The outcomes of one write operation's items. Every item is checked before anything is sent
 * (`check`); once sending starts, each item ends as Ginee's confirmation, Ginee's refusal, or "may
 * already have been applied", and no outcome is dropped (`finish`).
 */
export class WriteLedger {
	private readonly outcomes = new Map<number, WriteOutcome>();

	private readonly invalid = new Set<number>();

	private readonly labels = new Map<number, string>();

	private sendingFailed = false;

	private constructor(
		private readonly context: IExecuteFunctions,
		private readonly items: INodeExecutionData[],
	) {}

	private get itemCount(): number {
		return this.items.length;
	}

	/**
	 * Reads every item's write. A bad item keeps its error; with Continue On Fail off, any bad item
	 * stops the node here, before anything is sent.
	 */
	static check<T>(
		context: IExecuteFunctions,
		items: INodeExecutionData[],
		read: (itemIndex: number) => T,
		labelOf?: (write: T) => string,
	): { ledger: WriteLedger; writes: Array<T | undefined> } {
		const ledger = new WriteLedger(context, items);
		const earlier = earlierTries.get(items);
		const reads = readEachItem(items, (itemIndex) => {
			const write = read(itemIndex);
			if (labelOf) ledger.labels.set(itemIndex, labelOf(write));
			return write;
		});
		const writes = reads.map((write, itemIndex) => {
			if (write instanceof Error) {
				ledger.reject(itemIndex, write);
				return undefined;
			}
			const settled = earlier?.get(itemIndex);
			if (settled) ledger.outcomes.set(itemIndex, settled);
			return write;
		});
		ledger.stopIfAnyInvalid();
		return { ledger, writes };
	}

	/** Fails an item before anything is sent (e.g. after reading the orders it names). */
	reject(itemIndex: number, error: Error): void {
		this.outcomes.set(itemIndex, error);
		this.invalid.add(itemIndex);
	}

	/** With Continue On Fail off, any item that failed its checks stops the node: nothing is sent. */
	stopIfAnyInvalid(): void {
		if (this.context.continueOnFail() || this.invalid.size === 0) return;
		const invalid = [...this.invalid].sort((a, b) => a - b);
		const first = invalid[0];
		const error = asNodeError(this.context.getNode(), this.outcomes.get(first), first);
		const others = invalid.length > 1 ? ` ${listItems(invalid, this.labels)} have problems.` : '';
		error.description =
			`Nothing was sent to Ginee: every item is checked before the first change is sent.${others}` +
			(error.description ? ` ${error.description}` : '');
		throw error;
	}

	/** Whether this item still waits to be sent. */
	isPending(itemIndex: number): boolean {
		return !this.outcomes.has(itemIndex);
	}

	/** Whether to send the next call: not once a sent write failed with Continue On Fail off. */
	get mayGoOn(): boolean {
		return !this.sendingFailed || this.context.continueOnFail();
	}

	/** An item's outcome once it was sent. */
	record(itemIndex: number, outcome: WriteOutcome): void {
		this.outcomes.set(itemIndex, outcome);
		if (outcome instanceof Error) this.sendingFailed = true;
	}

	/**
	 * Sends each pending item's write with its own call, in input order, until a failure stops the
	 * node. Items with the same `key` (e.g. one order given twice) are sent once and share the
	 * outcome.
	 */
	async sendEach<T>(
		writes: Array<T | undefined>,
		send: (write: T, itemIndex: number) => Promise<IDataObject>,
		key?: (write: T) => string,
	): Promise<void> {
		const sent = new Map<string, WriteOutcome>();
		for (const [itemIndex, write] of writes.entries()) {
			if (write === undefined || !this.isPending(itemIndex)) continue;
			if (!this.mayGoOn) break;
			const repeat = key ? sent.get(key(write)) : undefined;
			if (repeat) {
				this.record(itemIndex, repeat);
				continue;
			}
			let outcome: WriteOutcome;
			try {
				outcome = await send(write, itemIndex);
			} catch (error) {
				outcome = error as Error;
			}
			if (key) sent.set(key(write), outcome);
			this.record(itemIndex, outcome);
		}
	}

	/**
	 * One output item per input item, paired. With Continue On Fail, a failed item is an error item
	 * that says whether its change may already have been applied. Without it, the first failure
	 * stops the node with an error that lists what Ginee already applied and what was not sent.
	 */
	finish(): INodeExecutionData[] {
		const indexes = Array.from({ length: this.itemCount }, (_, index) => index);
		earlierTries.set(
			this.items,
			new Map([...this.outcomes].filter(([, outcome]) => isSettled(outcome))),
		);
		const failed = indexes.filter((index) => this.outcomes.get(index) instanceof Error);
		if (failed.length && !this.context.continueOnFail()) throw this.stopError(failed[0]);
		return indexes.map((itemIndex) => {
			const outcome = this.outcomes.get(itemIndex) ?? new Error('Not sent');
			if (!(outcome instanceof Error)) return { json: outcome, pairedItem: { item: itemIndex } };
			return {
				json: { error: outcome.message, mayHaveBeenApplied: mayHaveBeenApplied(outcome) },
				pairedItem: { item: itemIndex },
			};
		});
	}

	private stopError(failedIndex: number): NodeApiError | NodeOperationError {
		const error = asNodeError(this.context.getNode(), this.outcomes.get(failedIndex), failedIndex);
		const indexes = Array.from({ length: this.itemCount }, (_, index) => index);
		const applied = indexes.filter((index) => {
			const outcome = this.outcomes.get(index);
			return outcome !== undefined && !(outcome instanceof Error);
		});
		const uncertain = indexes.filter(
			(index) => index !== failedIndex && mayHaveBeenApplied(this.outcomes.get(index)),
		);
		const notSent = indexes.filter((index) => !this.outcomes.has(index));
		const parts = [
			applied.length ? `Ginee applied ${listItems(applied, this.labels)}` : 'Ginee applied none',
			uncertain.length ? `${listItems(uncertain, this.labels)} may already have been applied` : '',
			notSent.length ? `${listItems(notSent, this.labels)} not sent` : '',
		].filter(Boolean);
		if (this.itemCount > 1)
			error.message = `${error.message} (item ${failedIndex + 1}). ${parts.join('; ')}.`;
		error.description =
			(error.description ? `${error.description} ` : '') +
			'Do not run this node again by hand on all items: what was applied would change twice. ' +
			'Run it only for the items not applied, or turn on Continue On Fail to get each item its ' +
			'own outcome. (Retry On Fail does not send again what Ginee applied.)';
		return error;
	}
}
