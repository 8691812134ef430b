import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { parseIdList } from '../../shared/idList';
import { clampTimeout } from '../../shared/transport';
import { PER_CALL } from '../../shared/transport/endpoints';
import { readByIds, readList } from '../../shared/transport/lists';
import { outputEachRead, readEachItem } from './eachItem';

/** How one kind of look-up asks Ginee and reads its answer. */
export interface SkuLookupKind {
	/** The node parameter holding the IDs, and its label for messages. */
	parameter: string;
	label: string;
	endpoint: 'ListMasterVariation' | 'InventoryBriefList';
	/** The request field that takes the IDs, and the answer field that names each record's ID. */
	requestField: string;
	answerField: string;
	/** The field a "not found" item names the ID in. */
	notFoundField: string;
}

interface Lookup {
	itemIndex: number;
	kind: SkuLookupKind;
	ids: string[];
	timeout: number;
}

function readLookup(this: IExecuteFunctions, itemIndex: number, kind: SkuLookupKind): Lookup {
	const ids = parseIdList(this.getNodeParameter(kind.parameter, itemIndex, []));
	if (ids.length === 0)
		throw new NodeOperationError(this.getNode(), `'${kind.label}' is empty: give at least one`, {
			itemIndex,
		});
	const { timeout } = this.getNodeParameter('options', itemIndex, {}) as IDataObject;
	return { itemIndex, kind, ids, timeout: clampTimeout(timeout) };
}

/** One call per 20 distinct IDs of all the items of one kind; the records found, by ID. */
async function fetchKind(
	this: IExecuteFunctions,
	lookups: Lookup[],
): Promise<Map<string, IDataObject[] | Error>> {
	const { kind, timeout, itemIndex } = lookups[0];
	const found = new Map<string, IDataObject[] | Error>();
	const ids = lookups.flatMap((lookup) => lookup.ids);
	await readByIds(ids, PER_CALL.skuLookups, async (batch) => {
		try {
			const records = await readList.call(
				this,
				kind.endpoint,
				{ [kind.requestField]: batch },
				{ timeout, itemIndex },
			);
			for (const id of batch) found.set(id, []);
			for (const record of records)
				(found.get(String(record[kind.answerField] ?? '')) as IDataObject[] | undefined)?.push(
					record,
				);
		} catch (error) {
			for (const id of batch) found.set(id, error as Error);
		}
		return [];
	});
	return found;
}

/**
 * Looks up the IDs of all input items together (PER_CALL.skuLookups a call, repeats once) and
 * gives each item its own records, paired; an ID Ginee does not know becomes a `notFound` item.
 */
export async function executeSkuLookup(
	this: IExecuteFunctions,
	items: INodeExecutionData[],
	kindOf: (itemIndex: number) => SkuLookupKind,
): Promise<INodeExecutionData[]> {
	const lookups = readEachItem(items, (itemIndex) =>
		readLookup.call(this, itemIndex, kindOf(itemIndex)),
	);
	const valid = lookups.filter((lookup): lookup is Lookup => !(lookup instanceof Error));
	const found = new Map<SkuLookupKind, Map<string, IDataObject[] | Error>>();
	for (const kind of new Set(valid.map((lookup) => lookup.kind)))
		found.set(
			kind,
			await fetchKind.call(
				this,
				valid.filter((lookup) => lookup.kind === kind),
			),
		);
	return outputEachRead(this, lookups, (lookup) => {
		const results = found.get(lookup.kind) as Map<string, IDataObject[] | Error>;
		return lookup.ids.flatMap((id) => {
			const result = results.get(id);
			if (result instanceof Error) throw result;
			if (result?.length) return result;
			return [
				{
					[lookup.kind.notFoundField]: id,
					notFound: true,
					message: `Ginee has nothing for ${lookup.kind.answerField} ${id}`,
				},
			];
		});
	});
}
