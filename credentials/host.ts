const DEFAULT_GINEE_HOST = 'https://api.ginee.com';

const LOOPBACK = /^(localhost|127(?:\.\d{1,3}){3}|\[::1\])$/i;

/** Whether a URL's hostname is this machine (where plain http is allowed). */
export function isLoopbackHost(hostname: string): boolean {
	return LOOPBACK.test(hostname);
}

/** A Host field that cannot be used, in words that say how to fix it. */
export class GineeHostError extends Error {}

/**
 * The origin of the credential's Host (e.g. `https://api.ginee.com`). Only https, or http to this
 * machine (a local emulator), so a signature never travels in clear text over a network.
 */
export function gineeOrigin(host: unknown): string {
	const text = String(host ?? '').trim() || DEFAULT_GINEE_HOST;
	if (!/^https?:\/\//i.test(text)) {
		throw new GineeHostError(
			`'Host' must start with https:// (for example ${DEFAULT_GINEE_HOST}), got "${text}"`,
		);
	}
	if (!URL.canParse(text)) throw new GineeHostError(`'Host' is not a valid address: "${text}"`);
	const url = new URL(text);
	if (url.protocol === 'http:' && !isLoopbackHost(url.hostname)) {
		throw new GineeHostError(
			`'Host' must use https:// (plain http:// is allowed only for this machine, e.g. ` +
				`http://127.0.0.1), got "${text}"`,
		);
	}
	return url.origin;
}
