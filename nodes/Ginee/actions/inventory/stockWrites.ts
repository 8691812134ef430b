import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { PER_CALL } from '../../../shared/transport/endpoints';
import { readEntryAnswers, type EntryAnswers } from '../../helpers/batchAnswers';
import { planCalls } from '../../helpers/callPlan';
import { WriteLedger } from '../../helpers/writes';
import { optionsCollection, timeoutOption } from '../common/optionsCollection';

const DEFAULT_PAUSE_MS = 400;
const MAX_PAUSE_MS = 10_000;

/** One input item's stock change: its SKU, its entry in Ginee's stockList, the call it joins. */
export interface StockWrite {
	itemIndex: number;
	/** Writes of one group go in the same calls (e.g. the same warehouse). */
	group: string;
	sku: string;
	entry: IDataObject;
}

/** The Options field that paces stock writes. */
const pauseOption: INodeProperties = {
	displayName: 'Pause Between Calls',
	name: 'pauseMs',
	type: 'number',
	typeOptions: { minValue: 0, maxValue: MAX_PAUSE_MS },
	default: DEFAULT_PAUSE_MS,
	description:
		`Milliseconds to wait between two calls to Ginee (${PER_CALL.stockWrites} SKUs each). ` +
		'Ginee publishes no rate ' +
		'limit; stock-sync tools pause 300–500 ms.',
};

/** The Options of a stock write: pause, remark, the operation's own ones, timeout. */
export function stockWriteOptions(own: INodeProperties[] = []): INodeProperties {
	return optionsCollection([
		pauseOption,
		{
			displayName: 'Remark',
			name: 'remark',
			type: 'string',
			default: '',
			description: "A note kept in Ginee's stock history",
		},
		...own,
		timeoutOption('each answer from Ginee (a stock change is never sent twice)'),
	]);
}

/** Pause Between Calls as given, kept within 0 – 10 s (an expression may give anything). */
function clampPause(value: unknown): number {
	const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
	if (typeof number !== 'number' || !Number.isFinite(number)) return DEFAULT_PAUSE_MS;
	return Math.min(MAX_PAUSE_MS, Math.max(0, Math.round(number)));
}

/**
 * A stock-write operation: checks every item's change first (with Continue On Fail off, one bad
 * item sends nothing), sends them batched and paced (pause and timeout from the first item's
 * options), and gives each input item its outcome, paired: Ginee's figures, Ginee's refusal, or
 * "may already have been applied".
 */
export async function executeStockWrites(
	this: IExecuteFunctions,
	items: INodeExecutionData[],
	readWrite: (this: IExecuteFunctions, itemIndex: number) => StockWrite,
	send: (group: string, call: StockWrite[], timeout: unknown) => Promise<EntryAnswers>,
): Promise<INodeExecutionData[]> {
	const ledger = WriteLedger.check(
		this,
		items,
		(itemIndex) => readWrite.call(this, itemIndex),
		(write) => `SKU ${write.sku}`,
	);
	const first = ledger.pending()[0];
	const options = first
		? (this.getNodeParameter('options', first.itemIndex, {}) as IDataObject)
		: {};
	const calls = planCalls(ledger.units(), PER_CALL.stockWrites, {
		group: (write) => write.group,
		distinct: (write) => write.sku,
	});
	await ledger.sendCalls(
		calls,
		async (call) => {
			const writes = call.map((unit) => unit.write);
			const answer = await send(writes[0].group, writes, options.timeout);
			return ({ write }) => {
				const refused = answer.refused.get(write.sku);
				if (refused !== undefined)
					return new NodeOperationError(
						this.getNode(),
						`Ginee refused the change of SKU ${write.sku}: ${refused}`,
					);
				return answer.confirmed.get(write.sku);
			};
		},
		{
			pauseMs: clampPause(options.pauseMs),
			unconfirmed: ({ write }) =>
				new NodeOperationError(
					this.getNode(),
					`Ginee did not confirm the change of SKU ${write.sku}; check its stock (Get Stock by ` +
						'SKU) before running this again',
				),
		},
	);
	return ledger.finish();
}

/** Ginee's per-SKU lists of a stock write answer, read tolerantly. */
export function readWriteAnswer(data: unknown, confirmedKeys: string[]): EntryAnswers {
	return readEntryAnswers(data, {
		confirmed: confirmedKeys,
		refused: 'failedList',
		keyOf: (entry) => (typeof entry.masterSku === 'string' ? entry.masterSku : undefined),
	});
}
