import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { chunk } from '../../../shared/idList';
import { clampTimeout, gineeApiRequest } from '../../../shared/transport';
import { ENDPOINTS, PER_CALL } from '../../../shared/transport/endpoints';
import { readShelves, readVariationIds } from '../../helpers/skuRecords';
import { markMayHaveBeenApplied, WriteLedger } from '../../helpers/writes';
import { options, readSku } from './stockFields';
import { readWarehouseId } from './warehouse';

export { option, properties } from './addToWarehouse.description';

interface Addition {
	warehouseId: string;
	sku: string;
	currency: string;
	timeout: number;
}

function readAddition(this: IExecuteFunctions, itemIndex: number): Addition {
	const warehouseId = readWarehouseId.call(this, 'warehouseId', itemIndex, true);
	const sku = readSku.call(this, itemIndex);
	const { currency, timeout } = options(this, itemIndex);
	const code = (String(currency ?? '').trim() || 'IDR').toUpperCase();
	if (!/^[A-Z]{3}$/.test(code))
		throw new NodeOperationError(
			this.getNode(),
			`'Currency' must be a three-letter code such as IDR, got ${JSON.stringify(currency)}`,
			{ itemIndex },
		);
	return { warehouseId, sku, currency: code, timeout: clampTimeout(timeout) };
}

const key = (warehouseId: unknown, variationId: unknown) => `${warehouseId}|${variationId}`;

/**
 * Looks every SKU up first (its variation, and the warehouses it is already in: those items are
 * done without a call), then adds the others 20 per call; each item gets Ginee's answer for it.
 */
export async function execute(
	this: IExecuteFunctions,
	items: INodeExecutionData[],
): Promise<INodeExecutionData[]> {
	const { ledger, writes: additions } = WriteLedger.check(
		this,
		items,
		(itemIndex) => readAddition.call(this, itemIndex),
		(addition) => `SKU ${addition.sku}`,
	);
	const pending = () =>
		additions.flatMap((addition, itemIndex) =>
			addition && ledger.isPending(itemIndex) ? [{ addition, itemIndex }] : [],
		);
	const first = pending()[0]?.addition;
	if (!first) return ledger.finish();
	const skus = pending().map(({ addition }) => addition.sku);
	let variationOf = new Map<string, string>();
	let placesOf = new Map<string, Map<string, string[]>>();
	try {
		variationOf = await readVariationIds.call(this, skus, first.timeout);
		placesOf = await readShelves.call(this, skus, first.timeout);
	} catch (error) {
		for (const { itemIndex } of pending()) ledger.reject(itemIndex, error as Error);
	}
	const claimed = new Map<string, number>();
	for (const { addition, itemIndex } of pending()) {
		const variationId = variationOf.get(addition.sku);
		const here = key(addition.warehouseId, variationId);
		if (!variationId)
			ledger.reject(
				itemIndex,
				new NodeOperationError(this.getNode(), `SKU ${addition.sku} not found in Ginee`),
			);
		else if (placesOf.get(addition.sku)?.has(addition.warehouseId) || claimed.has(here))
			// already there, or added by an earlier item of this run: nothing to send
			ledger.record(itemIndex, {
				sku: addition.sku,
				warehouseId: addition.warehouseId,
				variationId,
				added: false,
				message: 'The SKU is already in this warehouse',
			});
		else claimed.set(here, itemIndex);
	}
	ledger.stopIfAnyInvalid();

	for (const batch of chunk(pending(), PER_CALL.stockWrites)) {
		if (!ledger.mayGoOn) break;
		try {
			const answer = await gineeApiRequest.call(
				this,
				ENDPOINTS.BatchAddWarehouseInventory,
				{
					itemList: batch.map(({ addition }) => ({
						warehouseId: addition.warehouseId,
						masterVariationId: variationOf.get(addition.sku),
						currencyCode: addition.currency,
					})),
				},
				{ kind: 'write', itemIndex: batch[0].itemIndex, timeout: batch[0].addition.timeout },
			);
			const data = (answer.data ?? {}) as IDataObject;
			const list = (name: string) => (Array.isArray(data[name]) ? data[name] : []) as IDataObject[];
			const added = new Map(
				list('itemList').map((entry) => [key(entry.warehouseId, entry.masterVariationId), entry]),
			);
			const refused = new Map(
				list('errorList').map((entry) => [
					key(entry.warehouseId, entry.masterVariationId),
					String(entry.message ?? 'no reason given'),
				]),
			);
			for (const { addition, itemIndex } of batch) {
				const variationId = variationOf.get(addition.sku) as string;
				const here = key(addition.warehouseId, variationId);
				const entry = added.get(here);
				const reason = refused.get(here);
				if (entry)
					ledger.record(itemIndex, {
						sku: addition.sku,
						warehouseId: addition.warehouseId,
						variationId,
						added: true,
						warehouseInventoryId: entry.warehouseInventoryId ?? null,
					});
				else
					ledger.record(
						itemIndex,
						reason !== undefined
							? new NodeOperationError(
									this.getNode(),
									`Ginee did not add SKU ${addition.sku} to warehouse ` +
										`${addition.warehouseId}: ${reason}`,
								)
							: markMayHaveBeenApplied(
									new NodeOperationError(
										this.getNode(),
										`Ginee did not confirm adding SKU ${addition.sku}; check Get Stock by SKU ` +
											'before running this again',
									),
								),
					);
			}
		} catch (error) {
			for (const { itemIndex } of batch) ledger.record(itemIndex, error as Error);
		}
	}
	return ledger.finish();
}
