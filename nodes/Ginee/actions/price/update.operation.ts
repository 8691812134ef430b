import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { chunk } from '../../../shared/idList';
import { clampTimeout, gineeApiRequest } from '../../../shared/transport';
import { ENDPOINTS, PER_CALL } from '../../../shared/transport/endpoints';
import { followTasks, readWaitSeconds } from '../../helpers/backgroundTasks';
import { readVariationIds } from '../../helpers/skuRecords';
import { markMayHaveBeenApplied, WriteLedger } from '../../helpers/writes';
import { readAmount, readCurrency } from '../common/money';
import { readPriceRecords } from './priceLookup';

export { option, properties } from './update.description';

interface PriceChange {
	/** How the item names the SKU, for messages: "SKU BATIK-LP" or "variation MV…". */
	label: string;
	sku?: string;
	variationId?: string;
	masterPrice: number;
	currency: string;
	sameAsMaster: boolean;
	channelPrices: Map<string, number>;
	timeout: number;
	waitSeconds: number;
}

interface TaskResult {
	done: boolean;
	succeeded: Set<string>;
	failed: Map<string, string>;
}

function readChange(this: IExecuteFunctions, itemIndex: number): PriceChange {
	const text = (name: string) => String(this.getNodeParameter(name, itemIndex, '') ?? '').trim();
	const fail = (message: string) => new NodeOperationError(this.getNode(), message, { itemIndex });
	const bySku = this.getNodeParameter('identifyBy', itemIndex, 'sku') !== 'variationId';
	const id = text(bySku ? 'sku' : 'variationId');
	if (!id) throw fail(`'${bySku ? 'SKU' : 'Variation ID'}' is empty`);
	const masterPrice = readAmount.call(
		this,
		this.getNodeParameter('masterPrice', itemIndex, ''),
		'Master Price',
		itemIndex,
	);
	const currency = readCurrency.call(this, text('currency'), itemIndex);
	const channelPrices = new Map<string, number>();
	const { price: entries = [] } = this.getNodeParameter('channelPrices', itemIndex, {}) as {
		price?: IDataObject[];
	};
	for (const entry of entries) {
		const channel = String(entry.channel ?? '').trim();
		if (channelPrices.has(channel)) throw fail(`'Channel Prices' gives ${channel} twice`);
		channelPrices.set(
			channel,
			readAmount.call(this, entry.amount, `Channel Prices: ${channel}`, itemIndex),
		);
	}
	const options = this.getNodeParameter('options', itemIndex, {}) as IDataObject;
	return {
		label: bySku ? `SKU ${id}` : `variation ${id}`,
		...(bySku ? { sku: id } : { variationId: id }),
		masterPrice,
		currency,
		sameAsMaster: this.getNodeParameter('channelPriceMode', itemIndex, 'keep') === 'master',
		channelPrices,
		timeout: clampTimeout(options.timeout),
		waitSeconds: readWaitSeconds(options),
	};
}

/** Why a change cannot be sent for the variation as Ginee lists it, or undefined. */
function changeProblem(change: PriceChange, record: IDataObject | undefined): string | undefined {
	if (!record) return `${change.label} not found in Ginee`;
	const sold = new Set(
		((record.channelPriceVOList ?? []) as IDataObject[]).map((shop) => String(shop.channel)),
	);
	const unsold = [...change.channelPrices.keys()].filter((channel) => !sold.has(channel));
	if (unsold.length)
		return (
			`${change.label} is not sold on ${unsold.join(', ')} ` +
			`(its shops are on ${[...sold].join(', ') || 'no channel'})`
		);
	return undefined;
}

/** The masterVariationPrices entry Ginee takes: every shop's price, kept or set. */
function priceEntry(change: PriceChange, record: IDataObject): IDataObject {
	const money = (amount: number) => ({ amount, currencyCode: change.currency });
	return {
		masterVariationId: record.variationId,
		masterPrice: money(change.masterPrice),
		channelPrices: ((record.channelPriceVOList ?? []) as IDataObject[]).map((shop) => {
			const current = Number((shop.channelPrice as IDataObject | undefined)?.amount);
			const amount =
				change.channelPrices.get(String(shop.channel)) ??
				(change.sameAsMaster || !Number.isFinite(current) ? change.masterPrice : current);
			return {
				channel: shop.channel,
				genieChannelVariationId: shop.channelVariationId,
				channelPrice: money(amount),
			};
		}),
	};
}

function readTaskResult(data: IDataObject, size: number): TaskResult {
	const idOf = (entry: unknown) =>
		String(
			typeof entry === 'object' && entry !== null
				? ((entry as IDataObject).variationId ?? (entry as IDataObject).masterVariationId)
				: entry,
		);
	const succeeded = new Set((Array.isArray(data.successList) ? data.successList : []).map(idOf));
	const failed = new Map<string, string>();
	for (const entry of Array.isArray(data.failedPriceSettings) ? data.failedPriceSettings : []) {
		const messages = (entry as IDataObject).errorMessages;
		failed.set(
			idOf(entry),
			Array.isArray(messages) && messages.length
				? messages.join('; ')
				: String(data.errorMsg ?? 'no reason given'),
		);
	}
	const done =
		String(data.taskStatus ?? '').toUpperCase() === 'FINISHED' ||
		succeeded.size + failed.size >= size;
	return { done, succeeded, failed };
}

