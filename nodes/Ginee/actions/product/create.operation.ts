import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { chunk } from '../../../shared/batches';
import { clampTimeout, gineeApiRequest } from '../../../shared/transport';
import { ENDPOINTS, PER_CALL } from '../../../shared/transport/endpoints';
import { readList } from '../../../shared/transport/lists';
import { followTasks, readWaitSeconds } from '../../helpers/backgroundTasks';
import { readVariationIds } from '../../helpers/skuRecords';
import { WriteLedger } from '../../helpers/writes';
import { readAmount, readCurrency } from '../common/money';
import { readProductDetails, reviewedProblem } from './productDetails';
import type { ProductImage } from './productImages';
import { readProductImages, uploadProductImages } from './productImages';

export { option, properties } from './create.description';

const MAX_VARIATIONS = 399;
const MAX_OPTION_NAMES = 2;
const BARCODE = /^[A-Za-z0-9_-]+$/;

interface ProductDraft {
	/** CreateMasterProduct's body, without the images (uploaded just before it is sent). */
	body: IDataObject;
	skus: string[];
	imageFields: string[];
	images: ProductImage[];
	timeout: number;
	waitSeconds: number;
}

const splitList = (value: unknown) =>
	(Array.isArray(value) ? value.map(String) : String(value ?? '').split(','))
		.map((part) => part.trim())
		.filter(Boolean);

/** The variation entries, from the fields or from Variations (JSON). */
function readVariationEntries(this: IExecuteFunctions, itemIndex: number): IDataObject[] {
	if (this.getNodeParameter('variationsSource', itemIndex, 'fields') !== 'json') {
		const { variation = [] } = this.getNodeParameter('variations', itemIndex, {}) as {
			variation?: IDataObject[];
		};
		return variation;
	}
	const fail = (problem: string) =>
		new NodeOperationError(this.getNode(), `'Variations (JSON)' ${problem}`, { itemIndex });
	let value = this.getNodeParameter('variationsJson', itemIndex, '[]') as unknown;
	if (typeof value === 'string') {
		try {
			value = JSON.parse(value);
		} catch {
			throw fail('is not valid JSON');
		}
	}
	if (!Array.isArray(value)) throw fail('must be a list of objects, one per SKU');
	value.forEach((entry, index) => {
		if (!entry || typeof entry !== 'object' || Array.isArray(entry))
			throw fail(`entry ${index + 1} is not an object with sku, sellingPrice, purchasePrice`);
	});
	return value as IDataObject[];
}

function readDraft(this: IExecuteFunctions, itemIndex: number): ProductDraft {
	const fail = (message: string) => new NodeOperationError(this.getNode(), message, { itemIndex });
	const text = (name: string) => String(this.getNodeParameter(name, itemIndex, '') ?? '').trim();
	const name = text('name');
	if (!name) throw fail("'Product Name' is empty");
	if (name.length >= 300) throw fail(`'Product Name' has ${name.length} characters: under 300`);
	const spu = text('spu');
	if (!spu) throw fail("'Parent SKU' is empty");
	if (spu.length >= 256) throw fail(`'Parent SKU' has ${spu.length} characters: under 256`);
	const additional = this.getNodeParameter('additionalFields', itemIndex, {}) as IDataObject;
	const { currency, variantOptionNames, ...detailFields } = additional;
	const details = readProductDetails.call(this, itemIndex, detailFields);
	const currencyCode = readCurrency.call(this, currency, itemIndex);
	const optionNames = splitList(variantOptionNames);
	if (optionNames.length > MAX_OPTION_NAMES || new Set(optionNames).size < optionNames.length)
		throw fail(`'Variant Option Names' takes at most two different names, got ${optionNames}`);

	const entries = readVariationEntries.call(this, itemIndex);
	if (entries.length === 0) throw fail("'Variations' is empty: add at least one SKU");
	if (entries.length > MAX_VARIATIONS)
		throw fail(`'Variations' has ${entries.length} entries: Ginee takes under 400`);
	if (entries.length > 1 && optionNames.length === 0)
		throw fail(
			"Several variations need 'Variant Option Names' (Additional Fields), e.g. Size, and " +
				'Option Values that tell them apart',
		);
	const skus = new Set<string>();
	const combinations = new Set<string>();
	const variations = entries.map((entry, index) => {
		const label = `Variations ${index + 1}`;
		const sku = String(entry.sku ?? '').trim();
		if (!sku) throw fail(`'${label}: SKU' is empty`);
		if (sku.length >= 200) throw fail(`'${label}: SKU' has ${sku.length} characters: under 200`);
		if (skus.has(sku)) throw fail(`'Variations' gives SKU ${sku} twice`);
		skus.add(sku);
		const optionValues = splitList(entry.optionValues);
		if (optionValues.length !== optionNames.length)
			throw fail(
				`'${label}: Option Values' gives ${optionValues.length} value(s) for ` +
					`${optionNames.length} Variant Option Name(s)` +
					(optionNames.length ? ` (${optionNames.join(', ')})` : ''),
			);
		const combination = optionValues.join('\u0000').toLowerCase();
		if (optionNames.length && combinations.has(combination))
			throw fail(`'Variations' gives the options ${optionValues.join(', ')} twice`);
		combinations.add(combination);
		const barcode = String(entry.barcode ?? '').trim();
		if (barcode && !BARCODE.test(barcode))
			throw fail(`'${label}: Barcode' may hold only letters, digits, - and _, got ${barcode}`);
		const money = (value: unknown, field: string) => ({
			amount: readAmount.call(this, value, `${label}: ${field}`, itemIndex),
			currencyCode,
		});
		return {
			sku,
			optionValues,
			sellingPrice: money(entry.sellingPrice, 'Selling Price'),
			purchasePrice: money(entry.purchasePrice, 'Purchase Price'),
			// Stock comes from warehouses (Add SKU to Warehouse, Receive Stock), not from here
			stock: { availableStock: 0 },
			...(barcode ? { barcode } : {}),
		};
	});
	const body: IDataObject = {
		name,
		spu,
		type: 'NORMAL',
		condition: 'NEW',
		status: 'PENDING_REVIEW',
		...details.fields,
		variantOptions: optionNames.map((optionName, k) => ({
			name: optionName,
			values: [...new Set(variations.map((variation) => variation.optionValues[k]))],
		})),
		variations,
		...(Object.keys(details.delivery).length ? { delivery: details.delivery } : {}),
	};
	const problem = reviewedProblem(body);
	if (problem) throw fail(`Cannot create this product: ${problem}`);
	const options = this.getNodeParameter('options', itemIndex, {}) as IDataObject;
	return {
		body,
		skus: [...skus],
		imageFields: details.imageFields,
		images: [],
		timeout: clampTimeout(options.timeout),
		waitSeconds: readWaitSeconds(options),
	};
}

