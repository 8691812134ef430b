import { createHmac } from 'node:crypto';

/** Ginee signs `METHOD$PATH$`: the upper-case method and the URL path, without host or query. */
function gineeStringToSign(method: string, path: string): string {
	return `${method.toUpperCase()}$${path}$`;
}

export function gineeSignature(secretKey: string, method: string, path: string): string {
	return createHmac('sha256', secretKey)
		.update(gineeStringToSign(method, path), 'utf8')
		.digest('base64');
}

function isAbsoluteUrl(url: string): boolean {
	return /^[a-z][a-z\d+\-.]*:\/\//i.test(url);
}

/**
 * The URL a request will really hit, however n8n describes it: a full `url` (or the legacy `uri`),
 * or `baseURL` + a relative `url` joined the way axios joins them. Undefined when it has no host.
 */
export function requestUrl(request: {
	url?: string;
	uri?: string;
	baseURL?: string;
}): URL | undefined {
	const target = request.url ?? request.uri ?? '';
	let absolute = target;
	if (!isAbsoluteUrl(target)) {
		const base = request.baseURL ?? '';
		absolute = target ? `${base.replace(/\/+$/, '')}/${target.replace(/^\/+/, '')}` : base;
	}
	try {
		return isAbsoluteUrl(absolute) ? new URL(absolute) : undefined;
	} catch {
		return undefined;
	}
}

export function gineeAuthorization(
	accessKey: string,
	secretKey: string,
	method: string | undefined,
	path: string,
): string {
	return `${accessKey}:${gineeSignature(secretKey, method ?? 'GET', path)}`;
}
