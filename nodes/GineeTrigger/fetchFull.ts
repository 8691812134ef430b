import type { IDataObject, IWebhookFunctions } from 'n8n-workflow';

import { simplifyOrder } from '../shared/simplifyOrder';
import { gineeApiRequest } from '../shared/transport';
import { ENDPOINTS } from '../shared/transport/endpoints';
import type { GineeDelivery } from './delivery';

/** Ginee waits for the answer to its delivery meanwhile: one attempt, at most 5 s. */
const FETCH_TIMEOUT_MS = 5_000;

/** For an order event: the full order from GetOrderDetails, or the reason it could not be had. */
export async function fetchFullOrder(
	this: IWebhookFunctions,
	delivery: GineeDelivery,
	simplify: boolean,
): Promise<IDataObject> {
	const payload = delivery.payload as IDataObject | undefined;
	const orderId = payload?.orderId;
	if (typeof orderId !== 'string' || !orderId)
		return { order: null, fetchError: 'The delivery has no payload.orderId' };
	try {
		const answer = await gineeApiRequest.call(
			this,
			ENDPOINTS.GetOrderDetails,
			{ orderIds: [orderId] },
			{ kind: 'read', timeout: FETCH_TIMEOUT_MS, attempts: 1 },
		);
		const orders = Array.isArray(answer.data) ? (answer.data as unknown[]) : [];
		const order = orders.find(
			(candidate) => (candidate as IDataObject | null)?.orderId === orderId,
		) as IDataObject | undefined;
		if (order) return { order: simplify ? simplifyOrder(order) : order };
		return { order: null, fetchError: `Ginee did not return order ${orderId}` };
	} catch (error) {
		return { order: null, fetchError: (error as Error).message };
	}
}

/** A record Ginee gives by ID with a signed GET, under `key`; or null and why it is missing. */
async function fetchById(
	this: IWebhookFunctions,
	endpoint: string,
	query: IDataObject,
	key: string,
	label: string,
	pick: (data: unknown) => unknown = (data) => data,
): Promise<IDataObject> {
	try {
		const answer = await gineeApiRequest.call(
			this,
			endpoint,
			{},
			{ kind: 'read', method: 'GET', qs: query, timeout: FETCH_TIMEOUT_MS, attempts: 1 },
		);
		const record = pick(answer.data) as IDataObject | null | undefined;
		return record && typeof record === 'object' && !Array.isArray(record)
			? { [key]: record }
			: { [key]: null, fetchError: `Ginee did not return ${label}` };
	} catch (error) {
		return { [key]: null, fetchError: (error as Error).message };
	}
}

/** For a master product event: the product from GetMasterProductDetail, or why it is missing. */
export async function fetchFullProduct(
	this: IWebhookFunctions,
	delivery: GineeDelivery,
): Promise<IDataObject> {
	const payload = delivery.payload as IDataObject | undefined;
	const productId = payload?.masterProductId ?? payload?.productId;
	if (typeof productId !== 'string' || !productId)
		return { product: null, fetchError: 'The delivery has no payload.masterProductId' };
	return await fetchById.call(
		this,
		ENDPOINTS.GetMasterProductDetail,
		{ productId },
		'product',
		`product ${productId}`,
	);
}

/** How to fetch one kind of warehouse document for its events. */
interface DocumentRead {
	/** The payload fields that may hold its ID, in order; Ginee shows no payload for these events. */
	idFields: string[];
	endpoint: string;
	/** The query parameter that takes the ID. */
	query: string;
	/** The output field, and the words for messages: "inbound order". */
	key: string;
	noun: string;
	/** The record in Ginee's answer (GetOutboundOrder answers with a list). */
	pick?: (data: unknown, id: string) => unknown;
}

async function fetchFullDocument(
	this: IWebhookFunctions,
	delivery: GineeDelivery,
	read: DocumentRead,
): Promise<IDataObject> {
	const payload = (delivery.payload ?? {}) as IDataObject;
	const id = read.idFields.map((field) => payload[field]).find((value) => value != null);
	if ((typeof id !== 'string' && typeof id !== 'number') || id === '')
		return { [read.key]: null, fetchError: `The delivery has no payload.${read.idFields[0]}` };
	const pick = read.pick;
	return await fetchById.call(
		this,
		read.endpoint,
		{ [read.query]: String(id) },
		read.key,
		`${read.noun} ${id}`,
		pick ? (data) => pick(data, String(id)) : undefined,
	);
}

/** For an inbound order event: the inbound order from GetInboundOrder, or why it is missing. */
export async function fetchFullInboundOrder(
	this: IWebhookFunctions,
	delivery: GineeDelivery,
): Promise<IDataObject> {
	return await fetchFullDocument.call(this, delivery, {
		idFields: ['inboundOrderId', 'id'],
		endpoint: ENDPOINTS.GetInboundOrder,
		query: 'inboundOrderId',
		key: 'inboundOrder',
		noun: 'inbound order',
	});
}

/**
 * For an outbound order event: the outbound order from GetOutboundOrder asked by `id` (its page
 * offers it beside orderId; Ginee documents no other read of an outbound order), or why it is
 * missing. The answer is a list.
 */
export async function fetchFullOutboundOrder(
	this: IWebhookFunctions,
	delivery: GineeDelivery,
): Promise<IDataObject> {
	return await fetchFullDocument.call(this, delivery, {
		idFields: ['outboundOrderId', 'id'],
		endpoint: ENDPOINTS.GetOutboundOrder,
		query: 'id',
		key: 'outboundOrder',
		noun: 'outbound order',
		pick: (data, id) => {
			const records = (Array.isArray(data) ? data : [data]) as Array<IDataObject | null>;
			return records.find((record) => String(record?.id ?? '') === id) ?? records[0];
		},
	});
}
