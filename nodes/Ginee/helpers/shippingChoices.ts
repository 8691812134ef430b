import type { IDataObject, IExecuteFunctions, ILoadOptionsFunctions } from 'n8n-workflow';

import { gineeApiRequest } from '../../shared/transport';
import { ENDPOINTS } from '../../shared/transport/endpoints';
import { explainGineeCode } from '../../shared/transport/errors';

export interface Courier {
	id: string;
	name: string;
}

interface PickUpTime {
	id: string;
	text: string;
}

export interface PickUpAddress {
	id: string;
	address: string;
	times: PickUpTime[];
}

/** What an order can be shipped with, from Ginee's shipping options (GetShippingParameter). */
export interface ShippingChoices {
	couriersByType: Map<string, Courier[]>;
	addresses: PickUpAddress[];
}

export const NO_SHIPPING_OPTIONS = (orderId: string) =>
	`Ginee has no shipping options for order ${orderId}: only paid marketplace orders that are ` +
	'not yet shipped have them (manual orders are shipped with Mark as Shipped).';

function records(value: unknown): IDataObject[] {
	return Array.isArray(value)
		? value.filter((entry): entry is IDataObject => !!entry && typeof entry === 'object')
		: [];
}

const text = (value: unknown) => (value === undefined || value === null ? '' : String(value));

/** Ginee's shipping options read tolerantly: entries without an ID are left out. */
function readChoices(data: IDataObject): ShippingChoices {
	const couriersByType = new Map<string, Courier[]>();
	for (const group of records(data.logistics)) {
		const couriers = records(group.logisticDetailList)
			.filter((courier) => text(courier.logisticsProviderId))
			.map((courier) => ({
				id: text(courier.logisticsProviderId),
				name: text(courier.logisticsProviderName) || text(courier.logisticsProviderId),
			}));
		const type = text(group.logisticsDeliveryType);
		couriersByType.set(type, [...(couriersByType.get(type) ?? []), ...couriers]);
	}
	const addresses = records(data.addresses)
		.filter((address) => text(address.addressId))
		.map((address) => ({
			id: text(address.addressId),
			address: text(address.address),
			times: records(address.pickupTimeList)
				.filter((time) => text(time.pickupTimeId))
				.map((time) => ({
					id: text(time.pickupTimeId),
					text: text(time.timeText) || text(time.pickupTimeId),
				})),
		}));
	return { couriersByType, addresses };
}

/**
 * The couriers for a delivery type; where Ginee lists none for it (Manual Ship has no list of its
 * own), every courier the order can take, once each.
 */
export function couriersFor(choices: ShippingChoices, deliveryType: string): Courier[] {
	const own = choices.couriersByType.get(deliveryType);
	if (own?.length) return own;
	const all = new Map<string, Courier>();
	for (const couriers of choices.couriersByType.values())
		for (const courier of couriers) if (!all.has(courier.id)) all.set(courier.id, courier);
	return [...all.values()];
}

/** One order's shipping options; Ginee's refusal says which orders have them. */
export async function fetchShippingChoices(
	this: IExecuteFunctions | ILoadOptionsFunctions,
	orderId: string,
	timeout?: number,
): Promise<ShippingChoices> {
	try {
		const answer = await gineeApiRequest.call(
			this,
			ENDPOINTS.GetShippingParameter,
			{ orderId },
			{ kind: 'read', timeout },
		);
		return readChoices((answer.data ?? {}) as IDataObject);
	} catch (error) {
		throw explainGineeCode(error, 'BUSINESS_ERROR', NO_SHIPPING_OPTIONS(orderId));
	}
}
