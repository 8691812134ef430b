import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { chunk } from '../../../shared/idList';
import { clampTimeout, gineeApiRequest } from '../../../shared/transport';
import { ENDPOINTS, PER_CALL } from '../../../shared/transport/endpoints';
import { followTasks, readWaitSeconds } from '../../helpers/backgroundTasks';
import { markMayHaveBeenApplied, WriteLedger } from '../../helpers/writes';
import { VERSION_1_1 } from '../common/versions';
import { readOrderId } from './orderLookup';
import { fetchShippingChoices, type PickUpAddress, type ShippingChoices } from './shippingChoices';

export { option, properties } from './ship.description';

type Field = [name: string, label: string];

/** What each delivery type needs, labelled as each version shows it. */
function requiredFields(deliveryType: string, version: number): Field[] | undefined {
	const listed = version >= VERSION_1_1;
	const courier: Field = ['shippingProviderId', listed ? 'Courier' : 'Courier ID'];
	if (deliveryType === 'DROP_OFF') return [courier];
	if (deliveryType === 'MANUAL_SHIP') return [courier, ['trackingNo', 'Tracking Number']];
	if (deliveryType !== 'PICK_UP') return undefined;
	// From 1.1 the address text comes from the order's shipping options (fillPickUpAddresses)
	return listed
		? [courier, ['addressId', 'Pick-Up Address'], ['pickupTimeId', 'Pick-Up Time']]
		: [
				courier,
				['addressId', 'Pick-Up Address ID'],
				['address', 'Pick-Up Address'],
				['pickupTimeId', 'Pick-Up Time ID'],
			];
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
	const required = requiredFields(deliveryType, this.getNode().typeVersion);
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
 * From version 1.1: each Pick Up's address and time are checked against its order's shipping
 * options (read once per order) and the address text Ginee needs is taken from them. An item whose
 * options cannot be read, or whose choice is not among them, fails before anything is sent.
 */
async function fillPickUpAddresses(
	this: IExecuteFunctions,
	shipments: Array<Shipment | undefined>,
	ledger: WriteLedger,
): Promise<void> {
	const choicesByOrder = new Map<string, ShippingChoices | Error>();
	for (const [itemIndex, shipment] of shipments.entries()) {
		if (!shipment || !ledger.isPending(itemIndex) || shipment.body.deliveryType !== 'PICK_UP')
			continue;
		const { orderId, body } = shipment;
		if (!choicesByOrder.has(orderId)) {
			try {
				choicesByOrder.set(
					orderId,
					await fetchShippingChoices.call(this, orderId, shipment.timeout),
				);
			} catch (error) {
				choicesByOrder.set(orderId, error as Error);
			}
		}
		const choices = choicesByOrder.get(orderId) as ShippingChoices | Error;
		if (choices instanceof Error) {
			ledger.reject(itemIndex, choices);
			continue;
		}
		const chosen = chosenPickUp(choices, shipment);
		if (typeof chosen === 'string')
			ledger.reject(itemIndex, new NodeOperationError(this.getNode(), chosen));
		else body.address = chosen.address;
	}
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
 * Checks every item first, then sends the orders 50 per ShipOrder call (an order given twice is
 * shipped once) and waits for Ginee's tasks, at most Wait for Result (the first item's) from the
 * last call's answer. A call without an answer is never sent again. Without Continue On Fail, a
 * failed call stops further calls; the tasks already taken are still followed.
 */
export async function execute(
	this: IExecuteFunctions,
	items: INodeExecutionData[],
): Promise<INodeExecutionData[]> {
	const { ledger, writes: shipments } = WriteLedger.check(
		this,
		items,
		(itemIndex) => readShipment.call(this, itemIndex),
		(shipment) => `order ${shipment.orderId}`,
	);
	const byOrder = new Map<string, Shipment>();
	const itemsOf = (orderId: string) =>
		shipments.flatMap((shipment, itemIndex) =>
			shipment?.orderId === orderId && ledger.isPending(itemIndex) ? [itemIndex] : [],
		);
	if (this.getNode().typeVersion >= VERSION_1_1) {
		await fillPickUpAddresses.call(this, shipments, ledger);
		ledger.stopIfAnyInvalid();
	}
	shipments.forEach((shipment, itemIndex) => {
		if (shipment && ledger.isPending(itemIndex) && !byOrder.has(shipment.orderId))
			byOrder.set(shipment.orderId, shipment);
	});
	const first = [...byOrder.values()][0];
	const tasks = new Map<string, string[]>();
	for (const batch of chunk([...byOrder.values()], PER_CALL.shipOrders)) {
		if (!ledger.mayGoOn) break;
		const orderIds = batch.map((shipment) => shipment.orderId);
		try {
			const answer = await gineeApiRequest.call(
				this,
				ENDPOINTS.ShipOrder,
				{ orderShips: batch.map((shipment) => shipment.body) },
				{ kind: 'write', itemIndex: shipments.indexOf(batch[0]), timeout: batch[0].timeout },
			);
			const data = answer.data as IDataObject | string | null;
			const taskId = typeof data === 'string' ? data : String(data?.taskId ?? '');
			if (!taskId)
				throw markMayHaveBeenApplied(
					new NodeOperationError(
						this.getNode(),
						'Ginee took the shipment but gave no task ID to follow it',
						{ description: 'Check the orders with Get Details before shipping them again.' },
					),
				);
			tasks.set(taskId, orderIds);
		} catch (error) {
			for (const orderId of orderIds)
				for (const itemIndex of itemsOf(orderId)) ledger.record(itemIndex, error as Error);
		}
	}
	if (tasks.size) {
		const results = await waitForTasks.call(this, tasks, first.waitSeconds, first.timeout);
		for (const [orderId, result] of results)
			for (const itemIndex of itemsOf(orderId))
				ledger.record(
					itemIndex,
					shipOutcome.call(this, shipments[itemIndex] as Shipment, result, first.waitSeconds),
				);
	}
	return ledger.finish();
}
