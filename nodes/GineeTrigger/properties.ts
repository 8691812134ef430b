import type { INodeProperties } from 'n8n-workflow';

import { SIMPLIFIED_ORDER_FIELDS } from '../shared/simplifyOrder';

/** The Ginee Trigger's fields, as its panel shows them. */
export const properties: INodeProperties[] = [
	{
		// Three short lines (n8n's notices keep only links and lists); the details (test
		// deliveries, one URL per module) are in the README
		displayName:
			'<ul><li>Publish the workflow.</li>' +
			'<li>Under Webhook URLs above, choose Production URL and send it to Ginee staff: they ' +
			'register it for you.</li>' +
			'<li>Ginee never calls the Test URL: to try the trigger first, see ' +
			'<a href="https://github.com/n8n-nodes-ginee/n8n-nodes-ginee#ginee-trigger" ' +
			'target="_blank">the README</a>.</li></ul>',
		name: 'setupNotice',
		type: 'notice',
		default: '',
	},
	{
		displayName: 'Events',
		name: 'events',
		builderHint: {
			propertyHint:
				'The Ginee events that start the workflow, e.g. order.CREATE; Any Event for all. Ginee ' +
				'calls one URL per module (orders, delivery orders, products) and account, so one ' +
				'published trigger per module',
		},
		type: 'multiOptions',
		options: [
			{
				name: 'Any Event',
				value: '*',
				description: 'Every delivery, including entities Ginee adds later',
			},
			{ name: 'Delivery Order Created', value: 'delivery-order.CREATE' },
			{ name: 'Delivery Order Deleted', value: 'delivery-order.DELETE' },
			{ name: 'Delivery Order Updated', value: 'delivery-order.UPDATE' },
			{
				name: 'Inbound Order (Any Action)',
				value: 'inbound_order.*',
				description: "Ginee's name for it is not published: see the README",
			},
			{ name: 'Master Product Created', value: 'master_product_create.CREATE' },
			{ name: 'Master Product Deleted', value: 'master_product_delete.DELETE' },
			{ name: 'Master Product Updated', value: 'master_product_update.UPDATE' },
			{ name: 'Order Created', value: 'order.CREATE' },
			{
				name: 'Order Status Changed',
				value: 'order.UPDATE',
				description: 'Every change of an order’s status (newer Web Hooks page)',
			},
			{
				name: 'Outbound Order (Any Action)',
				value: 'outbound_order.*',
				description: "Ginee's name for it is not published: see the README",
			},
		],
		default: [],
		description: 'Deliveries of other events are acknowledged to Ginee and start nothing',
	},
	{
		displayName: 'Custom Events',
		name: 'customEvents',
		type: 'string',
		default: '',
		placeholder: 'e.g. fulfillment_order.CREATE',
		description:
			'Only for an event missing from the list above, written as Ginee sends it (Ginee ' +
			'staff or a run with Any Event show the name); several separated by commas. The ' +
			'Fetch Full options show for the events ticked above.',
	},
	{
		displayName: 'Require Secret Token',
		name: 'requireToken',
		type: 'boolean',
		default: false,
		description:
			'Whether a delivery must carry the Webhook Secret Token of the Ginee credential, ' +
			'in the X-Ginee-Token header (preferred) or a ?token= query parameter; ' +
			'others get HTTP 401. ' +
			'With no token in the credential, every delivery is refused.',
	},
	{
		displayName: 'Fetch Full Inbound Order',
		name: 'fetchFullInboundOrder',
		type: 'boolean',
		default: false,
		displayOptions: { show: { events: ['*', 'inbound_order.*'] } },
		description:
			'Whether to fetch the inbound order (stock received) from Ginee for inbound order ' +
			'events (at most 5 seconds) and add it as "inboundOrder"',
	},
	{
		displayName: 'Fetch Full Order',
		name: 'fetchFullOrder',
		type: 'boolean',
		default: false,
		displayOptions: { show: { events: ['*', 'order.CREATE', 'order.UPDATE'] } },
		description:
			'Whether to fetch the whole order from Ginee for order events (at most 5 seconds) and ' +
			'add it as "order"',
	},
	{
		displayName: 'Fetch Full Outbound Order',
		name: 'fetchFullOutboundOrder',
		type: 'boolean',
		default: false,
		displayOptions: { show: { events: ['*', 'outbound_order.*'] } },
		description:
			'Whether to fetch the outbound order (stock sent out) from Ginee for outbound order ' +
			'events (at most 5 seconds) and add it as "outboundOrder"',
	},
	{
		displayName: 'Fetch Full Product',
		name: 'fetchFullProduct',
		type: 'boolean',
		default: false,
		displayOptions: {
			show: { events: ['*', 'master_product_create.CREATE', 'master_product_update.UPDATE'] },
		},
		description:
			'Whether to fetch the master product from Ginee for master product created or updated ' +
			'events (at most 5 seconds) and add it as "product"',
	},
	{
		displayName: 'Simplify',
		name: 'simplify',
		type: 'boolean',
		default: true,
		displayOptions: { show: { fetchFullOrder: [true] } },
		description:
			`Whether to add the order as ${SIMPLIFIED_ORDER_FIELDS}, instead of every field ` +
			'Ginee sends in its own names',
	},
	{
		displayName: 'Output',
		name: 'output',
		type: 'options',
		options: [
			{
				name: 'Whole Event',
				value: 'delivery',
				description: 'Every field Ginee sent: ID, entity, action, createAt, user and the payload',
			},
			{
				name: 'Payload Only',
				value: 'payload',
				description: 'Only the payload object (the whole event when it has none)',
			},
		],
		default: 'delivery',
		description: 'What each Ginee event becomes in the workflow',
	},
	{
		displayName: 'Save Delivery IDs',
		name: 'saveDeliveryIds',
		type: 'options',
		options: [
			{
				name: 'Before Each Answer',
				value: 'eachDelivery',
				description:
					"Each delivery's ID is in n8n's database before Ginee gets its answer: a delivery " +
					'Ginee sends again never runs twice, also after n8n restarts or crashes',
			},
			{
				name: 'Once a Second (Faster in Flash Sales)',
				value: 'everySecond',
				description:
					'While deliveries keep arriving, their IDs are saved together at most once a ' +
					'second. If n8n stops or crashes, a delivery answered in its last second or two ' +
					'runs again when Ginee sends it again.',
			},
		],
		default: 'eachDelivery',
		description:
			'When the IDs the trigger uses to run each delivery once are saved in n8n’s database',
	},
];
