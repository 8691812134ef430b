import type {
	IDataObject,
	IExecuteFunctions,
	IN8nHttpFullResponse,
	INodeExecutionData,
} from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { isLoopbackHost } from '../../../../credentials/host';
import { clampTimeout } from '../../../shared/transport';
import { ENDPOINTS } from '../../../shared/transport/endpoints';
import { eachItem, WithBinary } from '../../helpers/eachItem';
import { callForOrder } from './orderLookup';

export { option, properties } from './printDocument.description';

const MAX_PDF_BYTES = 20 * 1024 * 1024;

const MAX_REDIRECTS = 3;

/** A link the node may fetch: https, or plain http only to this machine. */
function fetchableUrl(link: string, base?: URL): URL | undefined {
	if (!URL.canParse(link, base?.href)) return undefined;
	const url = new URL(link, base?.href);
	if (url.protocol === 'https:') return url;
	return url.protocol === 'http:' && isLoopbackHost(url.hostname) ? url : undefined;
}

class TooLarge extends Error {}

/** What n8n's request helper gives for `encoding: 'stream'`: a readable stream of bytes. */
interface ByteStream {
	on(event: 'data', listener: (chunk: Buffer) => void): unknown;
	on(event: 'error', listener: (error: Error) => void): unknown;
	on(event: 'end', listener: () => void): unknown;
	destroy(): unknown;
}

/**
 * The body, read until it ends and refused as soon as it passes `maxBytes`. A body that stalls
 * ends with the request's own (idle) timeout.
 */
async function readAtMost(body: ByteStream, maxBytes: number): Promise<Buffer> {
	return await new Promise<Buffer>((resolve, reject) => {
		const chunks: Buffer[] = [];
		let size = 0;
		body.on('data', (chunk: Buffer) => {
			size += chunk.length;
			if (size <= maxBytes) {
				chunks.push(chunk);
				return;
			}
			body.destroy();
			reject(new TooLarge());
		});
		body.on('error', (error: Error) => reject(error));
		body.on('end', () => resolve(Buffer.concat(chunks)));
	});
}

/**
 * The PDF behind Ginee's link. The link points at Ginee's file host, not its API: it is fetched
 * without the credential's signature, over https only (plain http only to this machine), following
 * redirects only on the same host, and read no further than 20 MB.
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
	let url = fetchableUrl(pdfUrl);
	if (!url) throw fail('Ginee gave no usable link to the PDF (an https:// address is needed)');
	const host = url.host;
	for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
		let response: IN8nHttpFullResponse;
		try {
			response = (await this.helpers.httpRequest({
				method: 'GET',
				url: url.href,
				encoding: 'stream',
				timeout,
				returnFullResponse: true,
				ignoreHttpStatusErrors: true,
				disableFollowRedirect: true,
			})) as IN8nHttpFullResponse;
		} catch (error) {
			throw fail(`The PDF could not be downloaded: ${(error as Error).message}`);
		}
		const body = response.body as ByteStream;
		const status = response.statusCode;
		if (status >= 300 && status < 400) {
			body.destroy?.();
			const location = String(response.headers?.location ?? '');
			const next = fetchableUrl(location, url);
			if (!next || next.host !== host)
				throw fail(
					`The PDF link redirects to ${location.slice(0, 200) || 'nowhere'}, which the node ` +
						`does not follow (only https on the same host, ${host})`,
				);
			url = next;
			continue;
		}
		if (status >= 400) {
			body.destroy?.();
			throw fail(`The PDF could not be downloaded: HTTP ${status}`);
		}
		if (Number(response.headers?.['content-length']) > MAX_PDF_BYTES) {
			body.destroy?.();
			throw fail('The PDF is larger than 20 MB');
		}
		let pdf: Buffer;
		try {
			pdf = await readAtMost(body, MAX_PDF_BYTES);
		} catch (error) {
			if (error instanceof TooLarge) throw fail('The PDF is larger than 20 MB');
			throw fail(`The PDF could not be downloaded: ${(error as Error).message}`);
		}
		if (pdf.subarray(0, 5).toString('latin1') !== '%PDF-')
			throw fail('What Ginee’s link gave is not a PDF');
		return pdf;
	}
	throw fail(`The PDF link redirects more than ${MAX_REDIRECTS} times`);
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
