import type {
	IDataObject,
	INodeExecutionData,
	INodeType,
	INodeTypeDescription,
	IPollFunctions,
} from 'n8n-workflow';
import { NodeConnectionTypes, NodeOperationError } from 'n8n-workflow';

import { parseIdList } from '../shared/idList';
import { getShops } from '../shared/shops';
import { simplifyOrder } from '../shared/simplifyOrder';
import { MAX_WINDOW_MS, orderedWindows } from '../shared/timeWindows';
import { toGineeUtc } from '../shared/utcTime';
import { changesToEmit, timeOf, type OrderEvent, type Watch } from './changes';
import { OrderRecord } from './orderRecord';
import { readOrderWindow, readOrders, type OrderScope } from './readOrders';
import { properties } from './properties';
import { seedRecord } from './seedRecord';
import { GINEE_ORDERS_BUILDER_HINT } from '../shared/builderHints';
import { NODE_VERSION } from '../shared/nodeVersion';

const MINUTE = 60_000;
/** A poll covers at most this much time; after a long stop the next polls catch up the rest. */
const CATCH_UP_MS = MAX_WINDOW_MS;
/** What a manual test ("Fetch Test Event") returns at most, and how far back it looks. */
const SAMPLE_SIZE = 10;
const SAMPLE_RANGE_MS = 89 * 24 * 60 * MINUTE;

interface PollState extends IDataObject {
	/** Changes up to this time (ms) have been emitted. */
	cursor?: number;
	/** When the trigger started watching (ms): orders created since then are new. */
	watchingSince?: number;
	/** The start of the first window read up to its poll's own time (no longer catching up). */
	realtimeSince?: number;
	orders?: string;
}

interface Settings {
	watch: Omit<Watch, 'newSince' | 'listedBefore'>;
	scope: OrderScope;
	simplify: boolean;
	lookBackMs: number;
	startFrom?: number;
}

function readSettings(this: IPollFunctions): Settings {
	const event = this.getNodeParameter('event') as OrderEvent;
	const filters = this.getNodeParameter('filters', {}) as IDataObject;
	const options = this.getNodeParameter('options', {}) as IDataObject;
	const lookBack = Number(options.lookBackMinutes ?? 10);
	let startFrom: number | undefined;
	if (options.startFrom) {
		const utc = toGineeUtc(options.startFrom, this.getTimezone());
		if (!utc)
			throw new NodeOperationError(
				this.getNode(),
				`'Start From' is not a valid date and time: ${JSON.stringify(options.startFrom)}`,
			);
		startFrom = Date.parse(utc);
	}
	return {
		watch: {
			event,
			statuses: event === 'statusChanged' ? parseIdList(this.getNodeParameter('statuses', [])) : [],
		},
		scope: { shopIds: parseIdList(filters.shopIds), channels: parseIdList(filters.channels) },
		simplify: this.getNodeParameter('simplify', true) as boolean,
		lookBackMs: Math.min(Math.max(Number.isFinite(lookBack) ? lookBack : 10, 0), 24 * 60) * MINUTE,
		startFrom,
	};
}

/** The orders as items; simplified, they keep the status before the change under its own name. */
function toItems(orders: IDataObject[], simplify: boolean): INodeExecutionData[] {
	return orders.map((order) => {
		if (!simplify) return { json: order };
		const json = simplifyOrder(order);
		if ('previousOrderStatus' in order) json.previousStatus = order.previousOrderStatus;
		return { json };
	});
}

/**
 * For a manual test: the most recent matching orders (up to 10, newest first, from the last 3
 * months, recent windows first), without touching the state.
 */
async function sample(this: IPollFunctions, settings: Settings): Promise<IDataObject[]> {
	const now = Date.now();
	const byUpdate = settings.watch.event !== 'newOrder';
	const field = byUpdate ? 'lastUpdateAt' : 'createAt';
	const matching: IDataObject[] = [];
	for (const window of orderedWindows(now - SAMPLE_RANGE_MS, now, true, now)) {
		const orders = await readOrderWindow.call(this, settings.scope, window, byUpdate);
		matching.push(
			...orders
				.filter(
					(order) =>
						settings.watch.statuses.length === 0 ||
						settings.watch.statuses.includes(String(order.orderStatus)),
				)
				.sort((a, b) => timeOf(b[field]) - timeOf(a[field])),
		);
		if (matching.length >= SAMPLE_SIZE) break;
	}
	return matching.slice(0, SAMPLE_SIZE);
}

