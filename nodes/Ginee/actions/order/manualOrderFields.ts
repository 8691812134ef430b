import type { INodeProperties } from 'n8n-workflow';

import { TIMEZONE_HINT } from '../../../shared/utcTime';
import { optionsCollection, timeoutOption } from '../common/optionsCollection';
import type { ManualOrderMode } from './manualOrderBody';
import { shopLocator } from './shopLocator';

const showFields = { bodySource: ['fields'] };

const ORDER_ITEM_ID: INodeProperties = {
	displayName: 'Order Item ID',
	name: 'id',
	type: 'string',
	required: true,
	default: '',
	description: 'Ginee order item ID: items[].itemId of the order in Get Details with Output Raw',
};

const DELETE_ORDER_ITEM_IDS: INodeProperties = {
	displayName: 'Delete Order Item IDs',
	name: 'deleteOrderItemIds',
	type: 'string',
	typeOptions: { multipleValues: true, multipleValueButtonText: 'Add Order Item ID' },
	default: [],
	description: 'Ginee order item IDs to remove from the order',
};

const PAYMENT_METHOD_OPTIONS = [
	{ name: 'Prepay', value: 'PREPAY' },
	{ name: 'Cash on Delivery (COD)', value: 'COD' },
];

function addressFields(kind: 'Shipping' | 'Sender', mode: ManualOrderMode): INodeProperties[] {
	const text = (
		displayName: string,
		name: string,
		required: boolean,
		description: string,
	): INodeProperties => ({
		displayName,
		name,
		type: 'string',
		default: '',
		required,
		description,
	});
	const addressId = text(
		'Address ID',
		'id',
		true,
		`Ginee ID of the ${kind.toLowerCase()} address: ` +
			`${kind === 'Shipping' ? 'shippingAddressInfo' : 'senderAddressInfo'}.id of the order ` +
			'in Get Details with Output Raw',
	);
	return [
		...(mode === 'update' ? [addressId] : []),
		text('Name', 'name', true, 'Name'),
		text('Phone Number', 'phoneNumber', true, 'Phone number, e.g. +6281311213123'),
		text('Country', 'country', true, 'Country, e.g. Indonesia'),
		text('Province', 'province', true, 'Province, e.g. DKI Jakarta'),
		text('City', 'city', true, 'City, e.g. Jakarta Barat'),
		text('District', 'district', false, 'District'),
		text('Zip Code', 'zipCode', false, 'Zip code'),
		text('Full Address', 'fullAddress', false, 'Full address'),
	];
}

/**
 * The label of each field of the manual-order request, as its field shows it: a top-level field
 * by its name (`customerName`), one inside another by both (`orderItems.sku`). Additional Fields
 * holds top-level fields; a fixed collection's group (Order Item, Address) is no field of Ginee's.
 */
export function manualOrderLabels(): Map<string, string> {
	const labels = new Map<string, string>();
	const add = (properties: INodeProperties[], top?: string) => {
		for (const property of properties) {
			if (property.name === 'additionalFields') {
				add(property.options as INodeProperties[]);
				continue;
			}
			labels.set(top ? `${top}.${property.name}` : property.name, property.displayName);
			const inner =
				property.type === 'fixedCollection'
					? (property.options ?? []).flatMap((group) => ('values' in group ? group.values : []))
					: property.type === 'collection'
						? property.options
						: [];
			add(inner as INodeProperties[], top ?? property.name);
		}
	};
	add([...manualOrderProperties('create'), ...manualOrderProperties('update')]);
	return labels;
}

/**
 * The fields of Create Manual Order and Update Manual Order: one request table, the update naming
 * Ginee's records (order, items, addresses), the new order its manual shop.
 */
