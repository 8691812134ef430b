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
	/** UpdateMasterProduct's body: the product as Ginee has it with this item's changes. */
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

const defined = (record: IDataObject): IDataObject =>
	Object.fromEntries(
		Object.entries(record).filter(([, value]) => value !== undefined && value !== null),
	);

/** A price Ginee may give as a bare number, as the Price object its update takes. */
const asPrice = (value: unknown, currencyCode: unknown) =>
	(typeof value === 'number' ? { amount: value, currencyCode } : value) as IDataObject | undefined;

/**
 * UpdateMasterProduct replaces the whole product: the body is the product as GetMasterProductDetail
 * gives it, in the update's terms, with the item's changes on top. Fields Ginee gave that the
 * update's table does not list (brand, spu) are sent back as they were.
 */
function mergedProduct(current: IDataObject, update: ProductUpdate): IDataObject {
	const variations = ((current.variations ?? []) as IDataObject[]).map((variation) => {
		const currency = (variation.sellingPrice as IDataObject | undefined)?.currencyCode ?? 'IDR';
		return defined({
			id: variation.id,
			sku: variation.sku,
			optionValues: variation.optionValues ?? [],
			sellingPrice: asPrice(variation.sellingPrice, currency),
			averageCostPrice: asPrice(variation.averageCostPrice, currency),
			purchasePrice: asPrice(variation.purchasePrice, currency),
			stock: variation.stock ?? { availableStock: 0 },
			barcode: variation.barcode,
			images: variation.images,
			bundleVariations: variation.bundleVariations,
		});
	});
	const { delivery } = update.details;
	return defined({
		id: current.productId ?? update.productId,
		name: current.name,
		spu: current.spu,
		brand: current.brand,
		fullCategoryId: current.fullCategoryId,
		saleStatus: current.saleStatus,
		condition: current.genieProductCondition ?? current.condition ?? 'NEW',
		shortDescription: current.shortDescription,
		description: current.description,
		variantOptions: current.variantOptions ?? [],
		variations,
		images: current.images,
		delivery: Object.keys(delivery).length
			? { ...(current.delivery as IDataObject | undefined), ...delivery }
			: current.delivery,
		costInfo: current.costInfo,
		status:
			current.masterProductStatus === 'PENDING_REVIEW' ? 'PENDING_REVIEW' : 'PAY_NO_ATTENTION',
		extraInfo: current.extraInfo,
		minPurchase: current.minPurchase,
		...update.details.fields,
	});
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
		update.merged = mergedProduct((answer.data ?? {}) as IDataObject, update);
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
