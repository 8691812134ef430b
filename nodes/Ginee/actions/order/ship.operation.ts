import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { clampTimeout, gineeApiRequest } from '../../../shared/transport';
import { ENDPOINTS, PER_CALL } from '../../../shared/transport/endpoints';
import { followTasks, readWaitSeconds } from '../../helpers/backgroundTasks';
import { planCalls } from '../../helpers/callPlan';
import { taskIdOf, WriteLedger } from '../../helpers/writes';
import { readOrderId } from './orderLookup';
import {
	fetchShippingChoices,
	type PickUpAddress,
	type ShippingChoices,
} from '../../helpers/shippingChoices';

export { option, properties } from './ship.description';

type Field = [name: string, label: string];

/**
 * What each delivery type needs, labelled as the panel shows it. A pick-up's address text comes
 * from the order's shipping options (see execute).
 */
function requiredFields(deliveryType: string): Field[] | undefined {
	const courier: Field = ['shippingProviderId', 'Courier'];
	if (deliveryType === 'DROP_OFF') return [courier];
	if (deliveryType === 'MANUAL_SHIP') return [courier, ['trackingNo', 'Tracking Number']];
	if (deliveryType !== 'PICK_UP') return undefined;
	return [courier, ['addressId', 'Pick-Up Address'], ['pickupTimeId', 'Pick-Up Time']];
}

interface Shipment {
	orderId: string;
	body: IDataObject;
	timeout: number;
	waitSeconds: number;
}

interface Result {
	status: 'SUCCESS' | 'FAILED' | 'PROCESSING';
	taskId: string;
	errorMessage?: string;
}

