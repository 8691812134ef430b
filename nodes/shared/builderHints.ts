import type { IBuilderHint, IRelatedNode } from 'n8n-workflow';

// What n8n's AI workflow builder (and an instance's MCP server) reads to choose a node and fill it.
// test/nodes/builderHints.test.ts checks that every operation and trigger event is named here.

const GINEE = 'n8n-nodes-ginee.ginee';
const GINEE_TRIGGER = 'n8n-nodes-ginee.gineeTrigger';
const GINEE_ORDERS = 'n8n-nodes-ginee.gineeOrderTrigger';

const ABOUT_GINEE =
	'Ginee is the omnichannel back office of online sellers in Indonesia and South-East Asia: it ' +
	'gathers the orders, stock and products of their Shopee, Lazada, Tokopedia, TikTok Shop and ' +
	'Blibli shops in one account.';

const related = (nodeType: string, relationHint: string): IRelatedNode => ({
	nodeType,
	relationHint,
});

export const GINEE_BUILDER_HINT: IBuilderHint = {
	searchHint:
		`${ABOUT_GINEE} Reads and changes that account. ` +
		'Order: Get Details, Get Many, Get Sales Summary, Get Shipping Options, Accept, Ship, ' +
		'Print Document, Mark as Shipped, Complete, Cancel, Create Manual Order, Update Manual ' +
		'Order. Product: Get, Get Many, Find by SKU, Create, Update, Delete. Price: Get Many, ' +
		'Update. Inventory: Get Many, Get Stock by SKU, Set Warehouse Stock, Update Spare Stock, ' +
		'Add SKU to Warehouse. Warehouse Document: Receive Stock, Send Out Stock, Get Inbound ' +
		'Order, Get Outbound Orders of an Order, Execute Outbound Order. Shop: Get Many. ' +
		'Every write changes the seller’s live shops at once: use one input item per change; ' +
		'the node batches them itself.',
	relatedNodes: [
		related(GINEE_TRIGGER, 'Starts a workflow when Ginee sends a web hook (orders, products)'),
		related(GINEE_ORDERS, 'Starts a workflow on new or changed orders by polling Ginee'),
	],
};

export const GINEE_TRIGGER_BUILDER_HINT: IBuilderHint = {
	searchHint:
		`${ABOUT_GINEE} Starts a workflow on each web hook Ginee sends to its Production URL ` +
		'(Ginee staff register the URL; one URL per module and account): Order Created, Order ' +
		'Status Changed, Delivery Order Created, Delivery Order Updated, Delivery Order Deleted, ' +
		'Master Product Created, Master Product Updated, Master Product Deleted, Inbound Order, ' +
		'Outbound Order, or any event. Fetch Full options add the whole record to the event. For ' +
		'orders without a web hook set up at Ginee, use Ginee Orders (Polling).',
	relatedNodes: [
		related(GINEE, 'Acts on the order or product of the event (ship, print a label, set stock)'),
		related(GINEE_ORDERS, 'Polls Ginee for new or changed orders; needs nothing set up at Ginee'),
	],
};

export const GINEE_ORDERS_BUILDER_HINT: IBuilderHint = {
	searchHint:
		`${ABOUT_GINEE} Starts a workflow, by asking Ginee every few minutes (nothing to set up at ` +
		'Ginee), on a New Order, on Order Status Changed (optionally only to chosen statuses, e.g. ' +
		'Paid) or on Any Order Update. Each order starts the workflow once per change.',
	relatedNodes: [
		related(GINEE, 'Acts on each order (get details, ship, print a label)'),
		related(GINEE_TRIGGER, 'Receives Ginee web hooks instead of polling, once Ginee registers it'),
	],
};
