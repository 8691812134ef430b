import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { clampTimeout, gineeApiRequest } from '../../../shared/transport';
import { ENDPOINTS, PER_CALL } from '../../../shared/transport/endpoints';
import { followTasks, readWaitSeconds } from '../../helpers/backgroundTasks';
import { readVariationIds } from '../../helpers/skuRecords';
import { planCalls } from '../../helpers/callPlan';
import { markMayHaveBeenApplied, taskIdOf, WriteLedger, type Unit } from '../../helpers/writes';
import { readAmount, readCurrency } from '../common/money';
import { amountOf, readPriceRecords } from './priceLookup';

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

interface Priced {
	change: PriceChange;
	record: IDataObject;
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
		if (channelPrices.has(channel)) throw fail(`'Marketplace Prices' gives ${channel} twice`);
		channelPrices.set(
			channel,
			readAmount.call(this, entry.amount, `Marketplace Prices: ${channel}`, itemIndex),
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
	if (change.sameAsMaster) return undefined;
	const unknown = ((record.channelPriceVOList ?? []) as IDataObject[]).find(
		(shop) => !change.channelPrices.has(String(shop.channel)) && currentPrice(shop) === undefined,
	);
	if (unknown)
		return (
			`Ginee gives no current price for ${change.label} in shop ` +
			`${String(unknown.shopName ?? unknown.shopId ?? unknown.channel)} ` +
			`(${String(unknown.channel)}), ` +
			"so it cannot be kept: give that marketplace's price in Marketplace Prices, or set " +
			'every shop to the master price'
		);
	return undefined;
}

/** A shop's current price as Ginee lists it (an amount, or a bare number), if it gives one. */
function currentPrice(shop: IDataObject): number | undefined {
	const amount = amountOf(shop.channelPrice);
	if (amount === null || amount === undefined || amount === '') return undefined;
	const number = Number(amount);
	return Number.isFinite(number) ? number : undefined;
}

/** The masterVariationPrices entry Ginee takes: every shop's price, kept or set. */
function priceEntry(change: PriceChange, record: IDataObject): IDataObject {
	const money = (amount: number) => ({ amount, currencyCode: change.currency });
	return {
		masterVariationId: record.variationId,
		masterPrice: money(change.masterPrice),
		channelPrices: ((record.channelPriceVOList ?? []) as IDataObject[]).map((shop) => {
			const amount =
				change.channelPrices.get(String(shop.channel)) ??
				(change.sameAsMaster ? change.masterPrice : (currentPrice(shop) as number));
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
	const counted = Number(data.successNum ?? 0) + Number(data.failNum ?? 0);
	const done =
		String(data.taskStatus ?? '').toUpperCase() === 'FINISHED' ||
		succeeded.size + failed.size >= size ||
		counted >= size;
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

/** One item's outcome from its task: set, refused, not confirmed, or still in progress. */
function priceOutcome(
	this: IExecuteFunctions,
	{ change, record }: Priced,
	taskId: string,
	result: TaskResult | undefined,
	waitSeconds: number,
): IDataObject | Error {
	const variationId = String(record.variationId);
	const reason = result?.failed.get(variationId);
	if (reason !== undefined)
		return new NodeOperationError(
			this.getNode(),
			`Ginee did not set the price of ${change.label}: ${reason}`,
			{ description: `Ginee's price task ${taskId}.` },
		);
	if (result && !result.succeeded.has(variationId))
		return markMayHaveBeenApplied(
			new NodeOperationError(
				this.getNode(),
				`Ginee finished price task ${taskId} without confirming ${change.label}`,
				{ description: 'Check the price with Price → Get Many before setting it again.' },
			),
		);
	const sent = priceEntry(change, record);
	return {
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
						`Ginee was still setting the price after ${waitSeconds} s. Do not set it ` +
						'again: check it later with Price → Get Many.',
				}),
	};
}

/**
 * Checks every item, looks up each SKU's variation and shop prices, refuses what Ginee could not
 * take, then sends PER_CALL.priceWrites variations a call and waits for Ginee's tasks (Wait for
 * Result of the first item). A call without an answer is never sent again; each item gets its own
 * outcome.
 */
export async function execute(
	this: IExecuteFunctions,
	items: INodeExecutionData[],
): Promise<INodeExecutionData[]> {
	const ledger = WriteLedger.check(
		this,
		items,
		(itemIndex) => readChange.call(this, itemIndex),
		(change) => change.label,
	);
	const first = ledger.pending()[0]?.write;
	if (!first) return ledger.finish();
	const records = await ledger.lookUp(
		async (pending) => await readRecords.call(this, pending, first.timeout),
		new Map<number, IDataObject>(),
	);
	const claimed = new Map<string, number>();
	await ledger.checkEach((change, itemIndex) => {
		const record = records.get(itemIndex);
		const earlier = record ? claimed.get(String(record.variationId)) : undefined;
		const problem =
			earlier !== undefined
				? `${change.label} is also in item ${earlier + 1}: one price per SKU per run`
				: changeProblem(change, record);
		if (problem) throw new NodeOperationError(this.getNode(), problem);
		claimed.set(String(record?.variationId), itemIndex);
	});

	const units = ledger.units();
	const priced = (unit: Unit<PriceChange>): Priced => ({
		change: unit.write,
		record: records.get(unit.itemIndexes[0]) as IDataObject,
	});
	const tasks = await ledger.startTasks(planCalls(units, PER_CALL.priceWrites), async (call) => {
		const answer = await gineeApiRequest.call(
			this,
			ENDPOINTS.UpdateMasterVariationPrice,
			{
				masterVariationPrices: call.map((unit) => {
					const { change, record } = priced(unit);
					return priceEntry(change, record);
				}),
			},
			{ kind: 'write', itemIndex: call[0].itemIndexes[0], timeout: call[0].write.timeout },
		);
		return taskIdOf.call(this, answer.data, {
			what: 'prices',
			check: 'Check the prices with Price → Get Many',
		});
	});
	const sizes = new Map([...tasks].map(([taskId, call]) => [taskId, call.length]));
	const results = await waitForTasks.call(this, sizes, first.waitSeconds, first.timeout);
	for (const [taskId, call] of tasks)
		for (const unit of call)
			ledger.settle(
				unit,
				priceOutcome.call(this, priced(unit), taskId, results.get(taskId), first.waitSeconds),
			);
	return ledger.finish();
}

/** Each pending item's price record (its variation and shop prices), by item. */
async function readRecords(
	this: IExecuteFunctions,
	pending: Array<{ write: PriceChange; itemIndex: number }>,
	timeout: number,
): Promise<Map<number, IDataObject>> {
	const skus = pending.flatMap(({ write }) => (write.sku ? [write.sku] : []));
	const bySku = await readVariationIds.call(this, skus, timeout);
	const variationOf = new Map<number, string>();
	for (const { write, itemIndex } of pending) {
		const id = write.variationId ?? bySku.get(write.sku as string);
		if (id) variationOf.set(itemIndex, id);
	}
	const byVariation = new Map<string, IDataObject>();
	for (const record of await readPriceRecords.call(
		this,
		[...new Set(variationOf.values())],
		timeout,
	))
		byVariation.set(String(record.variationId), record);
	const records = new Map<number, IDataObject>();
	for (const [itemIndex, variationId] of variationOf) {
		const record = byVariation.get(variationId);
		if (record) records.set(itemIndex, record);
	}
	return records;
}