function readShipment(this: IExecuteFunctions, itemIndex: number): Shipment {
	const orderId = readOrderId.call(this, itemIndex);
	const text = (name: string) => String(this.getNodeParameter(name, itemIndex, '') ?? '').trim();
	const deliveryType = this.getNodeParameter('deliveryType', itemIndex, 'PICK_UP') as string;
	const required = requiredFields(deliveryType);
	if (!required)
		throw new NodeOperationError(
			this.getNode(),
			`'Delivery Type' must be PICK_UP, DROP_OFF or ` +
				`MANUAL_SHIP, got ${JSON.stringify(deliveryType)}`,
			{ itemIndex },
		);
	const body: IDataObject = { orderId, deliveryType };
	for (const [name, label] of required) {
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
	return {
		orderId,
		body,
		timeout: clampTimeout(options.timeout),
		waitSeconds: readWaitSeconds(options),
	};
}

/**
 * The shipping options of each order shipped by Pick Up, read once per order; an order whose
 * options cannot be read keeps the error (only its items fail).
 */
async function readPickUpChoices(
	this: IExecuteFunctions,
	pending: Array<{ write: Shipment }>,
): Promise<Map<string, ShippingChoices | Error>> {
	const choicesByOrder = new Map<string, ShippingChoices | Error>();
	for (const { write: shipment } of pending) {
		const { orderId } = shipment;
		if (shipment.body.deliveryType !== 'PICK_UP' || choicesByOrder.has(orderId)) continue;
		try {
			choicesByOrder.set(orderId, await fetchShippingChoices.call(this, orderId, shipment.timeout));
		} catch (error) {
			choicesByOrder.set(orderId, error as Error);
		}
	}
	return choicesByOrder;
}

/** The Pick Up's address among its order's shipping options, or why its address or time is not. */
function chosenPickUp(
	choices: ShippingChoices,
	{ orderId, body }: Shipment,
): PickUpAddress | string {
	const address = choices.addresses.find((candidate) => candidate.id === body.addressId);
	if (!address)
		return (
			`'Pick-Up Address' ${String(body.addressId)} is not one of order ${orderId}'s pick-up ` +
			`addresses (${choices.addresses.map((known) => known.id).join(', ') || 'none'})`
		);
	if (!address.times.some((time) => time.id === body.pickupTimeId))
		return (
			`'Pick-Up Time' ${String(body.pickupTimeId)} is not offered for order ${orderId} at ` +
			`address ${address.id} (${address.times.map((time) => time.id).join(', ') || 'none'})`
		);
	return address;
}

/** Each order's shipping result, from Ginee's tasks as far as they got within Wait for Result. */
async function waitForTasks(
	this: IExecuteFunctions,
	tasks: Map<string, string[]>,
	waitSeconds: number,
	timeout: number,
): Promise<Map<string, Result>> {
	const results = new Map<string, Result>();
	await followTasks([...tasks.keys()], waitSeconds, async (taskId, deadline) => {
		const answer = await gineeApiRequest.call(
			this,
			ENDPOINTS.GetShippingResult,
			{ taskId },
			{ kind: 'read', timeout, deadline, attempts: 1 },
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
		return { done: data.complete === true };
	});
	for (const [taskId, orderIds] of tasks)
		for (const orderId of orderIds)
			if (!results.has(orderId)) results.set(orderId, { status: 'PROCESSING', taskId });
	return results;
}

/** One item's outcome from its order's shipping result. */
function shipOutcome(
	this: IExecuteFunctions,
	shipment: Shipment,
	result: Result,
	waitSeconds: number,
): IDataObject | Error {
	const { orderId } = shipment;
	const deliveryType = shipment.body.deliveryType;
	if (result.status === 'FAILED')
		return new NodeOperationError(
			this.getNode(),
			`Ginee could not ship order ${orderId}: ${result.errorMessage ?? 'no reason given'}`,
			{ description: `Ginee's shipping task ${result.taskId}.` },
		);
	if (result.status === 'SUCCESS')
		return { orderId, status: 'SUCCESS', shipped: true, deliveryType, taskId: result.taskId };
	return {
		orderId,
		status: 'PROCESSING',
		shipped: false,
		deliveryType,
		taskId: result.taskId,
		message:
			`Ginee was still shipping the order after ${waitSeconds} s. Do not ship it again: ` +
			'check it later with Get Details (status SHIPPING once done).',
	};
}

/**
 * Checks every item first (a Pick Up's address and time against its order's
 * shipping options, which give the address text Ginee needs), then sends the orders
 * PER_CALL.shipOrders a ShipOrder call (an order given twice is shipped once) and waits for
 * Ginee's tasks, at most Wait for Result (the first item's) from the last call's answer.
 */
export async function execute(
	this: IExecuteFunctions,
	items: INodeExecutionData[],
): Promise<INodeExecutionData[]> {
	const ledger = WriteLedger.check(
		this,
		items,
		(itemIndex) => readShipment.call(this, itemIndex),
		(shipment) => `order ${shipment.orderId}`,
	);
	const choices = await ledger.lookUp(
		async (pending) => await readPickUpChoices.call(this, pending),
		new Map<string, ShippingChoices | Error>(),
	);
	await ledger.checkEach((shipment) => {
		if (shipment.body.deliveryType !== 'PICK_UP') return;
		const orderChoices = choices.get(shipment.orderId) as ShippingChoices | Error;
		if (orderChoices instanceof Error) throw orderChoices;
		const chosen = chosenPickUp(orderChoices, shipment);
		if (typeof chosen === 'string') throw new NodeOperationError(this.getNode(), chosen);
		shipment.body.address = chosen.address;
	});
	const units = ledger.units((shipment) => shipment.orderId);
	const first = units[0]?.write;
	const tasks = await ledger.startTasks(planCalls(units, PER_CALL.shipOrders), async (call) => {
		const answer = await gineeApiRequest.call(
			this,
			ENDPOINTS.ShipOrder,
			{ orderShips: call.map(({ write }) => write.body) },
			{ kind: 'write', itemIndex: call[0].itemIndexes[0], timeout: call[0].write.timeout },
		);
		return taskIdOf.call(this, answer.data, {
			what: 'shipment',
			check: 'Check the orders with Get Details',
		});
	});
	if (tasks.size === 0) return ledger.finish();
	const taskOrders = new Map(
		[...tasks].map(([taskId, call]) => [taskId, call.map(({ write }) => write.orderId)]),
	);
	const results = await waitForTasks.call(this, taskOrders, first.waitSeconds, first.timeout);
	for (const call of tasks.values())
		for (const unit of call)
			ledger.settle(
				unit,
				shipOutcome.call(
					this,
					unit.write,
					results.get(unit.write.orderId) as Result,
					first.waitSeconds,
				),
			);
	return ledger.finish();
}
