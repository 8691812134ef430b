import type { ILoadOptionsFunctions, INodePropertyOptions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import {
	couriersFor,
	fetchShippingChoices,
	type ShippingChoices,
} from '../actions/order/shippingChoices';

/** A field of the node as the editor has it now: typed text, or undefined for an expression. */
function typedValue(this: ILoadOptionsFunctions, name: string): string | undefined {
	const value = this.getCurrentNodeParameter(name);
	const typed = typeof value === 'string' ? value.trim() : '';
	return typed.startsWith('=') ? undefined : typed;
}

/** The shipping options of the order in Order ID, for Ship's lists. */
async function choicesOfTypedOrder(this: ILoadOptionsFunctions): Promise<ShippingChoices> {
	const orderId = typedValue.call(this, 'orderId');
	if (orderId === undefined)
		throw new NodeOperationError(
			this.getNode(),
			'Order ID is an expression, so this list cannot know which order to show: type one order ' +
				'ID to choose from its list, or set this field by expression too',
		);
	if (!orderId)
		throw new NodeOperationError(
			this.getNode(),
			"Enter the Order ID first: the list shows that order's shipping options",
		);
	return await fetchShippingChoices.call(this, orderId);
}

/** Ship's Courier list: the order's couriers for the chosen Delivery Type. */
export async function getShipCouriers(
	this: ILoadOptionsFunctions,
): Promise<INodePropertyOptions[]> {
	const choices = await choicesOfTypedOrder.call(this);
	const deliveryType = typedValue.call(this, 'deliveryType') ?? '';
	return couriersFor(choices, deliveryType).map((courier) => ({
		name: courier.name,
		value: courier.id,
		description: `Courier ID ${courier.id}`,
	}));
}

/** Ship's Pick-Up Address list: the order's pick-up addresses. */
export async function getPickUpAddresses(
	this: ILoadOptionsFunctions,
): Promise<INodePropertyOptions[]> {
	const choices = await choicesOfTypedOrder.call(this);
	return choices.addresses.map((address) => ({
		name: address.address || address.id,
		value: address.id,
		description: `Address ID ${address.id}`,
	}));
}

/** Ship's Pick-Up Time list: the times the courier can come to the chosen address. */
export async function getPickUpTimes(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	const addressId = typedValue.call(this, 'addressId');
	if (!addressId)
		throw new NodeOperationError(
			this.getNode(),
			addressId === undefined
				? 'Pick-Up Address is an expression, so this list cannot know which address to show: ' +
					'set Pick-Up Time by expression too'
				: 'Choose the Pick-Up Address first: the times depend on it',
		);
	const choices = await choicesOfTypedOrder.call(this);
	const address = choices.addresses.find((candidate) => candidate.id === addressId);
	if (!address)
		throw new NodeOperationError(
			this.getNode(),
			`Address ${addressId} is not one of this order's pick-up addresses: choose it again`,
		);
	return address.times.map((time) => ({
		name: time.text,
		value: time.id,
		description: `Pick-up time ID ${time.id}`,
	}));
}
