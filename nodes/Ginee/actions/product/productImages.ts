import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { gineeApiRequest } from '../../../shared/transport';
import { ENDPOINTS } from '../../../shared/transport/endpoints';
import { imageDimensions } from './imageDimensions';

// Product images come from the input item's binary data and go to Ginee through UploadImage, whose
// limits are checked before anything is sent: JPG or PNG, under 2 MB, 256 to 4096 pixels a side.

const MAX_IMAGE_BYTES = 2 * 1024 * 1024;
const MIN_IMAGE_SIDE = 256;
const MAX_IMAGE_SIDE = 4096;

const FIELD_LABEL = 'Images (Binary Fields)';

/** An image ready to upload. */
export interface ProductImage {
	field: string;
	fileName: string;
	mimeType: string;
	data: Buffer;
}

/** The binary field names an item gives, e.g. "data, image2" → ['data', 'image2']. */
export function parseImageFields(value: unknown): string[] {
	return [
		...new Set(
			String(value ?? '')
				.split(/[\s,]+/)
				.filter(Boolean),
		),
	];
}

/** Reads and checks each named binary field of an item; the error names the field and the fault. */
export async function readProductImages(
	this: IExecuteFunctions,
	itemIndex: number,
	fields: string[],
): Promise<ProductImage[]> {
	const fail = (field: string, problem: string) =>
		new NodeOperationError(this.getNode(), `'${FIELD_LABEL}': ${field} ${problem}`, {
			itemIndex,
			description:
				'Ginee takes JPG or PNG images under 2 MB, from 256×256 to 4096×4096 pixels. Nothing ' +
				'was sent to Ginee for this item.',
		});
	const binary = this.getInputData()[itemIndex]?.binary ?? {};
	const images: ProductImage[] = [];
	for (const field of fields) {
		if (!binary[field]) {
			const present = Object.keys(binary);
			throw fail(
				field,
				'is not a binary field of this item ' +
					(present.length ? `(it has ${present.join(', ')})` : '(it has no binary data)'),
			);
		}
		const data = await this.helpers.getBinaryDataBuffer(itemIndex, field);
		if (data.length >= MAX_IMAGE_BYTES)
			throw fail(field, `is ${(data.length / 1024 / 1024).toFixed(1)} MB: it must be under 2 MB`);
		const dimensions = imageDimensions(data);
		if (!dimensions)
			throw fail(field, `is not a JPG or PNG image (${binary[field].mimeType || 'unknown type'})`);
		const { width, height } = dimensions;
		const sides = [width, height];
		if (sides.some((side) => side < MIN_IMAGE_SIDE || side > MAX_IMAGE_SIDE))
			throw fail(field, `is ${width}×${height} pixels: each side must be 256 to 4096`);
		const extension = dimensions.format === 'png' ? 'png' : 'jpg';
		images.push({
			field,
			fileName: binary[field].fileName || `${field}.${extension}`,
			mimeType: dimensions.format === 'png' ? 'image/png' : 'image/jpeg',
			data,
		});
	}
	return images;
}

/**
 * Uploads each image (UploadImage) and gives the URLs Ginee answers with, in order. An upload only
 * stores a file at Ginee, so it is retried like a read.
 */
export async function uploadProductImages(
	this: IExecuteFunctions,
	images: ProductImage[],
	itemIndex: number,
	timeout: number,
): Promise<string[]> {
	const urls: string[] = [];
	for (const image of images) {
		let answer;
		try {
			answer = await gineeApiRequest.call(
				this,
				ENDPOINTS.UploadImage,
				{},
				{
					kind: 'read',
					itemIndex,
					timeout,
					file: {
						field: 'image',
						fileName: image.fileName,
						mimeType: image.mimeType,
						data: image.data,
					},
				},
			);
		} catch (error) {
			throw new NodeOperationError(
				this.getNode(),
				`Ginee did not take the image in '${image.field}': ${(error as Error).message}`,
				{ itemIndex, description: 'The product was not sent to Ginee.' },
			);
		}
		const url = String((answer.data as IDataObject | null)?.imageUrl ?? '');
		if (!url)
			throw new NodeOperationError(
				this.getNode(),
				`Ginee gave no URL for the image in '${image.field}'`,
				{ itemIndex, description: 'The product was not sent to Ginee.' },
			);
		urls.push(url);
	}
	return urls;
}
