import type { INode, JsonObject } from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

/** Where one item of a write stands once the node stops. */
export type ItemState =
	| 'applied'
	| 'mayHaveBeenApplied'
	| 'refused'
	| 'invalid'
	| 'unchecked'
	| 'notSent';

/** Every item's state and its label ("SKU A", "order 123"). */
export interface WriteState {
	states: ItemState[];
	labels: Map<number, string>;
}

/** "item 3, SKU C" */
export function nameItem(itemIndex: number, labels: Map<number, string>): string {
	const label = labels.get(itemIndex);
	return label ? `item ${itemIndex + 1}, ${label}` : `item ${itemIndex + 1}`;
}

/** "items 1 (SKU A), 2 (SKU B) and 5 (SKU E)", at most `most` named. */
export function listItems(indexes: number[], labels: Map<number, string>, most = 10): string {
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

const indexesIn = (state: WriteState, wanted: ItemState, except?: number) =>
	state.states.flatMap((itemState, index) =>
		itemState === wanted && index !== except ? [index] : [],
	);

/** Whether anything reached Ginee, in this try or an earlier one. */
export function anythingSent(state: WriteState): boolean {
	return state.states.some(
		(itemState) =>
			itemState === 'applied' || itemState === 'mayHaveBeenApplied' || itemState === 'refused',
	);
}

/** "Ginee applied items 1 and 2; item 3 may already have been applied; item 4 not sent." */
export function summary(state: WriteState, except?: number): string {
	const { labels } = state;
	const applied = indexesIn(state, 'applied', except);
	const uncertain = indexesIn(state, 'mayHaveBeenApplied', except);
	const refused = indexesIn(state, 'refused', except);
	const unchecked = indexesIn(state, 'unchecked', except);
	const invalid = indexesIn(state, 'invalid', except);
	const notSent = indexesIn(state, 'notSent', except);
	return [
		applied.length ? `Ginee applied ${listItems(applied, labels)}` : 'Ginee applied none',
		uncertain.length ? `${listItems(uncertain, labels)} may already have been applied` : '',
		refused.length ? `Ginee refused ${listItems(refused, labels)}` : '',
		unchecked.length ? `${listItems(unchecked, labels)} could not be checked, not sent` : '',
		invalid.length ? `${listItems(invalid, labels)} have problems, not sent` : '',
		notSent.length ? `${listItems(notSent, labels)} not sent` : '',
	]
		.filter(Boolean)
		.join('; ');
}

/**
 * A new error for the report, carrying the item's own error as it was: the original is never
 * changed, so a retry's report never grows from the last one.
 */
export function reportError(
	node: INode,
	original: Error,
	itemIndex: number,
	message: string,
	description: string,
): NodeApiError | NodeOperationError {
	const mayHaveBeenApplied =
		(original as { context?: { mayHaveBeenApplied?: boolean } }).context?.mayHaveBeenApplied ===
		true;
	const error =
		original instanceof NodeApiError
			? new NodeApiError(node, { code: original.httpCode ?? null } as JsonObject, {
					message,
					description,
					httpCode: original.httpCode ?? undefined,
					itemIndex,
				})
			: new NodeOperationError(node, message, { description, itemIndex });
	if (mayHaveBeenApplied) error.context.mayHaveBeenApplied = true;
	return error;
}

/** The item that stops the node: its message (naming it among several) and description. */
function stoppingItem(
	state: WriteState,
	{ itemIndex, error }: { itemIndex: number; error: Error },
) {
	return {
		named:
			state.states.length > 1
				? `${error.message} (${nameItem(itemIndex, state.labels)})`
				: error.message,
		many: state.states.length > 1,
		own: (error as { description?: string | null }).description,
	};
}

/**
 * What to do next, from where the items stand: leave out what Ginee took, check what may have
 * reached it. Nothing when nothing reached Ginee.
 */
function nextSteps(state: WriteState, except?: number): string[] {
	const applied = indexesIn(state, 'applied');
	const uncertain = indexesIn(state, 'mayHaveBeenApplied', except);
	return [
		uncertain.length
			? `Check ${listItems(uncertain, state.labels, 3)} in Ginee before sending again.`
			: '',
		applied.length
			? 'When you run this node again, leave out the items Ginee applied: they would be sent again.'
			: '',
	].filter(Boolean);
}

/** n8n's own setting that gives every item its outcome instead of stopping the node. */
const ON_ERROR_TIP =
	"To get each item's outcome instead of a stop, set the node's Settings → On Error to " +
	'Continue (using error output).';

/** The error when an item failed its checks and Continue On Fail is off. */
export function checksFailedError(
	node: INode,
	state: WriteState,
	first: { itemIndex: number; error: Error },
): NodeApiError | NodeOperationError {
	const { itemIndex, error } = first;
	const { named: message, own } = stoppingItem(state, first);
	const problems = [...indexesIn(state, 'invalid'), ...indexesIn(state, 'unchecked')].sort(
		(a, b) => a - b,
	);
	const others = problems.length > 1 ? `${listItems(problems, state.labels)} have problems.` : '';
	const lead = anythingSent(state)
		? [
				`Nothing more was sent to Ginee in this try. Earlier tries of this run: ${summary(state)}.`,
				...nextSteps(state),
			]
		: ['Nothing was sent to Ginee: every item is checked before the first change is sent.'];
	return reportError(
		node,
		error,
		itemIndex,
		message,
		[...lead, others, own].filter(Boolean).join(' '),
	);
}

/** The error when a sent change failed and Continue On Fail is off: one summary of every item. */
export function sendingFailedError(
	node: INode,
	state: WriteState,
	first: { itemIndex: number; error: Error },
): NodeApiError | NodeOperationError {
	const { itemIndex, error } = first;
	const { named, many, own } = stoppingItem(state, first);
	const message = many ? `${named}. ${summary(state, itemIndex)}.` : named;
	return reportError(
		node,
		error,
		itemIndex,
		message,
		[own, ...nextSteps(state, itemIndex), ON_ERROR_TIP].filter(Boolean).join(' '),
	);
}