export function manualOrderProperties(mode: ManualOrderMode): INodeProperties[] {
	const update = mode === 'update';
	return [
		{
			displayName: update
				? 'Only manual orders whose status is PAID, ' +
					'PENDING_PAYMENT or PARTIALLY_PAID can be updated'
				: 'The order goes to a manual shop (channel Manual Order) and Ginee deducts its stock',
			name: 'manualOrderNotice',
			type: 'notice',
			default: '',
		},
		{
			displayName: 'Define Order',
			name: 'bodySource',
			type: 'options',
			noDataExpression: true,
			options: [
				{ name: 'Using Fields Below', value: 'fields' },
				{
					name: 'Using JSON',
					value: 'json',
					description: 'The whole request body, e.g. built in a previous node',
				},
			],
			default: 'fields',
		},
		{
			displayName: 'JSON Body',
			name: 'jsonBody',
			type: 'json',
			required: true,
			default: JSON.stringify(
				{
					...(update ? { id: '' } : { shopId: '' }),
					externalOrderSn: '',
					customerName: '',
					customerEmail: '',
					customerMobile: '',
					paymentMethod: 'PREPAY',
					payAmount: 0,
					payAtDatetime: '',
					orderItems: [],
					shippingAddress: {},
				},
				null,
				2,
			),
			displayOptions: { show: { bodySource: ['json'] } },
			description:
				`The ${update ? 'UpdateManualOrder' : 'CreateManualOrder'} body as in Ginee's request ` +
				'table. It is checked the same way as the fields.',
		},
		update
			? {
					displayName: 'Order ID',
					name: 'id',
					type: 'string',
					required: true,
					default: '',
					placeholder: 'e.g. SO633198D659080100011926E6',
					displayOptions: { show: showFields },
					description: 'Ginee order ID of the manual order',
				}
			: shopLocator('The manual shop the order belongs to (channel Manual Order)', {
					show: showFields,
				}),
		{
			displayName: 'External Order SN',
			name: 'externalOrderSn',
			type: 'string',
			required: true,
			default: '',
			displayOptions: { show: showFields },
			description: 'Order number by customer',
		},
		{
			displayName: 'Customer Name',
			name: 'customerName',
			type: 'string',
			required: true,
			default: '',
			displayOptions: { show: showFields },
		},
		{
			displayName: 'Customer Email',
			name: 'customerEmail',
			type: 'string',
			placeholder: 'e.g. name@email.com',
			required: true,
			default: '',
			displayOptions: { show: showFields },
		},
		{
			displayName: 'Customer Mobile',
			name: 'customerMobile',
			type: 'string',
			placeholder: 'e.g. +6281311213123',
			required: true,
			default: '',
			displayOptions: { show: showFields },
		},
		{
			displayName: 'Payment Method',
			name: 'paymentMethod',
			type: 'options',
			options: PAYMENT_METHOD_OPTIONS,
			required: true,
			default: 'PREPAY',
			displayOptions: { show: showFields },
		},
		{
			displayName: 'Pay Amount',
			name: 'payAmount',
			type: 'number',
			typeOptions: { minValue: 0, numberPrecision: 2 },
			required: true,
			default: 0,
			displayOptions: { show: showFields },
		},
		{
			displayName: 'Pay At',
			name: 'payAtDatetime',
			type: 'dateTime',
			required: true,
			default: '',
			displayOptions: { show: showFields },
			hint: TIMEZONE_HINT,
			description: 'Payment time. Sent to Ginee in UTC.',
		},
		{
			displayName: 'Order Items',
			name: 'orderItems',
			type: 'fixedCollection',
			typeOptions: { multipleValues: true },
			placeholder: 'Add Order Item',
			required: true,
			default: {},
			displayOptions: { show: showFields },
			description: 'The items the order should have. At least one.',
			options: [
				{
					displayName: 'Order Item',
					name: 'item',
					values: [
						...(update ? [ORDER_ITEM_ID] : []),
						{
							displayName: 'Actual Price',
							name: 'actualPrice',
							type: 'number',
							required: true,
							default: 0,
						},
						{
							displayName: 'Quantity',
							name: 'quantity',
							type: 'number',
							required: true,
							default: 1,
						},
						{
							displayName: 'SKU',
							name: 'sku',
							type: 'string',
							required: true,
							default: '',
						},
						{
							displayName: 'Warehouse ID',
							name: 'warehouseId',
							type: 'string',
							required: true,
							default: '',
						},
						{
							displayName: 'Weight',
							name: 'weight',
							type: 'string',
							default: '',
							description: 'Optional. Leave empty to not send it.',
						},
					],
				},
			],
		},
		{
			displayName: 'Shipping Address',
			name: 'shippingAddress',
			type: 'fixedCollection',
			placeholder: 'Add Shipping Address',
			required: true,
			default: {},
			displayOptions: { show: showFields },
			options: [
				{ displayName: 'Address', name: 'address', values: addressFields('Shipping', mode) },
			],
		},
		{
			displayName: 'Additional Fields',
			name: 'additionalFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			displayOptions: { show: showFields },
			options: [
				...(update ? [DELETE_ORDER_ITEM_IDS] : []),
				{
					displayName: 'Fees and Discounts',
					name: 'orderPayment',
					type: 'fixedCollection',
					placeholder: 'Add Fees and Discounts',
					default: {},
					description:
						"The order's fees, taxes and discounts (Ginee's orderPayment). Not a payment: how it " +
						'was paid goes in Payment Record.',
					options: [
						{
							displayName: 'Fees and Discounts',
							name: 'payment',
							values: [
								{
									displayName: 'Commission Fee',
									name: 'commissionFee',
									type: 'number',
									required: true,
									default: 0,
								},
								{
									displayName: 'Currency',
									name: 'currency',
									type: 'string',
									required: true,
									default: 'IDR',
								},
								{
									displayName: 'Insurance Fee',
									name: 'insuranceFee',
									type: 'number',
									required: true,
									default: 0,
								},
								{
									displayName: 'Pay Serial Number',
									name: 'paySerialNumber',
									type: 'string',
									required: true,
									default: '',
								},
								{
									displayName: 'Service Fee',
									name: 'serviceFee',
									type: 'number',
									required: true,
									default: 0,
								},
								{
									displayName: 'Taxation Fee',
									name: 'taxationFee',
									type: 'number',
									required: true,
									default: 0,
								},
								{
									displayName: 'Total Discounts',
									name: 'totalDiscounts',
									type: 'number',
									required: true,
									default: 0,
								},
							],
						},
					],
				},
				{
					displayName: 'Logistics Infos',
					name: 'logisticsInfos',
					type: 'fixedCollection',
					typeOptions: { multipleValues: true },
					placeholder: 'Add Logistics Info',
					default: {},
					options: [
						{
							displayName: 'Logistics Info',
							name: 'info',
							values: [
								{
									displayName: 'Logistics Provider Name',
									name: 'logisticsProviderName',
									type: 'string',
									required: true,
									default: '',
									placeholder: 'e.g. J&T Express_ID',
								},
								{
									displayName: 'Logistics Tracking Number',
									name: 'logisticsTrackingNumber',
									type: 'string',
									default: '',
								},
							],
						},
					],
				},
				{ displayName: 'Note by Buyer', name: 'noteByBuyer', type: 'string', default: '' },
				{ displayName: 'Note by Seller', name: 'noteBySeller', type: 'string', default: '' },
				{
					displayName: 'Payment Record',
					name: 'orderPayRecord',
					type: 'fixedCollection',
					placeholder: 'Add Payment Record',
					default: {},
					description:
						'How the order was paid: method, amount, ' +
						"time, serial number (Ginee's orderPayRecord, " +
						'as its request table has it). The usual choice for a payment.',
					options: [
						{
							displayName: 'Pay Record',
							name: 'record',
							values: [
								{
									displayName: 'Pay Account Number',
									name: 'payAccountNumber',
									type: 'string',
									default: '',
								},
								{
									displayName: 'Pay Amount',
									name: 'payAmount',
									type: 'number',
									required: true,
									default: 0,
								},
								{
									displayName: 'Pay At',
									name: 'payAtDatetime',
									type: 'dateTime',
									required: true,
									default: '',
									hint: TIMEZONE_HINT,
								},
								{
									displayName: 'Pay Record Note',
									name: 'payRecordNote',
									type: 'string',
									default: '',
								},
								{
									displayName: 'Pay Serial Number',
									name: 'paySerialNumber',
									type: 'string',
									default: '',
								},
								{
									displayName: 'Payment Method',
									name: 'paymentMethod',
									type: 'options',
									options: PAYMENT_METHOD_OPTIONS,
									required: true,
									default: 'PREPAY',
								},
								{
									displayName: 'Receipt Account Number',
									name: 'receiptAccountNumber',
									type: 'string',
									default: '',
								},
							],
						},
					],
				},
				{
					displayName: 'Payment Records (JSON)',
					name: 'payRecords',
					type: 'json',
					default: '[]',
					description:
						'Only if Ginee refuses Payment Record: the ' +
						'same payments as a JSON array (payRecords, ' +
						"the form Ginee's example sends), e.g. several payments of one order. Use one of the " +
						'two, not both.',
				},
				{
					displayName: 'Sender Address',
					name: 'senderAddress',
					type: 'fixedCollection',
					placeholder: 'Add Sender Address',
					default: {},
					options: [
						{ displayName: 'Address', name: 'address', values: addressFields('Sender', mode) },
					],
				},
			],
		},
		optionsCollection([
			timeoutOption(
				`the answer from Ginee (${update ? 'an update' : 'a new order'} is never sent twice)`,
			),
		]),
	];
}
