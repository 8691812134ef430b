import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { clampTimeout, gineeApiRequest } from '../../../shared/transport';
import { ENDPOINTS } from '../../../shared/transport/endpoints';
import { WriteLedger } from '../../helpers/writes';
import type { ProductDetails } from './productDetails';
import { readProductDetails, reviewedProblem } from './productDetails';
import type { ProductImage } from './productImages';
import { readProductImages, uploadProductImages } from './productImages';

export { option, properties } from './update.description';

interface ProductUpdate {
	productId: string;
	details: ProductDetails;
	images: ProductImage[];
	/** The product as GetMasterProductDetail gave it, and the update's body made from it. */
	read?: IDataObject;
	merged?: IDataObject;
	timeout: number;
}

function readUpdate(this: IExecuteFunctions, itemIndex: number): ProductUpdate {
	const productId = String(this.getNodeParameter('productId', itemIndex, '') ?? '').trim();
	if (!productId)
		throw new NodeOperationError(this.getNode(), "'Product ID' is required", { itemIndex });
	const given = this.getNodeParameter('updateFields', itemIndex, {}) as IDataObject;
	if (Object.keys(given).length === 0)
		throw new NodeOperationError(
			this.getNode(),
			"'Update Fields' is empty: add the fields to change",
			{ itemIndex },
		);
	const { timeout } = this.getNodeParameter('options', itemIndex, {}) as IDataObject;
	return {
		productId,
		details: readProductDetails.call(this, itemIndex, given),
		images: [],
		timeout: clampTimeout(timeout),
	};
}

/** A price Ginee may give as a bare number, as the Price object its update takes. */
const asPrice = (value: unknown, currencyCode: unknown) =>
	typeof value === 'number' ? { amount: value, currencyCode } : value;

/** What GetMasterProductDetail names differently from UpdateMasterProduct: detail → update. */
const RENAMED: Record<string, string> = {
	productId: 'id',
	masterVariationType: 'type',
	genieProductCondition: 'condition',
	masterProductStatus: 'status',
};

/** What only Ginee sets (read-only in its answers): never sent back. */
const READ_ONLY = ['createDatetime', 'updateDatetime', 'fullCategoryName', 'skusDeletable'];

/** The review statuses UpdateMasterProduct takes. */
const REVIEW_STATUSES = ['PENDING_REVIEW', 'PAY_NO_ATTENTION'];

const PRICES = ['sellingPrice', 'purchasePrice', 'averageCostPrice'];

/** A record without the read-only fields, the rest as Ginee gave it. */
function withoutReadOnly(record: IDataObject): IDataObject {
	return Object.fromEntries(Object.entries(record).filter(([key]) => !READ_ONLY.includes(key)));
}

/**
 * UpdateMasterProduct replaces the whole product: the body is everything GetMasterProductDetail
 * gave, renamed where the update names a field differently, with only the item's changes on top.
 * Fields the node does not know (videos, warranty, fields Ginee adds later) go back as they were.
 * A value the update needs and Ginee did not give is the item's problem: the node never invents one
 * (a stock of 0, a status).
 */
function mergedProduct(current: IDataObject, update: ProductUpdate): IDataObject {
	const body: IDataObject = {};
	for (const [key, value] of Object.entries(withoutReadOnly(current)))
		body[RENAMED[key] ?? key] = value;
	const problem = (what: string) =>
		new Error(`Ginee gave no ${what} for product ${update.productId}, which its update needs`);
	if (body.type === undefined || body.type === null) throw problem('type (masterVariationType)');
	if (body.condition === undefined || body.condition === null)
		throw problem('condition (genieProductCondition)');
	if (!Array.isArray(body.variations) || body.variations.length === 0) throw problem('variations');
	body.variations = (body.variations as IDataObject[]).map((variation) => {
		const sku = String(variation.sku ?? variation.id);
		if (variation.stock === undefined || variation.stock === null)
			throw problem(`stock of SKU ${sku}`);
		const sent = withoutReadOnly(variation);
		const currency = (variation.sellingPrice as IDataObject | undefined)?.currencyCode ?? 'IDR';
		for (const price of PRICES)
			if (sent[price] !== undefined) sent[price] = asPrice(sent[price], currency) as IDataObject;
		return sent;
	});
	const { fields, delivery } = update.details;
	Object.assign(body, fields);
	if (Object.keys(delivery).length)
		body.delivery = { ...(current.delivery as IDataObject | undefined), ...delivery };
	if (!REVIEW_STATUSES.includes(String(body.status)))
		throw new Error(
			`Ginee lists product ${update.productId} with status ` +
				`${JSON.stringify(body.status ?? null)}, which its update cannot send back: choose ` +
				"'Review Status' in Update Fields",
		);
	return body;
}

