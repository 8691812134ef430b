import type { IDataObject } from 'n8n-workflow';

/** A web-hook delivery as Ginee sends it (Web Hooks page). */
export interface GineeDelivery extends IDataObject {
	id: string;
	entity: string;
	action: string;
	createAt?: string;
	userId?: string;
	payload: IDataObject;
}

export type DeliveryCheck = { valid: true; delivery: GineeDelivery } | { valid: false; status: number; problem: string };

export const MAX_DELIVERY_BYTES = 1024 * 1024;

const invalid = (problem: string, status = 400): DeliveryCheck => ({ valid: false, status, problem });

function isPlainObject(value: unknown): value is IDataObject {
	return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/**
 * Decides from the raw request alone whether it is a Ginee delivery: a JSON object of at most
 * 1 MiB with string `id`, `entity` and `action` and an object `payload`.
 */
export function checkDelivery(contentType: string | undefined, rawBody: Buffer | undefined): DeliveryCheck {
	if (!rawBody || rawBody.length === 0) return invalid('The body is empty: expected a Ginee delivery as JSON');
	if (rawBody.length > MAX_DELIVERY_BYTES) return invalid(`The body is larger than ${MAX_DELIVERY_BYTES} bytes`, 413);
	if (!/\bjson\b/i.test(contentType ?? '')) return invalid(`Content-Type must be application/json, got "${contentType ?? ''}"`, 415);
	let body: unknown;
	try {
		body = JSON.parse(new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(rawBody));
	} catch {
		return invalid('The body is not valid UTF-8 JSON');
	}
	if (!isPlainObject(body)) return invalid(`The body must be a JSON object, got ${Array.isArray(body) ? 'an array' : typeof body === 'object' ? 'null' : typeof body}`);
	for (const field of ['id', 'entity', 'action']) {
		const value = body[field];
		if (value === undefined) return invalid(`Field "${field}" is missing`);
		if (typeof value !== 'string' || value.trim() === '') return invalid(`Field "${field}" must be a non-empty string`);
	}
	if (body.payload === undefined) return invalid('Field "payload" is missing');
	if (!isPlainObject(body.payload)) return invalid('Field "payload" must be an object');
	if (body.createAt !== undefined && body.createAt !== null && typeof body.createAt !== 'string') {
		return invalid('Field "createAt" must be a string timestamp');
	}
	return { valid: true, delivery: body as GineeDelivery };
}

/** `entity.ACTION` as used in the Events option, e.g. `delivery-order.UPDATE`. */
export function eventName(delivery: GineeDelivery): string {
	return `${delivery.entity}.${delivery.action.toUpperCase()}`;
}

export function isSelected(delivery: GineeDelivery, events: string[]): boolean {
	return events.includes('*') || events.includes(eventName(delivery));
}

/** The delivery as workflow data: envelope fields at the top, payload beside them. */
export function deliveryOutput(delivery: GineeDelivery, payloadOnly: boolean): IDataObject {
	if (payloadOnly) return delivery.payload;
	const { id, entity, action, createAt = null, userId = null, payload } = delivery;
	return { id, entity, action, createAt, userId, payload };
}
