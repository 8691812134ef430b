import type {
	IDataObject,
	IHookFunctions,
	INodeType,
	INodeTypeDescription,
	IWebhookFunctions,
	IWebhookResponseData,
} from 'n8n-workflow';
import { NodeConnectionTypes, NodeOperationError } from 'n8n-workflow';

import { SIMPLIFIED_ORDER_FIELDS } from '../shared/simplifyOrder';
import {
	customEvents,
	deliveryOutput,
	eventName,
	notSelectedReason,
	readDelivery,
} from './delivery';
import {
	fetchFullInboundOrder,
	fetchFullOrder,
	fetchFullOutboundOrder,
	fetchFullProduct,
} from './fetchFull';
import { claimModules, moduleWords, releaseModules } from './moduleClaims';
import { claimDelivery } from './seenDeliveries';
import { settleWhenAnswered } from './settle';
import { tokenProblem } from './token';

/** The Test URL (Execute step) is not a published trigger: it claims no module. */
const isTest = (context: IHookFunctions) =>
	context.getMode() === 'manual' || context.getActivationMode() === 'manual';

const claimKey = (context: IHookFunctions) => `${context.getWorkflow().id}:${context.getNode().id}`;

/** Milliseconds between saves of the delivery record, by Save Delivery IDs. */
const SAVE_EVERY_MS: Record<string, number> = { eachDelivery: 0, everySecond: 1000 };