export class GineeOrderTrigger implements INodeType {
	description: INodeTypeDescription = {
		// The node panel drops " Trigger": "Ginee Orders (Polling)" beside "Ginee", as on the canvas
		displayName: 'Ginee Orders (Polling) Trigger',
		name: 'gineeOrderTrigger',
		icon: { light: 'file:../Ginee/ginee.svg', dark: 'file:../Ginee/ginee.dark.svg' },
		group: ['trigger'],
		version: NODE_VERSION,
		builderHint: GINEE_ORDERS_BUILDER_HINT,
		subtitle:
			'={{ {"newOrder": "New order", "statusChanged": "Order status changed", ' +
			'"anyUpdate": "Any order update"}[$parameter["event"]] }}',
		description:
			'Starts the workflow on new or changed Ginee orders, by asking Ginee every few minutes',
		defaults: { name: 'Ginee Orders (Polling)' },
		polling: true,
		hints: [
			{
				message:
					'Look Back is 0: an order Ginee lists later than the poll that covered its time is ' +
					'never emitted. Keep a few minutes (10 by default).',
				type: 'warning',
				location: 'ndv',
				whenToDisplay: 'always',
				displayCondition: '={{ $parameter["options"]["lookBackMinutes"] === 0 }}',
			},
			{
				message:
					'Look Back is 0: orders Ginee lists late are missed. Set Options → Look Back to a few ' +
					'minutes.',
				type: 'warning',
				location: 'outputPane',
				whenToDisplay: 'afterExecution',
				displayCondition: '={{ $parameter["options"]["lookBackMinutes"] === 0 }}',
			},
		],
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'gineeApi', required: true }],
		properties: properties,
	};

	methods = { loadOptions: { getShops } };

	async poll(this: IPollFunctions): Promise<INodeExecutionData[][] | null> {
		const settings = readSettings.call(this);
		if (settings.scope.shopIds.length > 50)
			throw new NodeOperationError(this.getNode(), "'Shops' allows at most 50");
		if (this.getMode() === 'manual') {
			const orders = await sample.call(this, settings);
			return orders.length ? [toItems(orders, settings.simplify)] : null;
		}
		const state = this.getWorkflowStaticData('node') as PollState;
		const record = OrderRecord.load(state.orders);
		const now = Date.now();
		if (typeof state.cursor !== 'number') {
			// First poll: remember how recent orders look, so later changes compare with it.
			const start = Math.min(settings.startFrom ?? now, now);
			await seedRecord.call(this, settings.scope, start, record);
			state.cursor = start;
			state.watchingSince = start;
			state.orders = record.save();
			if (settings.startFrom === undefined) return null;
		}
		const cursor = state.cursor as number;
		const since = Math.max(0, cursor - settings.lookBackMs);
		const to = Math.min(now, cursor + CATCH_UP_MS);
		const orders = await readOrders.call(this, settings.scope, since, to);
		const newSince = state.watchingSince ?? cursor;
		// Polls that read up to their own time listed every order created in their windows: an order
		// created there before this window and missing from the bounded record was seen and dropped,
		// not new. (While catching up, an order can first show in a later window than its creation.)
		const listedBefore =
			state.realtimeSince === undefined ? undefined : { from: state.realtimeSince, to: since };
		const emitted = changesToEmit(orders, record, { ...settings.watch, newSince, listedBefore });
		// Moved only now: a poll that failed above leaves the cursor, and the next poll covers the gap.
		if (to === now && state.realtimeSince === undefined) state.realtimeSince = since;
		state.cursor = to;
		state.orders = record.save(to - settings.lookBackMs);
		return emitted.length ? [toItems(emitted, settings.simplify)] : null;
	}
}
