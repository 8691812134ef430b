import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { eachItem, WithBinary } from '../../helpers/eachItem';
import { callForOrder } from '../../helpers/orderLookup';
import { clampTimeout } from '../../transport';

export { option, properties } from './printDocument.description';

const PRINT_ORDER_PATH = '/openapi/order/v1/print';
const MAX_PDF_BYTES = 20 * 1024 * 1024;

/**
 * The PDF behind Ginee's link. The link points at Ginee's file host, not its API: it is fetched
 * without the credential's signature.
 */
async function downloadPdf(
	this: IExecuteFunctions,
	pdfUrl: string,
	timeout: number,
	itemIndex: number,
): Promise<Buffer> {
	const fail = (message: string) =>
		new NodeOperationError(this.getNode(), message, {
			itemIndex,
			description: `Ginee made the document; its link is in pdfUrl: ${pdfUrl}`,
		});
	if (!/^https?:\/\//i.test(pdfUrl)) throw fail('Ginee gave no usable link to the PDF');
	let body: unknown;
	try {
		body = await this.helpers.httpRequest({
			method: 'GET',
			url: pdfUrl,
			encoding: 'arraybuffer',
			timeout,
		});
	} catch (error) {
		throw fail(`The PDF could not be downloaded: ${(error as Error).message}`);
	}
	const pdf = Buffer.isBuffer(body) ? body : Buffer.from(body as ArrayBuffer);
	if (pdf.length > MAX_PDF_BYTES) throw fail('The PDF is larger than 20 MB');
	if (pdf.subarray(0, 5).toString('latin1') !== '%PDF-')
		throw fail('What Ginee’s link gave is not a PDF');
	return pdf;
}

export async function execute(
	this: IExecuteFunctions,
	items: INodeExecutionData[],
): Promise<INodeExecutionData[]> {
	return await eachItem.call(this, items, async (itemIndex) => {
		const documentType = this.getNodeParameter('documentType', itemIndex, 'LABEL') as string;
		const download = this.getNodeParameter('download', itemIndex, true) as boolean;
		const { timeout } = this.getNodeParameter('options', itemIndex, {}) as IDataObject;
		// printing again gives the same document: retried like a read
		const { orderId, answer } = await callForOrder.call(this, itemIndex, {
			path: PRINT_ORDER_PATH,
			kind: 'read',
			extra: { documentType },
			refusal: (id) =>
				`Ginee has no ${documentType.toLowerCase()} to print for order ${id} yet. A shipping ` +
				'label exists once the order is arranged for shipment (Ship).',
		});
		const document = (answer.data ?? {}) as IDataObject;
		const json: IDataObject = {
			orderId: document.orderId ?? orderId,
			documentType,
			pdfUrl: document.pdfUrl ?? null,
			logisticsInfos: document.logisticsInfos ?? [],
		};
		if (!download) return json;
		const binaryPropertyName = String(
			this.getNodeParameter('binaryPropertyName', itemIndex, 'data'),
		).trim();
		if (!binaryPropertyName)
			throw new NodeOperationError(this.getNode(), "'Put Output File in Field' is empty", {
				itemIndex,
			});
		const pdf = await downloadPdf.call(
			this,
			String(json.pdfUrl ?? ''),
			clampTimeout(timeout),
			itemIndex,
		);
		const fileName = `${documentType.toLowerCase()}-${String(json.orderId)}.pdf`;
		const binary = await this.helpers.prepareBinaryData(pdf, fileName, 'application/pdf');
		return new WithBinary(json, { [binaryPropertyName]: binary });
	});
}