export class GineeTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Ginee Trigger',
		name: 'gineeTrigger',
		icon: { light: 'file:../Ginee/ginee.svg', dark: 'file:../Ginee/ginee.dark.svg' },
		group: ['trigger'],
		// 1.1: Simplify in a seller's words, as the Ginee node's version 1.1
		version: [1, 1.1],
		subtitle: '={{$parameter["events"].join(", ")}}',
		// n8n's node panel shows one "Ginee" entry for this trigger and the Ginee node, with this text
		description:
			'Ship orders and print labels, set and receive stock, update prices and products in ' +
			'Ginee, or start a workflow when Ginee sends a web hook',
		defaults: { name: 'Ginee Trigger' },
		// n8n's own words ("go to Ginee and create an event") would have the user wait for a call
		// Ginee never makes to the Test URL
		triggerPanel: {
			header:
				'Send a test delivery to the Test URL (under Webhook URLs): Ginee never calls it, ' +
				'only the Production URL it was given',
			executionsHelp: {
				inactive:
					'While building, click Execute step, then send a sample delivery to the Test URL ' +
					'(Webhook URLs above; the README has a curl line): it runs this workflow once, here in ' +
					'the editor. Once it works, publish the workflow and send its Production URL to ' +
					'Ginee staff: every delivery Ginee sends then runs it.',
				active:
					'Every delivery Ginee sends to the Production URL runs this workflow (see ' +
					'Executions). To try a change, click Execute step and send a sample delivery to the ' +
					'Test URL: Ginee never calls it.',
			},
		},
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		// Optional: needed only for the Fetch Full options and Require Secret Token.
		credentials: [{ name: 'gineeApi', required: false }],
		// responseData '' makes n8n answer with webhookResponse (its default would answer
		// "firstEntryJson")
		webhooks: [
			{
				name: 'default',
				httpMethod: 'POST',
				responseMode: 'onReceived',
				responseData: '',
				path: 'ginee',
			},
		],
		properties: [
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
			// n8n reads options.binaryData of a version 1 webhook node to leave the body unparsed; this
			// node reads and checks the raw body itself, so malformed bodies get a 400 it words itself.
			{ displayName: 'Raw Body', name: 'options', type: 'hidden', default: { binaryData: true } },
			// Workflows saved before the token moved into the credential keep their token checked. The
			// field and its notice show only while it holds a value, so it can be cleared.
			{
				displayName:
					'This trigger still checks a secret token saved in the workflow by an older version ' +
					"of the node. Put it in the credential's Webhook Secret Token, turn on Require " +
					'Secret Token, then clear Old Secret Token.',
				name: 'legacyTokenNotice',
				type: 'notice',
				default: '',
				displayOptions: { show: { token: [{ _cnd: { exists: true } }] } },
			},
			{
				displayName: 'Old Secret Token',
				name: 'token',
				type: 'string',
				typeOptions: { password: true },
				default: '',
				displayOptions: { show: { token: [{ _cnd: { exists: true } }] } },
				description:
					'Saved by an older version of this node: deliveries must carry it. Clear it to stop ' +
					"checking it; the credential's Webhook Secret Token replaces it.",
			},
			{
				displayName: 'Events',
				name: 'events',
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
				displayOptions: { show: { fetchFullOrder: [true], '@version': [1] } },
				description:
					'Whether to add the order in the shape Get Details gives with Simplify on (orderId, ' +
					'externalOrderSn, channel, orderStatus, createAt, totalAmount, currency, ' +
					'customerName, trackingNumber, items) instead of every field Ginee sends',
			},
			{
				displayName: 'Simplify',
				name: 'simplify',
				type: 'boolean',
				default: true,
				displayOptions: { show: { fetchFullOrder: [true], '@version': [{ _cnd: { gte: 1.1 } }] } },
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
						description:
							'Every field Ginee sent: ID, entity, action, createAt, user and the payload',
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
		],
	};

	// Ginee has no subscription API: the user hands the URL over. Publishing only claims the
	// trigger's modules, so that a second workflow listening for the same one is refused.
	webhookMethods = {
		default: {
			async checkExists(this: IHookFunctions): Promise<boolean> {
				return false;
			},
			async create(this: IHookFunctions): Promise<boolean> {
				if (isTest(this)) return true;
				const events = [
					...(this.getNodeParameter('events', []) as string[]),
					...customEvents(this.getNodeParameter('customEvents', '')),
				];
				const workflow = this.getWorkflow();
				const taken = claimModules(events, {
					key: claimKey(this),
					account: this.getNode().credentials?.gineeApi?.id ?? '',
					workflowName: workflow.name ?? String(workflow.id),
					nodeName: this.getNode().name,
				});
				if (taken) {
					const words = moduleWords(taken.module);
					throw new NodeOperationError(
						this.getNode(),
						`The published workflow "${taken.holder.workflowName}" already listens for ` +
							`${words} events`,
						{
							description:
								`Ginee sends all ${words} events to one URL, so this trigger would never ` +
								'get any. ' +
								`Add a branch (e.g. a Switch node) after "${taken.holder.nodeName}" in ` +
								`"${taken.holder.workflowName}" instead, or unpublish that workflow first. ` +
								"Triggers for different Ginee accounts each need their account's credential.",
						},
					);
				}
				return true;
			},
			async delete(this: IHookFunctions): Promise<boolean> {
				if (!isTest(this)) releaseModules(claimKey(this));
				return true;
			},
		},
	};

	async webhook(this: IWebhookFunctions): Promise<IWebhookResponseData> {
		const req = this.getRequestObject();
		const res = this.getResponseObject();
		// Refusals are written here and start nothing. An accepted delivery is answered by n8n itself,
		// only once it has recorded the execution ("onReceived" mode): acknowledged means recorded.
		const answer = (status: number, body: IDataObject): IWebhookResponseData => {
			if (!res.headersSent) res.status(status).json(body);
			return { noWebhookResponse: true };
		};
		const refuse = (status: number, error: string) => answer(status, { status: false, error });
		let release: (() => void) | undefined;
		let recorded: (() => void) | undefined;
		try {
			const unauthorized = await tokenProblem.call(this, req);
			if (unauthorized) return refuse(401, unauthorized);
			const result = await readDelivery(req);
			if (!result.valid) return refuse(result.status, result.problem);
			const delivery = result.delivery;

			const ignored = notSelectedReason(delivery, [
				...(this.getNodeParameter('events', []) as string[]),
				...customEvents(this.getNodeParameter('customEvents', '')),
			]);
			if (ignored) return answer(200, { status: true, ignored });
			if (this.getMode() !== 'manual') {
				const claim = claimDelivery(
					this.getWorkflowStaticData('node'),
					`${this.getWorkflow().id}:${this.getNode().id}`,
					delivery.id,
					{
						saveEveryMs:
							SAVE_EVERY_MS[this.getNodeParameter('saveDeliveryIds', 'eachDelivery') as string],
					},
				);
				if (claim.outcome === 'duplicate') return answer(200, { status: true, duplicate: true });
				if (claim.outcome === 'busy') {
					res.setHeader('Retry-After', '5');
					return refuse(
						503,
						'Too many deliveries are waiting for n8n to record them: send this one again shortly',
					);
				}
				release = claim.release;
				settleWhenAnswered(res, claim);
				recorded = claim.recorded;
			}

			let json = deliveryOutput(
				delivery,
				this.getNodeParameter('output', 'delivery') === 'payload',
			);
			if (
				eventName(delivery)?.startsWith('order.') &&
				this.getNodeParameter('fetchFullOrder', false)
			) {
				const simplify = this.getNodeParameter('simplify', true) as boolean;
				json = { ...json, ...(await fetchFullOrder.call(this, delivery, simplify)) };
			}
			if (
				/^master_product_(create|update)\./.test(eventName(delivery) ?? '') &&
				this.getNodeParameter('fetchFullProduct', false)
			) {
				json = { ...json, ...(await fetchFullProduct.call(this, delivery)) };
			}
			if (
				eventName(delivery)?.startsWith('inbound_order.') &&
				this.getNodeParameter('fetchFullInboundOrder', false)
			) {
				json = { ...json, ...(await fetchFullInboundOrder.call(this, delivery)) };
			}
			if (
				eventName(delivery)?.startsWith('outbound_order.') &&
				this.getNodeParameter('fetchFullOutboundOrder', false)
			) {
				json = { ...json, ...(await fetchFullOutboundOrder.call(this, delivery)) };
			}
			return {
				workflowData: [[{ json }]],
				// n8n reads this once it has recorded the execution, just before it saves the workflow's
				// static data and answers: the moment the delivery's id may be saved. (Writing it also
				// marks the static data changed, which recording the execution had reset: n8n-workflow's
				// ObservableObject.create.)
				get webhookResponse() {
					recorded?.();
					return { status: true };
				},
			};
		} catch {
			// n8n starts an (empty) execution when webhook() throws: answer here instead, retryably.
			release?.();
			return refuse(500, 'The Ginee Trigger could not handle this delivery; send it again');
		}
	}
}
