import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { clampTimeout, gineeApiRequest } from '../../../shared/transport';
import { readShelves, type ShelvesByWarehouse } from '../../helpers/skuRecords';
import { markMayHaveBeenApplied, WriteLedger } from '../../helpers/writes';
import { readWarehouseId } from '../inventory/warehouse';
import { chooseShelf } from './chooseShelf';
import { DELIVERY_METHODS, MAX_LINE_QUANTITY } from './stockDocumentFields';

const MAX_UNIT_COST = 1e9;

/** What differs between an inbound order (Receive Stock) and an outbound order (Send Out Stock). */
export interface DocumentKind {
	endpoint: string;
	/** "inbound order" */
	noun: string;
	/** The output field of Ginee's ID: inboundOrderId. */
	idField: string;
	/** "received": what happens to a line's SKU. */
	verb: string;
	/** The output field saying whether the stock changed at once: addedToStock. */
	stockChangedField: string;
	/** Ginee's request fields taken from Options (Ginee field, option name). */
	headerOptions: Array<[string, string]>;
}

interface Line {
	sku: string;
	quantity: number;
	unitCost: number;
	shelfInventoryId?: string;
	remark?: string;
}

/** One input item's document: where, what, and the document's own fields. */
interface ItemDocument {
	warehouseId: string;
	lines: Line[];
	header: IDataObject;
	combine: boolean;
	timeout: number;
}

function readLine(this: IExecuteFunctions, entry: IDataObject, at: string, itemIndex: number) {
	const fail = (message: string) => new NodeOperationError(this.getNode(), message, { itemIndex });
	const text = (name: string) => String(entry[name] ?? '').trim();
	const sku = text('sku');
	if (!sku) throw fail(`${at}: 'Product SKU' is empty`);
	const quantity = Number(text('quantity'));
	if (
		!text('quantity') ||
		!Number.isInteger(quantity) ||
		quantity < 1 ||
		quantity > MAX_LINE_QUANTITY
	)
		throw fail(
			`${at} (SKU ${sku}): 'Quantity' must be a whole number from 1 to ${MAX_LINE_QUANTITY}, ` +
				`got ${JSON.stringify(entry.quantity ?? '')}`,
		);
	const unitCost = Number(text('unitCost'));
	if (!text('unitCost') || !Number.isFinite(unitCost) || unitCost < 0 || unitCost >= MAX_UNIT_COST)
		throw fail(
			`${at} (SKU ${sku}): 'Cost per Unit' must be a number from 0 to under 1,000,000,000 ` +
				`(0 if you do not track costs), got ${JSON.stringify(entry.unitCost ?? '')}`,
		);
	const line: Line = { sku, quantity, unitCost };
	if (text('shelfInventoryId')) line.shelfInventoryId = text('shelfInventoryId');
	if (text('remark')) line.remark = text('remark');
	return line;
}

function readDocument(
	this: IExecuteFunctions,
	itemIndex: number,
	kind: DocumentKind,
): ItemDocument {
	const fail = (message: string) => new NodeOperationError(this.getNode(), message, { itemIndex });
	const warehouseId = readWarehouseId.call(this, 'warehouseId', itemIndex, true);
	const { line: entries = [] } = this.getNodeParameter('lines', itemIndex, {}) as {
		line?: IDataObject[];
	};
	if (entries.length === 0) throw fail(`'Lines' is empty: add a line for each SKU ${kind.verb}`);
	const lines = entries.map((entry, index) =>
		readLine.call(this, entry, `Lines: line ${index + 1}`, itemIndex),
	);
	const skus = lines.map((line) => line.sku);
	const twice = skus.find((sku, index) => skus.indexOf(sku) !== index);
	if (twice) throw fail(`'Lines' gives SKU ${twice} twice: one line per SKU`);

	const options = this.getNodeParameter('options', itemIndex, {}) as IDataObject;
	const option = (name: string) => String(options[name] ?? '').trim();
	const deliveryMethod = option('deliveryMethod') || 'DEFAULT';
	const methods = DELIVERY_METHODS.map((method) => method.value);
	if (!methods.includes(deliveryMethod))
		throw fail(`'Delivery Method' must be one of ${methods.join(', ')}`);
	if (option('remark').length >= 300) throw fail("'Remark' must be under 300 characters");
	if (option('waybillNumber').length >= 200)
		throw fail("'Waybill Number' must be under 200 characters");
	const header: IDataObject = {
		deliveryMethod,
		immediateExecute: options.executeNow !== false,
		needPushFulfillment: options.pushToFulfilment === true,
	};
	for (const [field, name] of kind.headerOptions) if (option(name)) header[field] = option(name);
	return {
		warehouseId,
		lines,
		header,
		combine: options.combineItems === true,
		timeout: clampTimeout(options.timeout),
	};
}

