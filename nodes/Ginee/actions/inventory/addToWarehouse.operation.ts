import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { clampTimeout, gineeApiRequest } from '../../../shared/transport';
import { ENDPOINTS, PER_CALL } from '../../../shared/transport/endpoints';
import { readShelves, readVariationIds } from '../../helpers/skuRecords';
import { readEntryAnswers } from '../../helpers/batchAnswers';
import { planCalls } from '../../helpers/callPlan';
import { WriteLedger } from '../../helpers/writes';
import { readOptions, readSku } from './readStockFields';
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
	const { currency, timeout } = readOptions(this, itemIndex);
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

interface Places {
	variationOf: Map<string, string>;
	placesOf: Map<string, Map<string, string[]>>;
}

/**
 * Looks every SKU up first (its variation, and the warehouses it is already in: those items are
 * done without a call), then adds the others PER_CALL.stockWrites a call, each SKU and warehouse
 * once; each item gets Ginee's answer for it.
 */
export async function execute(
	this: IExecuteFunctions,
	items: INodeExecutionData[],
): Promise<INodeExecutionData[]> {
	const ledger = WriteLedger.check(
		this,
		items,
		(itemIndex) => readAddition.call(this, itemIndex),
		(addition) => `SKU ${addition.sku}`,
	);
	const timeout = ledger.pending()[0]?.write.timeout;
	const { variationOf, placesOf } = await ledger.lookUp<Places>(
		async (pending) => {
			const skus = pending.map(({ write }) => write.sku);
			return {
				variationOf: await readVariationIds.call(this, skus, timeout),
				placesOf: await readShelves.call(this, skus, timeout),
			};
		},
		{ variationOf: new Map(), placesOf: new Map() },
	);
	await ledger.checkEach((addition) => {
		const variationId = variationOf.get(addition.sku);
		if (!variationId)
			throw new NodeOperationError(this.getNode(), `SKU ${addition.sku} not found in Ginee`);
		if (placesOf.get(addition.sku)?.has(addition.warehouseId))
			return {
				sku: addition.sku,
				warehouseId: addition.warehouseId,
				variationId,
				added: false,
				message: 'The SKU is already in this warehouse',
			};
		return undefined;
	});
	const variationIdOf = (addition: Addition) => variationOf.get(addition.sku) as string;
	const units = ledger.units((addition) => key(addition.warehouseId, variationIdOf(addition)));
	await ledger.sendCalls(
		planCalls(units, PER_CALL.stockWrites),
		async (call) => {
			const answer = await gineeApiRequest.call(
				this,
				ENDPOINTS.BatchAddWarehouseInventory,
				{
					itemList: call.map(({ write }) => ({
						warehouseId: write.warehouseId,
						masterVariationId: variationIdOf(write),
						currencyCode: write.currency,
					})),
				},
				{ kind: 'write', itemIndex: call[0].itemIndexes[0], timeout },
			);
			const { confirmed, refused } = readEntryAnswers(answer.data, {
				confirmed: ['itemList'],
				refused: 'errorList',
				keyOf: (entry) => key(entry.warehouseId, entry.masterVariationId),
			});
			return ({ key: here, write }) => {
				const reason = refused.get(here);
				if (reason !== undefined)
					return new NodeOperationError(
						this.getNode(),
						`Ginee did not add SKU ${write.sku} to warehouse ${write.warehouseId}: ${reason}`,
					);
				const entry = confirmed.get(here);
				if (!entry) return undefined;
				return {
					sku: write.sku,
					warehouseId: write.warehouseId,
					variationId: variationIdOf(write),
					added: true,
					warehouseInventoryId: entry.warehouseInventoryId ?? null,
				};
			};
		},
		{
			unconfirmed: ({ write }) =>
				new NodeOperationError(
					this.getNode(),
					`Ginee did not confirm adding SKU ${write.sku}; check Get Stock by SKU before ` +
						'running this again',
				),
		},
	);
	return ledger.finish();
}
