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
 * done without a call), then adds the others 20 per call, each SKU and warehouse once; each item
 * gets Ginee's answer for it.
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
	// Items naming the same SKU and warehouse are sent once and share the outcome
	const itemsOf = new Map<string, { addition: Addition; itemIndexes: number[] }>();
	for (const { addition, itemIndex } of pending()) {
		const variationId = variationOf.get(addition.sku);
		if (!variationId)
			ledger.reject(
				itemIndex,
				new NodeOperationError(this.getNode(), `SKU ${addition.sku} not found in Ginee`),
			);
		else if (placesOf.get(addition.sku)?.has(addition.warehouseId))
			ledger.record(itemIndex, {
				sku: addition.sku,
				warehouseId: addition.warehouseId,
				variationId,
				added: false,
				message: 'The SKU is already in this warehouse',
			});
		else {
			const here = key(addition.warehouseId, variationId);
			const same = itemsOf.get(here) ?? { addition, itemIndexes: [] };
			same.itemIndexes.push(itemIndex);
			itemsOf.set(here, same);
		}
	}
	ledger.stopIfAnyInvalid();

	for (const batch of chunk([...itemsOf.entries()], PER_CALL.stockWrites)) {
		if (!ledger.mayGoOn) break;
		const record = (here: string, outcome: IDataObject | Error) => {
			for (const itemIndex of (itemsOf.get(here) as { itemIndexes: number[] }).itemIndexes)
				ledger.record(itemIndex, outcome);
		};
		try {
			const answer = await gineeApiRequest.call(
				this,
				ENDPOINTS.BatchAddWarehouseInventory,
				{
					itemList: batch.map(([, { addition }]) => ({
						warehouseId: addition.warehouseId,
						masterVariationId: variationOf.get(addition.sku),
						currencyCode: addition.currency,
					})),
				},
				{ kind: 'write', itemIndex: batch[0][1].itemIndexes[0], timeout: first.timeout },
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
			for (const [here, { addition }] of batch) {
				const entry = added.get(here);
				const reason = refused.get(here);
				if (entry)
					record(here, {
						sku: addition.sku,
						warehouseId: addition.warehouseId,
						variationId: variationOf.get(addition.sku) as string,
						added: true,
						warehouseInventoryId: entry.warehouseInventoryId ?? null,
					});
				else if (reason !== undefined)
					record(
						here,
						new NodeOperationError(
							this.getNode(),
							`Ginee did not add SKU ${addition.sku} to warehouse ${addition.warehouseId}: ` +
								reason,
						),
					);
				else
					record(
						here,
						markMayHaveBeenApplied(
							new NodeOperationError(
								this.getNode(),
								`Ginee did not confirm adding SKU ${addition.sku}; check Get Stock by SKU ` +
									'before running this again',
							),
						),
					);
			}
		} catch (error) {
			for (const [here] of batch) record(here, error as Error);
		}
	}
	return ledger.finish();
}