/** Each task's result, where Ginee finished it within Wait for Result. */
async function waitForTasks(
	this: IExecuteFunctions,
	tasks: Map<string, number>,
	waitSeconds: number,
	timeout: number,
): Promise<Map<string, TaskResult>> {
	const latest = await followTasks([...tasks.keys()], waitSeconds, async (taskId, deadline) => {
		const answer = await gineeApiRequest.call(
			this,
			ENDPOINTS.GetUpdateMasterVariationPriceResult,
			{},
			{ kind: 'read', method: 'GET', qs: { taskId }, timeout, deadline, attempts: 1 },
		);
		return readTaskResult((answer.data ?? {}) as IDataObject, tasks.get(taskId) as number);
	});
	return new Map([...latest].filter(([, result]) => result.done));
}

/**
 * Checks every item, looks up each SKU's variation and shop prices, refuses what Ginee could not
 * take, then sends 20 variations per call and waits for Ginee's tasks (Wait for Result of the first
 * item). A call without an answer is never sent again; each item gets its own outcome.
 */
export async function execute(
	this: IExecuteFunctions,
	items: INodeExecutionData[],
): Promise<INodeExecutionData[]> {
	const { ledger, writes: changes } = WriteLedger.check(
		this,
		items,
		(itemIndex) => readChange.call(this, itemIndex),
		(change) => change.label,
	);
	const pending = () =>
		changes.flatMap((change, itemIndex) =>
			change && ledger.isPending(itemIndex) ? [{ change, itemIndex }] : [],
		);
	const first = pending()[0]?.change;
	if (!first) return ledger.finish();
	const records = new Map<string, IDataObject>();
	const variationOf = new Map<number, string>();
	try {
		const skus = pending().flatMap(({ change }) => (change.sku ? [change.sku] : []));
		const bySku = await readVariationIds.call(this, skus, first.timeout);
		for (const { change, itemIndex } of pending()) {
			const id = change.variationId ?? bySku.get(change.sku as string);
			if (id) variationOf.set(itemIndex, id);
		}
		for (const record of await readPriceRecords.call(
			this,
			[...new Set(variationOf.values())],
			first.timeout,
		))
			records.set(String(record.variationId), record);
	} catch (error) {
		for (const { itemIndex } of pending()) ledger.reject(itemIndex, error as Error);
	}
	const claimed = new Map<string, number>();
	for (const { change, itemIndex } of pending()) {
		const record = records.get(variationOf.get(itemIndex) ?? '');
		const earlier = record ? claimed.get(String(record.variationId)) : undefined;
		const problem =
			earlier !== undefined
				? `${change.label} is also in item ${earlier + 1}: one price per SKU per run`
				: changeProblem(change, record);
		if (problem) ledger.reject(itemIndex, new NodeOperationError(this.getNode(), problem));
		else claimed.set(String(record?.variationId), itemIndex);
	}
	ledger.stopIfAnyInvalid();

	const tasks = new Map<string, number>();
	const taskOf = new Map<number, string>();
	for (const batch of chunk(pending(), PER_CALL.priceWrites)) {
		if (!ledger.mayGoOn) break;
		try {
			const answer = await gineeApiRequest.call(
				this,
				ENDPOINTS.UpdateMasterVariationPrice,
				{
					masterVariationPrices: batch.map(({ change, itemIndex }) =>
						priceEntry(change, records.get(variationOf.get(itemIndex) as string) as IDataObject),
					),
				},
				{ kind: 'write', itemIndex: batch[0].itemIndex, timeout: batch[0].change.timeout },
			);
			const data = answer.data as IDataObject | string | null;
			const taskId = typeof data === 'string' ? data : String(data?.taskId ?? '');
			if (!taskId)
				throw markMayHaveBeenApplied(
					new NodeOperationError(this.getNode(), 'Ginee took the prices but gave no task ID', {
						description: 'Check the prices with Price → Get Many before setting them again.',
					}),
				);
			tasks.set(taskId, batch.length);
			for (const { itemIndex } of batch) taskOf.set(itemIndex, taskId);
		} catch (error) {
			for (const { itemIndex } of batch) ledger.record(itemIndex, error as Error);
		}
	}
	const results = await waitForTasks.call(this, tasks, first.waitSeconds, first.timeout);
	for (const [itemIndex, taskId] of taskOf) {
		const change = changes[itemIndex] as PriceChange;
		const record = records.get(variationOf.get(itemIndex) as string) as IDataObject;
		const variationId = String(record.variationId);
		const result = results.get(taskId);
		const reason = result?.failed.get(variationId);
		if (reason !== undefined) {
			ledger.record(
				itemIndex,
				new NodeOperationError(
					this.getNode(),
					`Ginee did not set the price of ${change.label}: ${reason}`,
					{ description: `Ginee's price task ${taskId}.` },
				),
			);
			continue;
		}
		const sent = priceEntry(change, record);
		ledger.record(itemIndex, {
			sku: record.masterSku ?? change.sku ?? null,
			variationId,
			updated: Boolean(result),
			status: result ? 'SUCCESS' : 'PROCESSING',
			masterPrice: sent.masterPrice,
			channelPrices: (sent.channelPrices as IDataObject[]).map((shop, index) => ({
				channel: shop.channel,
				shopName: ((record.channelPriceVOList as IDataObject[])[index] ?? {}).shopName ?? null,
				price: shop.channelPrice,
			})),
			taskId,
			...(result
				? {}
				: {
						message:
							`Ginee was still setting the price after ${first.waitSeconds} s. Do not set it ` +
							'again: check it later with Price → Get Many.',
					}),
		});
	}
	return ledger.finish();
}