/** The product ID in CreateMasterProduct's answer, if Ginee gives one (its page shows none). */
function answeredProductId(data: unknown): string | undefined {
	if (typeof data === 'string' && data) return data;
	const record = (data ?? {}) as IDataObject;
	const id = record.productId ?? record.masterProductId ?? record.id;
	return id ? String(id) : undefined;
}

/**
 * Checks every item (fields, images, SKUs not yet in Ginee), then per item uploads its images and
 * sends CreateMasterProduct once. Ginee creates in the background and documents no result to ask
 * for: the node looks each product's first SKU up (ListMasterVariation, PER_CALL.skuLookups a
 * call) until it appears or Wait for Result is over.
 */
export async function execute(
	this: IExecuteFunctions,
	items: INodeExecutionData[],
): Promise<INodeExecutionData[]> {
	const ledger = WriteLedger.check(
		this,
		items,
		(itemIndex) => readDraft.call(this, itemIndex),
		(draft) => `product ${String(draft.body.spu)}`,
	);
	const first = ledger.pending()[0]?.write;
	if (!first) return ledger.finish();
	const known = await ledger.lookUp(
		async (pending) =>
			await readVariationIds.call(
				this,
				pending.flatMap(({ write }) => write.skus),
				first.timeout,
			),
		new Map<string, string>(),
	);
	const claimedBy = new Map<string, number>();
	await ledger.checkEach(async (draft, itemIndex) => {
		const taken = draft.skus.find((sku) => known.has(sku));
		if (taken)
			throw new NodeOperationError(this.getNode(), `SKU ${taken} already exists in Ginee`, {
				itemIndex,
				description:
					`It is master variation ${known.get(taken)}. Change it with Product → Update or ` +
					'Price → Update; a product is created only with new SKUs.',
			});
		const claimed = draft.skus.find((sku) => claimedBy.has(sku));
		if (claimed !== undefined)
			throw new NodeOperationError(
				this.getNode(),
				`SKU ${claimed} is also created by item ${(claimedBy.get(claimed) as number) + 1}`,
				{ itemIndex, description: 'Each SKU can belong to one product only.' },
			);
		for (const sku of draft.skus) claimedBy.set(sku, itemIndex);
		draft.images = await readProductImages.call(this, itemIndex, draft.imageFields);
	});

	const sent = new Map<number, { draft: ProductDraft; images: string[]; productId?: string }>();
	await ledger.sendEach(async ({ write: draft, itemIndexes: [itemIndex] }) => {
		const images = await uploadProductImages.call(this, draft.images, itemIndex, draft.timeout);
		const answer = await gineeApiRequest.call(
			this,
			ENDPOINTS.CreateMasterProduct,
			{ ...draft.body, ...(images.length ? { images } : {}) },
			{ kind: 'write', itemIndex, timeout: draft.timeout },
		);
		sent.set(itemIndex, { draft, images, productId: answeredProductId(answer.data) });
		return { created: 'pending' };
	});

	const found = new Map<string, string>();
	const unknown = [...sent.values()]
		.filter((creation) => !creation.productId)
		.map((creation) => creation.draft.skus[0]);
	const batches = chunk(unknown, PER_CALL.skuLookups);
	await followTasks(
		batches.map((_, index) => String(index)),
		first.waitSeconds,
		async (batchIndex, deadline) => {
			const batch = batches[Number(batchIndex)];
			const records = await readList.call(
				this,
				'ListMasterVariation',
				{ masterSkus: batch },
				{ timeout: first.timeout, deadline, attempts: 1 },
			);
			for (const record of records)
				if (record.masterSku && record.productId)
					found.set(String(record.masterSku), String(record.productId));
			return { done: batch.every((sku) => found.has(sku)) };
		},
	);
	for (const [itemIndex, { draft, images, productId }] of sent) {
		const id = productId ?? found.get(draft.skus[0]);
		ledger.record(itemIndex, {
			productId: id ?? null,
			created: id !== undefined,
			status: id !== undefined ? 'SUCCESS' : 'PROCESSING',
			name: draft.body.name as string,
			spu: draft.body.spu as string,
			skus: draft.skus,
			images,
			...(id !== undefined
				? {}
				: {
						message:
							`Ginee was still creating it after ${first.waitSeconds} s. Do not create it ` +
							`again: find it later with Product → Find by SKU (${draft.skus[0]}).`,
					}),
		});
	}
	return ledger.finish();
}
