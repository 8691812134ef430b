import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { NodeOperationError, sleep } from 'n8n-workflow';

import { eachItem } from '../../helpers/eachItem';
import { chunk } from '../../helpers/idList';
import { readOrderId } from '../../helpers/orderLookup';
import { clampTimeout, gineeApiRequest } from '../../transport';

export { option, properties } from './ship.description';

const BATCH_SHIPPING_PATH = '/openapi/order/v3/batchShipping';
const GET_SHIPPING_RESULT_PATH = '/openapi/order/v1/get-shipping-result';
/** Not published by Ginee; the node assumes 50 orders per ShipOrder call. */
export const ORDERS_PER_SHIP_CALL = 50;
const POLL_INTERVAL_MS = 1_000;
const DEFAULT_WAIT_SECONDS = 60;

const REQUIRED: Record<string, Array<[name: string, label: string]>> = {
	PICK_UP: [
		['addressId', 'Pick-Up Address ID'],
		['address', 'Pick-Up Address'],
		['pickupTimeId', 'Pick-Up Time ID'],
	],
	DROP_OFF: [],
	MANUAL_SHIP: [['trackingNo', 'Tracking Number']],
};

interface Shipment {
	orderId: string;
	body: IDataObject;
	timeout: number;
	waitSeconds: number;
}

type Result =
	| { status: 'SUCCESS' | 'FAILED' | 'PROCESSING'; taskId: string; errorMessage?: string }
	| { error: unknown };

function readShipment(this: IExecuteFunctions, itemIndex: number): Shipment {
	const orderId = readOrderId.call(this, itemIndex);
	const text = (name: string) => String(this.getNodeParameter(name, itemIndex, '') ?? '').trim();
	const deliveryType = this.getNodeParameter('deliveryType', itemIndex, 'PICK_UP') as string;
	if (!(deliveryType in REQUIRED))
		throw new NodeOperationError(
			this.getNode(),
			`'Delivery Type' must be PICK_UP, DROP_OFF or ` +
				`MANUAL_SHIP, got ${JSON.stringify(deliveryType)}`,
			{ itemIndex },
		);
	const body: IDataObject = { orderId, deliveryType };
	for (const [name, label] of [['shippingProviderId', 'Courier ID'], ...REQUIRED[deliveryType]]) {
		const value = text(name);
		if (!value)
			throw new NodeOperationError(
				this.getNode(),
				`'${label}' is required to ship by ${deliveryType} (Ginee field: ${name})`,
				{ itemIndex, description: 'Get Shipping Options lists what the order can take.' },
			);
		body[name] = value;
	}
	const options = this.getNodeParameter('options', itemIndex, {}) as IDataObject;
	for (const name of ['shipmentProvider', 'invoiceNumber']) {
		const value = String(options[name] ?? '').trim();
		if (value) body[name] = value;
	}
	const wait = Number(options.waitSeconds ?? DEFAULT_WAIT_SECONDS);
	return {
		orderId,
		body,
		timeout: clampTimeout(options.timeout),
		waitSeconds: Number.isFinite(wait) ? Math.min(300, Math.max(0, wait)) : DEFAULT_WAIT_SECONDS,
	};
}

