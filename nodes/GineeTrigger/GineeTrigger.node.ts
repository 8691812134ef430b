import type {
	IDataObject,
	IHookFunctions,
	INodeType,
	INodeTypeDescription,
	IWebhookFunctions,
	IWebhookResponseData,
} from 'n8n-workflow';
import { NodeConnectionTypes, NodeOperationError } from 'n8n-workflow';

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
import { properties } from './properties';
import { claimModules, moduleWords, releaseModules } from './moduleClaims';
import { claimDelivery } from './seenDeliveries';
import { settleWhenAnswered } from './settle';
import { GINEE_TRIGGER_BUILDER_HINT } from '../shared/builderHints';
import { NODE_VERSION } from '../shared/nodeVersion';
import { tokenProblem } from './token';

/** The events ticked under Events and those named under Custom Events. */
const selectedEvents = (context: IHookFunctions | IWebhookFunctions) => [
	...(context.getNodeParameter('events', []) as string[]),
	...customEvents(context.getNodeParameter('customEvents', '')),
];

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
		version: NODE_VERSION,
		builderHint: GINEE_TRIGGER_BUILDER_HINT,
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
					'(Webhook URLs above; the README points to a sample): it runs this workflow ' +
					'once, here in the editor. Once it works, publish the workflow and send its ' +
					'Production URL to Ginee staff: every delivery Ginee sends then runs it.',
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
		properties: properties,
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
				const workflow = this.getWorkflow();
				const taken = claimModules(selectedEvents(this), {
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

			const ignored = notSelectedReason(delivery, selectedEvents(this));
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