/** Each line as Ginee takes it, on its SKU's shelf; or the item's problem (no shelf to choose). */
function placeLines(
	this: IExecuteFunctions,
	document: ItemDocument,
	shelves: Map<string, ShelvesByWarehouse>,
): IDataObject[] {
	return document.lines.map((line) => {
		const shelf = chooseShelf(line.sku, document.warehouseId, line.shelfInventoryId, shelves);
		if ('problem' in shelf) throw new NodeOperationError(this.getNode(), shelf.problem);
		return {
			shelfInventoryId: shelf.shelfInventoryId,
			planQuantity: line.quantity,
			realQuantity: line.quantity,
			planPrice: line.unitCost,
			realPrice: line.unitCost,
			...(line.remark ? { remark: line.remark } : {}),
		};
	});
}

/** Ginee's ID of the new document from its answer (`data` is the ID; read tolerantly). */
function documentIdOf(this: IExecuteFunctions, data: unknown, kind: DocumentKind): string {
	const id =
		typeof data === 'object' && data !== null
			? ((data as IDataObject)[kind.idField] ?? (data as IDataObject).id)
			: data;
	if (id === undefined || id === null || id === '')
		throw markMayHaveBeenApplied(
			new NodeOperationError(this.getNode(), `Ginee took the ${kind.noun} but gave no ID`, {
				description: `Look for it in Ginee before creating the ${kind.noun} again.`,
			}),
		);
	return String(id);
}

/**
 * Checks every item and finds each SKU's shelf in its warehouse before anything is sent, then
 * creates one document per item (or one for all items). A document without an answer is never
 * sent again; every item gets its document's outcome.
 */
export async function executeStockDocument(
	this: IExecuteFunctions,
	items: INodeExecutionData[],
	kind: DocumentKind,
): Promise<INodeExecutionData[]> {
	const ledger = WriteLedger.check(
		this,
		items,
		(itemIndex) => readDocument.call(this, itemIndex, kind),
		(document) => document.lines.map((line) => line.sku).join(', '),
	);
	const first = ledger.pending()[0];
	if (!first) return ledger.finish();
	// One document for all items takes its warehouse and options from the first item that could be
	// read, even if that item is refused later (e.g. a SKU on no shelf): they do not move to another
	const leadIndex = ledger.writes.findIndex(Boolean);
	const lead = { document: ledger.writes[leadIndex] as ItemDocument, itemIndex: leadIndex };
	const combine = lead.document.combine;

	const shelves = await ledger.lookUp(
		async (pending) =>
			await readShelves.call(
				this,
				pending.flatMap(({ write }) => write.lines.map((line) => line.sku)),
				first.write.timeout,
			),
		new Map<string, ShelvesByWarehouse>(),
	);
	const placed = new Map<number, IDataObject[]>();
	const skuOwner = new Map<string, number>();
	await ledger.checkEach((document, itemIndex) => {
		if (combine && document.warehouseId !== lead.document.warehouseId)
			throw new NodeOperationError(
				this.getNode(),
				`'Warehouse' is ${document.warehouseId}, item ${lead.itemIndex + 1}'s is ` +
					`${lead.document.warehouseId}: one ${kind.noun} has one warehouse`,
			);
		const again = combine && document.lines.find((line) => skuOwner.has(line.sku));
		if (again)
			throw new NodeOperationError(
				this.getNode(),
				`SKU ${again.sku} is also in item ${(skuOwner.get(again.sku) as number) + 1}: ` +
					`one line per SKU in an ${kind.noun}`,
			);
		placed.set(itemIndex, placeLines.call(this, document, shelves));
		if (combine) for (const line of document.lines) skuOwner.set(line.sku, itemIndex);
	});

	const outcome = (document: ItemDocument, itemIndex: number, documentId: string): IDataObject => ({
		[kind.idField]: documentId,
		warehouseId: document.warehouseId,
		documentNumber: (combine ? lead.document : document).header.no ?? null,
		[kind.stockChangedField]: (combine ? lead.document : document).header.immediateExecute,
		lines: document.lines.map((line, index) => ({
			sku: line.sku,
			quantity: line.quantity,
			unitCost: line.unitCost,
			shelfInventoryId: (placed.get(itemIndex) as IDataObject[])[index].shelfInventoryId,
		})),
	});
	const units = ledger.units();
	// One document for all items: one call; otherwise one per item
	const calls = combine ? [units] : units.map((unit) => [unit]);
	await ledger.sendCalls(
		calls.filter((call) => call.length > 0),
		async (call) => {
			const header = combine ? lead.document : call[0].write;
			const answer = await gineeApiRequest.call(
				this,
				kind.endpoint,
				{
					warehouseId: header.warehouseId,
					...header.header,
					itemCreateList: call.flatMap(({ itemIndexes }) => placed.get(itemIndexes[0]) ?? []),
				},
				{ kind: 'write', timeout: header.timeout, itemIndex: call[0].itemIndexes[0] },
			);
			const documentId = documentIdOf.call(this, answer.data, kind);
			return ({ write, itemIndexes }) => outcome(write, itemIndexes[0], documentId);
		},
		{
			unconfirmed: () =>
				new NodeOperationError(this.getNode(), `Ginee did not confirm the ${kind.noun}`),
		},
	);
	return ledger.finish();
}