/** Asks for each task's result until all are complete or the wait is over. */
async function waitForTasks(
	this: IExecuteFunctions,
	tasks: Map<string, string[]>,
	waitSeconds: number,
	timeout: number,
): Promise<Map<string, Result>> {
	const results = new Map<string, Result>();
	const open = new Set(tasks.keys());
	const rounds = Math.ceil((waitSeconds * 1000) / POLL_INTERVAL_MS) + 1;
	for (let round = 0; round < rounds && open.size > 0; round++) {
		if (round > 0) await sleep(POLL_INTERVAL_MS);
		for (const taskId of [...open]) {
			try {
				const answer = await gineeApiRequest.call(
					this,
					GET_SHIPPING_RESULT_PATH,
					{ taskId },
					{ kind: 'read', timeout },
				);
				const data = (answer.data ?? {}) as IDataObject;
				const details = Array.isArray(data.detailList) ? (data.detailList as IDataObject[]) : [];
				for (const detail of details) {
					const status = String(detail.status);
					results.set(String(detail.orderId), {
						status: status === 'SUCCESS' || status === 'FAILED' ? status : 'PROCESSING',
						taskId,
						errorMessage: detail.errorMessage ? String(detail.errorMessage) : undefined,
					});
				}
				if (data.complete === true) open.delete(taskId);
			} catch {
				// the shipment was taken: its result stays unknown (in progress), never "shipped"
				for (const orderId of tasks.get(taskId) ?? [])
					if (!results.has(orderId)) results.set(orderId, { status: 'PROCESSING', taskId });
			}
		}
	}
	for (const [taskId, orderIds] of tasks)
		for (const orderId of orderIds)
			if (!results.has(orderId)) results.set(orderId, { status: 'PROCESSING', taskId });
	return results;
}

/**
 * Sends the orders of all items 50 per ShipOrder call (an order given twice is shipped once), then
 * waits for Ginee's tasks, bounded by Wait for Result (the first item's). A call without an answer
 * is never sent again.
 */
export async function execute(
	this: IExecuteFunctions,
	items: INodeExecutionData[],
): Promise<INodeExecutionData[]> {
	const shipments = items.map((_, itemIndex) => {
		try {
			return readShipment.call(this, itemIndex);
		} catch (error) {
			return error as Error;
		}
	});
	const byOrder = new Map<string, Shipment>();
	for (const shipment of shipments)
		if (!(shipment instanceof Error) && !byOrder.has(shipment.orderId))
			byOrder.set(shipment.orderId, shipment);
	const first = [...byOrder.values()][0];
	const results = new Map<string, Result>();
	const tasks = new Map<string, string[]>();
	for (const batch of chunk([...byOrder.values()], ORDERS_PER_SHIP_CALL)) {
		const orderIds = batch.map((shipment) => shipment.orderId);
		try {
			const answer = await gineeApiRequest.call(
				this,
				BATCH_SHIPPING_PATH,
				{ orderShips: batch.map((shipment) => shipment.body) },
				{
					kind: 'write',
					itemIndex: shipments.indexOf(batch[0]),
					timeout: batch[0].timeout,
				},
			);
			const data = answer.data as IDataObject | string | null;
			const taskId = typeof data === 'string' ? data : String(data?.taskId ?? '');
			if (!taskId) throw new Error('Ginee took the shipment but gave no task ID to follow it');
			tasks.set(taskId, orderIds);
		} catch (error) {
			for (const orderId of orderIds) results.set(orderId, { error });
		}
	}
	if (tasks.size)
		for (const [orderId, result] of await waitForTasks.call(
			this,
			tasks,
			first.waitSeconds,
			first.timeout,
		))
			results.set(orderId, result);

	return await eachItem.call(this, items, async (itemIndex) => {
		const shipment = shipments[itemIndex];
		if (shipment instanceof Error) throw shipment;
		const result = results.get(shipment.orderId);
		if (!result) throw new Error(`No outcome for order ${shipment.orderId}`);
		if ('error' in result) throw result.error;
		const { orderId } = shipment;
		if (result.status === 'FAILED')
			throw new NodeOperationError(
				this.getNode(),
				`Ginee could not ship order ${orderId}: ${result.errorMessage ?? 'no reason given'}`,
				{ itemIndex, description: `Ginee's shipping task ${result.taskId}.` },
			);
		const deliveryType = shipment.body.deliveryType;
		if (result.status === 'SUCCESS')
			return { orderId, status: 'SUCCESS', shipped: true, deliveryType, taskId: result.taskId };
		return {
			orderId,
			status: 'PROCESSING',
			shipped: false,
			deliveryType,
			taskId: result.taskId,
			message:
				`Ginee was still shipping the order after ${first.waitSeconds} s. Do not ship it again: ` +
				'check it later with Get Details (status SHIPPING once done).',
		};
	});
}
