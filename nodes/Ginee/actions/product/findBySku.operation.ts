import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { recordsOf } from '../../helpers/answers';
import { chunk, parseIdList } from '../../helpers/idList';
import { clampTimeout, gineeApiRequest } from '../../transport';
import { asNodeError } from '../../transport/errors';

export { option, properties } from './findBySku.description';

const LIST_MASTER_VARIATION_PATH = '/openapi/product/master/v1/list-master-variation';
/** Ginee's limit per ListMasterVariation call. */
const IDS_PER_CALL = 20;

type LookupBy = 'masterSkus' | 'masterVariationIds';

interface Lookup {
	itemIndex: number;
	lookupBy: LookupBy;
	ids: string[];
	timeout: number;
}

/** The field of a returned variation that answers a lookup. */
const KEY: Record<LookupBy, string> = {
	masterSkus: 'masterSku',
	masterVariationIds: 'variationId',
};
const LABEL: Record<LookupBy, string> = { masterSkus: 'SKUs', masterVariationIds: 'Variation IDs' };

function readLookup(this: IExecuteFunctions, itemIndex: number): Lookup {
	const lookupBy = this.getNodeParameter('lookupBy', itemIndex, 'masterSkus') as LookupBy;
	const ids = parseIdList(this.getNodeParameter(lookupBy, itemIndex, []));
	if (ids.length === 0)
		throw new NodeOperationError(
			this.getNode(),
			`'${LABEL[lookupBy]}' is empty: give at least one`,
			{ itemIndex },
		);
	const { timeout } = this.getNodeParameter('options', itemIndex, {}) as IDataObject;
	return { itemIndex, lookupBy, ids, timeout: clampTimeout(timeout) };
}

/** One call per 20 distinct ids of all items looking up by the same field; variations by id. */
async function fetchAll(
	this: IExecuteFunctions,
	lookups: Lookup[],
	lookupBy: LookupBy,
): Promise<Map<string, IDataObject[] | Error>> {
	const found = new Map<string, IDataObject[] | Error>();
	const ids = [...new Set(lookups.flatMap((lookup) => lookup.ids))];
	for (const batch of chunk(ids, IDS_PER_CALL)) {
		try {
			const answer = await gineeApiRequest.call(
				this,
				LIST_MASTER_VARIATION_PATH,
				{ [lookupBy]: batch },
				{ kind: 'read', timeout: lookups[0].timeout, itemIndex: lookups[0].itemIndex },
			);
			for (const id of batch) found.set(id, []);
			for (const variation of recordsOf(answer.data, 'ListMasterVariation')) {
				const key = String(variation[KEY[lookupBy]] ?? '');
				(found.get(key) as IDataObject[] | undefined)?.push(variation);
			}
		} catch (error) {
			for (const id of batch) found.set(id, error as Error);
		}
	}
	return found;
}

export async function execute(
	this: IExecuteFunctions,
	items: INodeExecutionData[],
): Promise<INodeExecutionData[]> {
	const lookups = items.map((_, itemIndex) => {
		try {
			return readLookup.call(this, itemIndex);
		} catch (error) {
			return error as Error;
		}
	});
	const valid = lookups.filter((lookup): lookup is Lookup => !(lookup instanceof Error));
	const found = new Map<string, Map<string, IDataObject[] | Error>>();
	for (const lookupBy of ['masterSkus', 'masterVariationIds'] as LookupBy[]) {
		const group = valid.filter((lookup) => lookup.lookupBy === lookupBy);
		if (group.length) found.set(lookupBy, await fetchAll.call(this, group, lookupBy));
	}
	const output: INodeExecutionData[] = [];
	lookups.forEach((lookup, itemIndex) => {
		try {
			if (lookup instanceof Error) throw lookup;
			const results = found.get(lookup.lookupBy) as Map<string, IDataObject[] | Error>;
			for (const id of lookup.ids) {
				const result = results.get(id);
				if (result instanceof Error) throw result;
				const variations = result ?? [];
				const notFound = {
					[lookup.lookupBy === 'masterSkus' ? 'sku' : 'variationId']: id,
					notFound: true,
					message: `Ginee has no master variation with ${KEY[lookup.lookupBy]} ${id}`,
				};
				for (const json of variations.length ? variations : [notFound])
					output.push({ json, pairedItem: { item: itemIndex } });
			}
		} catch (error) {
			if (!this.continueOnFail()) throw asNodeError(this.getNode(), error, itemIndex);
			output.push({ json: { error: (error as Error).message }, pairedItem: { item: itemIndex } });
		}
	});
	return output;
}
