import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { NodeOperationError, jsonParse } from 'n8n-workflow';

import { clampTimeout, gineeApiRequest } from '../../../shared/transport';
import { ENDPOINTS } from '../../../shared/transport/endpoints';
import { asNodeError } from '../../../shared/transport/errors';
import { WriteLedger } from '../../helpers/writes';
import {
	ManualOrderFieldError,
	validateManualOrderBody,
	type ManualOrderMode,
} from './manualOrderBody';

/** Ginee's name for the endpoint each mode calls. */
const ENDPOINT_NAMES: Record<ManualOrderMode, 'CreateManualOrder' | 'UpdateManualOrder'> = {
	create: 'CreateManualOrder',
	update: 'UpdateManualOrder',
};

const NOT_JSON = Symbol('not JSON');

function fromJson(value: unknown, field: string, label: string): unknown {
	if (typeof value !== 'string') return value;
	if (value.trim() === '') return undefined;
	const parsed = jsonParse<unknown>(value, { fallbackValue: NOT_JSON });
	if (parsed === NOT_JSON) throw new ManualOrderFieldError(field, 'is not valid JSON', label);
	return parsed;
}

/** The request body from the node's fields, in the request table's shape. */
function bodyFromFields(
	this: IExecuteFunctions,
	itemIndex: number,
	mode: ManualOrderMode,
): IDataObject {
	const parameter = (name: string, fallback: unknown = '') =>
		this.getNodeParameter(name, itemIndex, fallback);
	const additional = parameter('additionalFields', {}) as IDataObject;
	const single = (collection: unknown, key: string) =>
		(collection as IDataObject | undefined)?.[key];
	return {
		...(mode === 'update'
			? { id: parameter('id') }
			: { shopId: this.getNodeParameter('shopId', itemIndex, '', { extractValue: true }) }),
		externalOrderSn: parameter('externalOrderSn'),
		customerName: parameter('customerName'),
		customerEmail: parameter('customerEmail'),
		customerMobile: parameter('customerMobile'),
		paymentMethod: parameter('paymentMethod'),
		payAmount: parameter('payAmount'),
		payAtDatetime: parameter('payAtDatetime'),
		orderItems: single(parameter('orderItems', {}), 'item') ?? [],
		shippingAddress: single(parameter('shippingAddress', {}), 'address'),
		senderAddress: single(additional.senderAddress, 'address'),
		logisticsInfos: single(additional.logisticsInfos, 'info'),
		deleteOrderItemIds: additional.deleteOrderItemIds,
		orderPayment: single(additional.orderPayment, 'payment'),
		orderPayRecord: single(additional.orderPayRecord, 'record'),
		payRecords: fromJson(additional.payRecords, 'payRecords', "'Payment Records (JSON)'") as
			| IDataObject[]
			| undefined,
		noteByBuyer: additional.noteByBuyer,
		noteBySeller: additional.noteBySeller,
	};
}

function requestBody(
	this: IExecuteFunctions,
	itemIndex: number,
	mode: ManualOrderMode,
): IDataObject {
	try {
		let body: unknown;
		if (this.getNodeParameter('bodySource', itemIndex) === 'json') {
			body = fromJson(this.getNodeParameter('jsonBody', itemIndex), 'body', "'JSON Body'");
			if (body === null || typeof body !== 'object' || Array.isArray(body)) {
				throw new ManualOrderFieldError('body', 'must be a JSON object', "'JSON Body'");
			}
		} else {
			body = bodyFromFields.call(this, itemIndex, mode);
		}
		return validateManualOrderBody(body as IDataObject, this.getTimezone(), mode);
	} catch (error) {
		if (!(error instanceof ManualOrderFieldError))
			throw asNodeError(this.getNode(), error, itemIndex);
		throw new NodeOperationError(this.getNode(), error.message, {
			itemIndex,
			description:
				`The field is ${error.field} in Ginee's ` +
				`${ENDPOINT_NAMES[mode]} request (input item ${itemIndex + 1}).`,
		});
	}
}

/**
 * Create Manual Order and Update Manual Order: every item's request checked before the first is
 * sent, then one call per item, sent once.
 */
export async function executeManualOrder(
	this: IExecuteFunctions,
	items: INodeExecutionData[],
	mode: ManualOrderMode,
): Promise<INodeExecutionData[]> {
	const ledger = WriteLedger.check(
		this,
		items,
		(itemIndex) => requestBody.call(this, itemIndex, mode),
		(body) => `order ${String(body.id ?? body.externalOrderSn)}`,
	);
	await ledger.sendEach(async ({ write: body, itemIndexes: [itemIndex] }) => {
		const options = this.getNodeParameter('options', itemIndex, {}) as IDataObject;
		const answer = await gineeApiRequest.call(this, ENDPOINTS[ENDPOINT_NAMES[mode]], body, {
			kind: 'write',
			timeout: clampTimeout(options.timeout),
			itemIndex,
		});
		const orderId = typeof answer.data === 'string' ? answer.data : (body.id ?? null);
		if (mode === 'update') return { orderId, transactionId: answer.transactionId ?? null };
		return {
			orderId,
			externalOrderSn: body.externalOrderSn,
			shopId: body.shopId,
			transactionId: answer.transactionId ?? null,
		};
	});
	return ledger.finish();
}
