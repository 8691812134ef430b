import type { ILoadOptionsFunctions, INodePropertyOptions } from 'n8n-workflow';

import {
	couriersFor,
	fetchShippingChoices,
	type ShippingChoices,
} from '../helpers/shippingChoices';

/** A field of the node as the editor has it now: typed text, or undefined for an expression. */
function typedValue(this: ILoadOptionsFunctions, name: string): string | undefined {
	const value = this.getCurrentNodeParameter(name);
	const typed = typeof value === 'string' ? value.trim() : '';
	return typed.startsWith('=') ? undefined : typed;
}

/**
 * What a list shows while a field it depends on is empty, an expression or not (yet) an order Ginee
 * knows: one entry saying what to do (never an error, which n8n keeps showing after the field is
 * filled), worth nothing if chosen.
 */
const fillFirst = (hint: string): INodePropertyOptions[] => [{ name: hint, value: '' }];

/** The shipping options of the order in Order ID, for Ship's lists; or what to fill first. */
async function choicesOfTypedOrder(
	this: ILoadOptionsFunctions,
): Promise<ShippingChoices | INodePropertyOptions[]> {
	const orderId = typedValue.call(this, 'orderId');
	if (orderId === undefined)
		return fillFirst(
			'Order ID is an expression: set this field by expression too (or type one order ID)',
		);
	if (!orderId) return fillFirst("Enter the Order ID first: this lists that order's options");
	try {
		return await fetchShippingChoices.call(this, orderId);
	} catch (error) {
		// n8n asks again while the ID is typed: a half-typed ID's refusal must not stick either
		return fillFirst(`No options for order ${orderId}: ${(error as Error).message}`.slice(0, 200));
	}
}

/** Ship's Courier list: the order's couriers for the chosen Delivery Type. */
export async function getShipCouriers(
	this: ILoadOptionsFunctions,
): Promise<INodePropertyOptions[]> {
	const choices = await choicesOfTypedOrder.call(this);
	if (Array.isArray(choices)) return choices;
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
	if (Array.isArray(choices)) return choices;
	return choices.addresses.map((address) => ({
		name: address.address || address.id,
		value: address.id,
		description: `Address ID ${address.id}`,
	}));
}

/** Ship's Pick-Up Time list: the times the courier can come to the chosen address. */
export async function getPickUpTimes(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	const addressId = typedValue.call(this, 'addressId');
	if (addressId === undefined)
		return fillFirst('Pick-Up Address is an expression: set Pick-Up Time by expression too');
	if (!addressId) return fillFirst('Choose the Pick-Up Address first: the times depend on it');
	const choices = await choicesOfTypedOrder.call(this);
	if (Array.isArray(choices)) return choices;
	const address = choices.addresses.find((candidate) => candidate.id === addressId);
	if (!address)
		return fillFirst(`Address ${addressId} is not one of this order's: choose the address again`);
	return address.times.map((time) => ({
		name: time.text,
		value: time.id,
		description: `Pick-up time ID ${time.id}`,
	}));
}
