import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { clampTimeout } from '../../../shared/transport';
import { downloadUnsigned } from '../../../shared/transport/download';
import { ENDPOINTS } from '../../../shared/transport/endpoints';
import { eachItem, WithBinary } from '../../helpers/eachItem';
import { callForOrder } from './orderLookup';

export { option, properties } from './printDocument.description';

const MAX_PDF_BYTES = 20 * 1024 * 1024;

/**
 * The PDF behind Ginee's link. The link points at Ginee's file host, not its API: it is fetched
 * without the credential's signature (shared/transport/download.ts says how), read no further
 * than 20 MB, and must be a PDF.
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
	const pdf = await downloadUnsigned.call(this, pdfUrl, {
		timeout,
		maxBytes: MAX_PDF_BYTES,
		what: 'the PDF',
		fail,
	});
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
			path: ENDPOINTS.PrintOrder,
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