/** The product as Ginee has it now (GetMasterProductDetail). */
async function readProduct(
	this: IExecuteFunctions,
	update: ProductUpdate,
	itemIndex: number,
): Promise<IDataObject> {
	const answer = await gineeApiRequest.call(
		this,
		ENDPOINTS.GetMasterProductDetail,
		{},
		{
			kind: 'read',
			method: 'GET',
			qs: { productId: update.productId },
			itemIndex,
			timeout: update.timeout,
		},
	);
	return (answer.data ?? {}) as IDataObject;
}

/**
 * Checks every item and reads its product from Ginee (the same product in two items is refused),
 * then per item uploads its images and sends the whole product with the item's changes
 * (UpdateMasterProduct) once.
 */
export async function execute(
	this: IExecuteFunctions,
	items: INodeExecutionData[],
): Promise<INodeExecutionData[]> {
	const ledger = WriteLedger.check(
		this,
		items,
		(itemIndex) => readUpdate.call(this, itemIndex),
		(update) => `product ${update.productId}`,
	);
	const firstItemOf = new Map<string, number>();
	await ledger.checkEach(async (update, itemIndex) => {
		const earlier = firstItemOf.get(update.productId);
		if (earlier !== undefined)
			throw new NodeOperationError(
				this.getNode(),
				`Product ${update.productId} is also updated by item ${earlier + 1}`,
				{ itemIndex, description: 'Give each product once, with all its changes in one item.' },
			);
		firstItemOf.set(update.productId, itemIndex);
		update.images = await readProductImages.call(this, itemIndex, update.details.imageFields);
		update.read = await readProduct.call(this, update, itemIndex);
		try {
			update.merged = mergedProduct(update.read, update);
		} catch (error) {
			throw new NodeOperationError(this.getNode(), (error as Error).message, { itemIndex });
		}
		const problem =
			update.details.fields.status === 'PAY_NO_ATTENTION'
				? reviewedProblem(update.merged)
				: undefined;
		if (problem)
			throw new NodeOperationError(
				this.getNode(),
				`Cannot update ${update.productId}: ${problem}`,
				{
					itemIndex,
				},
			);
	});
	await ledger.sendEach(async ({ write: update, itemIndexes: [itemIndex] }) => {
		// The product again, just before sending: a change made in between (a price, a sale) would
		// be reverted by sending back the product as first read
		const now = await readProduct.call(this, update, itemIndex);
		if (JSON.stringify(now) !== JSON.stringify(update.read))
			throw new NodeOperationError(
				this.getNode(),
				`Product ${update.productId} changed in Ginee while the node was updating it; nothing ` +
					'was sent, so that change is kept',
				{
					itemIndex,
					description:
						'Run the node again for this product: it then starts from the product as it is now.',
				},
			);
		const images = await uploadProductImages.call(this, update.images, itemIndex, update.timeout);
		const body: IDataObject = { ...update.merged, ...(images.length ? { images } : {}) };
		await gineeApiRequest.call(this, ENDPOINTS.UpdateMasterProduct, body, {
			kind: 'write',
			itemIndex,
			timeout: update.timeout,
		});
		return {
			productId: update.productId,
			updated: true,
			name: body.name as string,
			changed: [
				...Object.keys(update.details.fields),
				...(Object.keys(update.details.delivery).length ? ['delivery'] : []),
				...(images.length ? ['images'] : []),
			],
			...(images.length ? { images } : {}),
		};
	});
	return ledger.finish();
}
