// n8n-core's binary data helpers (./binaryData.js), typed, and input items carrying files for a
// node that reads them (e.g. product images).
import type { IBinaryData, IDataObject, INodeExecutionData } from 'n8n-workflow';

import * as binaryData from './binaryData';

export const { binaryHelpers, readBinary, removeBinaryStorage } = binaryData as unknown as {
	binaryHelpers(): Promise<{
		prepareBinaryData(data: Buffer, fileName: string, mimeType?: string): Promise<IBinaryData>;
	}>;
	readBinary(binary: IBinaryData): Promise<Buffer>;
	removeBinaryStorage(): void;
};

/**
 * One item per entry, each with its files ({ field: bytes }) stored as n8n stores binary data, and
 * the helpers a node reads them with (getBinaryDataBuffer).
 */
export async function itemsWithFiles(
	perItem: Array<Record<string, Buffer>>,
	fileName: (field: string) => string = (field) => `${field}.png`,
): Promise<{ items: INodeExecutionData[]; helpers: IDataObject }> {
	const stored = await binaryHelpers();
	const items: INodeExecutionData[] = [];
	for (const [index, files] of perItem.entries()) {
		const binary: Record<string, IBinaryData> = {};
		for (const [field, data] of Object.entries(files))
			binary[field] = await stored.prepareBinaryData(data, fileName(field));
		items.push({ json: { index }, binary });
	}
	const getBinaryDataBuffer = async (itemIndex: number, field: string) =>
		await readBinary(items[itemIndex].binary?.[field] as IBinaryData);
	return { items, helpers: { ...stored, getBinaryDataBuffer } };
}
