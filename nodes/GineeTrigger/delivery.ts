import type { IDataObject, IWebhookFunctions } from 'n8n-workflow';

import { parseExactJson } from '../shared/transport/exactJson';

/**
 * A webhook delivery as Ginee sends it (Web Hooks page): `id`, `entity`, `action`, `createAt`,
 * `userId`, `user`, `payload`, and whatever Ginee adds later. Only `id` is relied on.
 */
export interface GineeDelivery extends IDataObject {
	id: string;
}

type DeliveryCheck =
	| { valid: true; delivery: GineeDelivery }
	| { valid: false; status: number; problem: string };

export const MAX_DELIVERY_BYTES = 1024 * 1024;
const MAX_NESTING = 64;
const MAX_ID_LENGTH = 256;

const invalid = (problem: string, status = 400): DeliveryCheck => ({
	valid: false,
	status,
	problem,
});
const TOO_LARGE = `The body is larger than ${MAX_DELIVERY_BYTES} bytes`;

function isPlainObject(value: unknown): value is IDataObject {
	return value !== null && typeof value === 'object' && !Array.isArray(value);
}

const OPEN_BRACE = 0x7b;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACE = 0x7d;
const CLOSE_BRACKET = 0x5d;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;

/** How deeply the JSON text nests objects and arrays, counted in one pass without recursion. */
export function nestingDepth(text: string): number {
	let depth = 0;
	let deepest = 0;
	let inString = false;
	for (let index = 0; index < text.length; index++) {
		const char = text.charCodeAt(index);
		if (inString) {
			if (char === BACKSLASH) index++;
			else if (char === QUOTE) inString = false;
		} else if (char === QUOTE) {
			inString = true;
		} else if (char === OPEN_BRACE || char === OPEN_BRACKET) {
			depth++;
			if (depth > deepest) deepest = depth;
		} else if (char === CLOSE_BRACE || char === CLOSE_BRACKET) {
			depth--;
		}
	}
	return deepest;
}

function describe(value: unknown): string {
	if (Array.isArray(value)) return 'an array';
	return value === null ? 'null' : typeof value;
}

/**
 * Decides from the raw body alone whether it can be handled as a Ginee delivery. Liberal, since
 * Ginee documents no retries and a refused delivery may be lost for good: any JSON object of at
 * most 1 MiB, nested at most 64 deep, whose `id` is a non-empty string of at most 256 characters
 * (what de-duplication needs). Content-Type, `entity`, `action`, `createAt` and `payload` are not
 * checked.
 */
export function checkDelivery(rawBody: Buffer | undefined): DeliveryCheck {
	if (!rawBody || rawBody.length === 0)
		return invalid('The body is empty: expected a Ginee delivery as JSON');
	if (rawBody.length > MAX_DELIVERY_BYTES) return invalid(TOO_LARGE, 413);
	let text: string;
	try {
		text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(rawBody);
	} catch {
		return invalid('The body is not valid UTF-8 JSON');
	}
	if (nestingDepth(text) > MAX_NESTING)
		return invalid(`The body nests deeper than ${MAX_NESTING} levels`);
	let body: unknown;
	try {
		body = parseExactJson(text);
	} catch {
		return invalid('The body is not valid UTF-8 JSON');
	}
	if (!isPlainObject(body)) return invalid(`The body must be a JSON object, got ${describe(body)}`);
	const { id } = body;
	if (id === undefined) return invalid('Field "id" is missing');
	if (typeof id !== 'string' || id.trim() === '')
		return invalid('Field "id" must be a non-empty string');
	if (id.length > MAX_ID_LENGTH)
		return invalid(`Field "id" is longer than ${MAX_ID_LENGTH} characters`);
	return { valid: true, delivery: body as GineeDelivery };
}

/**
 * Reads the request's body (n8n unpacks gzip) and checks it. A body n8n cannot read (bad gzip, an
 * aborted upload, over n8n's own limit) is refused here: thrown out of webhook(), n8n would start
 * an execution with it.
 */
export async function readDelivery(
	req: ReturnType<IWebhookFunctions['getRequestObject']>,
): Promise<DeliveryCheck> {
	if (Number(req.headers['content-length'] ?? 0) > MAX_DELIVERY_BYTES)
		return invalid(TOO_LARGE, 413);
	try {
		await req.readRawBody();
	} catch (error) {
		return (error as { type?: string }).type === 'entity.too.large'
			? invalid(TOO_LARGE, 413)
			: invalid('The body could not be read');
	}
	return checkDelivery(req.rawBody);
}

const textOf = (value: unknown) => (typeof value === 'string' ? value.trim() : '');

/**
 * `entity.ACTION` as used in the Events option, e.g. `delivery-order.UPDATE`: entity in lower case,
 * action in upper case, so `Order`/`order` and `update`/`UPDATE` match alike. Undefined without
 * both.
 */
export function eventName(delivery: IDataObject): string | undefined {
	const entity = textOf(delivery.entity).toLowerCase();
	const action = textOf(delivery.action).toUpperCase();
	return entity && action ? `${entity}.${action}` : undefined;
}

/** Normalises a selected event the same way (`Delivery-Order.update` → `delivery-order.UPDATE`). */
function normalizeEvent(event: string): string {
	const dot = event.lastIndexOf('.');
	if (dot <= 0) return event.trim();
	return `${event.slice(0, dot).trim().toLowerCase()}.${event
		.slice(dot + 1)
		.trim()
		.toUpperCase()}`;
}

/** The events a Custom Events field names: `entity.ACTION` or `entity.*`, comma-separated. */
export function customEvents(text: unknown): string[] {
	return String(text ?? '')
		.split(/[,;\n]/)
		.map((event) => event.trim())
		.filter((event) => event !== '');
}

/**
 * Why a delivery is not selected, or undefined when it is. An event `entity.*` selects every action
 * of the entity.
 */
export function notSelectedReason(delivery: IDataObject, events: string[]): string | undefined {
	if (events.includes('*')) return undefined;
	const name = eventName(delivery);
	if (!name) return 'a delivery without entity and action matches only Any Event';
	const entity = name.slice(0, name.lastIndexOf('.'));
	const selects = (event: string) => {
		const normalized = normalizeEvent(event);
		return normalized === name || normalized === `${entity}.*`;
	};
	if (events.some(selects)) return undefined;
	return `${name} is not selected`;
}

/**
 * The delivery as workflow data: every field as sent, or the payload alone (when it is an object).
 */
export function deliveryOutput(delivery: GineeDelivery, payloadOnly: boolean): IDataObject {
	if (payloadOnly && isPlainObject(delivery.payload)) return delivery.payload;
	return delivery;
}
