import type {
	IDataObject,
	IHookFunctions,
	INodeType,
	INodeTypeDescription,
	IWebhookFunctions,
	IWebhookResponseData,
} from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { testGineeCredential } from '../Ginee/transport/credentialTest';
import { checkDelivery, deliveryOutput, isSelected, MAX_DELIVERY_BYTES } from './delivery';
import { fetchFullOrder } from './fetchOrder';
import { recordDelivery } from './seenDeliveries';
import { tokenMatches } from './token';

export class GineeTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Ginee Trigger',
		name: 'gineeTrigger',
		icon: { light: 'file:../Ginee/ginee.svg', dark: 'file:../Ginee/ginee.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle: '={{$parameter["events"].join(", ")}}',
		description: "Starts the workflow when Ginee sends an order or delivery-order web hook",
		defaults: { name: 'Ginee Trigger' },
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [
			{
				name: 'gineeApi',
				required: true,
				testedBy: 'gineeApiCredentialTest',
				displayOptions: { show: { fetchFullOrder: [true] } },
			},
		],
		webhooks: [{ name: 'default', httpMethod: 'POST', responseMode: 'onReceived', path: 'ginee' }],
		properties: [
			{
				displayName:
					'Ginee has no API to register web hooks: send the <b>Production URL</b> above to Ginee staff, one URL per module (orders, delivery orders). The <b>Test URL</b> only listens while "Listen for test event" runs.',
				name: 'setupNotice',
				type: 'notice',
				default: '',
			},
			// n8n reads options.binaryData of a version 1 webhook node to leave the body unparsed; this
			// node reads and checks the raw body itself, so malformed bodies get a 400 it words itself.
			{ displayName: 'Raw Body', name: 'options', type: 'hidden', default: { binaryData: true } },
			{
				displayName: 'Events',
				name: 'events',
				type: 'multiOptions',
				required: true,
				options: [
					{ name: 'Any Event', value: '*', description: 'Every delivery, including entities Ginee adds later' },
					{ name: 'Delivery Order Created', value: 'delivery-order.CREATE' },
					{ name: 'Delivery Order Deleted', value: 'delivery-order.DELETE' },
					{ name: 'Delivery Order Updated', value: 'delivery-order.UPDATE' },
					{ name: 'Order Created', value: 'order.CREATE' },
				],
				default: [],
				description: 'Deliveries of other events are acknowledged to Ginee and start nothing',
			},
			{
				displayName: 'Secret Token',
				name: 'token',
				type: 'string',
				typeOptions: { password: true },
				default: '',
				description:
					'Optional. When set, a delivery must carry it in the X-Ginee-Token header or a ?token= query parameter of the URL you give Ginee; others get HTTP 401.',
			},
			{
				displayName: 'Fetch Full Order',
				name: 'fetchFullOrder',
				type: 'boolean',
				default: false,
				description: 'Whether to fetch the whole order from Ginee for order events and add it as "order"',
			},
			{
				displayName: 'Output',
				name: 'output',
				type: 'options',
				options: [
					{ name: 'Delivery', value: 'delivery', description: 'ID, entity, action, createAt and userId, with the payload beside them' },
					{ name: 'Payload Only', value: 'payload', description: 'Only the payload object' },
				],
				default: 'delivery',
			},
		],
	};

	methods = {
		credentialTest: { gineeApiCredentialTest: testGineeCredential },
	};

	// Ginee has no subscription API: the user hands the URL over, so there is nothing to register.
	webhookMethods = {
		default: {
			async checkExists(this: IHookFunctions): Promise<boolean> {
				return true;
			},
			async create(this: IHookFunctions): Promise<boolean> {
				return true;
			},
			async delete(this: IHookFunctions): Promise<boolean> {
				return true;
			},
		},
	};

	async webhook(this: IWebhookFunctions): Promise<IWebhookResponseData> {
		const req = this.getRequestObject();
		const res = this.getResponseObject();
		// Every answer is written here. Answering through n8n after the execution starts would be later
		// but n8n 2.40 then drops this request's static data changes (the ids of accepted deliveries).
		const answer = (status: number, body: IDataObject, workflowData?: IWebhookResponseData['workflowData']) => {
			res.status(status).json(body);
			return { noWebhookResponse: true, workflowData };
		};
		const refuse = (status: number, error: string) => answer(status, { status: false, error });

		const token = this.getNodeParameter('token', '') as string;
		if (token && !tokenMatches(req.headers['x-ginee-token'] ?? req.query.token, token)) {
			return refuse(401, 'Missing or wrong token');
		}
		if (Number(req.headers['content-length'] ?? 0) > MAX_DELIVERY_BYTES) {
			return refuse(413, `The body is larger than ${MAX_DELIVERY_BYTES} bytes`);
		}
		await req.readRawBody();
		const result = checkDelivery(req.headers['content-type'], req.rawBody);
		if (!result.valid) return refuse(result.status, result.problem);

		const delivery = result.delivery;
		const events = this.getNodeParameter('events', []) as string[];
		if (!isSelected(delivery, events)) return answer(200, { status: true });
				const staticData = this.getWorkflowStaticData('node');
		if (this.getMode() !== 'manual' && !recordDelivery(staticData, `${this.getWorkflow().id}:${this.getNode().id}`, delivery.id)) {
			return answer(200, { status: true, duplicate: true });
		}

		let json = deliveryOutput(delivery, this.getNodeParameter('output', 'delivery') === 'payload');
		if (delivery.entity === 'order' && this.getNodeParameter('fetchFullOrder', false)) {
			json = { ...json, ...(await fetchFullOrder.call(this, delivery)) } as IDataObject;
		}
		return answer(200, { status: true }, [[{ json }]]);
	}
}
