import type { IExecuteFunctions, IN8nHttpFullResponse } from 'n8n-workflow';

import { isLoopbackHost } from '../../../credentials/host';
import { ssrfAdvice, ssrfBlock } from './errors';

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

interface DownloadOptions {
	timeout: number;
	maxBytes: number;
	/** What is downloaded, for the messages: "the PDF". */
	what: string;
	/** The error for the item, from a message. */
	fail: (message: string) => Error;
}

/**
 * A file Ginee links to (a printed document on its file host, not its API): fetched without the
 * credential's signature, over https only (plain http only to this machine), following redirects
 * only on the same host, and read no further than `maxBytes`.
 */
export async function downloadUnsigned(
	this: IExecuteFunctions,
	link: string,
	{ timeout, maxBytes, what, fail }: DownloadOptions,
): Promise<Buffer> {
	const What = `${what[0].toUpperCase()}${what.slice(1)}`;
	const tooLarge = `${What} is larger than ${Math.round(maxBytes / 1024 / 1024)} MB`;
	let url = fetchableUrl(link);
	if (!url) throw fail(`Ginee gave no usable link to ${what} (an https:// address is needed)`);
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
			const blocked = ssrfBlock(error);
			if (blocked) throw fail(`${What} could not be downloaded: ${ssrfAdvice(url.host, blocked)}`);
			throw fail(`${What} could not be downloaded: ${(error as Error).message}`);
		}
		const body = response.body as ByteStream;
		const status = response.statusCode;
		if (status >= 300 && status < 400) {
			body.destroy?.();
			const location = String(response.headers?.location ?? '');
			const next = fetchableUrl(location, url);
			if (!next || next.host !== host)
				throw fail(
					`${What} link redirects to ${location.slice(0, 200) || 'nowhere'}, which the node ` +
						`does not follow (only https on the same host, ${host})`,
				);
			url = next;
			continue;
		}
		if (status >= 400) {
			body.destroy?.();
			throw fail(`${What} could not be downloaded: HTTP ${status}`);
		}
		if (Number(response.headers?.['content-length']) > maxBytes) {
			body.destroy?.();
			throw fail(tooLarge);
		}
		try {
			return await readAtMost(body, maxBytes);
		} catch (error) {
			if (error instanceof TooLarge) throw fail(tooLarge);
			throw fail(`${What} could not be downloaded: ${(error as Error).message}`);
		}
	}
	throw fail(`${What} link redirects more than ${MAX_REDIRECTS} times`);
}
