// One URL per module at Ginee: a second published trigger for the same module is refused when it is
// published, the same one published again is not, and unpublishing frees the module.
import { NodeHelpers } from 'n8n-workflow';

import { GineeTrigger } from '../../../nodes/GineeTrigger/GineeTrigger.node';
import { claimModules, moduleOf, releaseModules } from '../../../nodes/GineeTrigger/moduleClaims';

const claimant = (key: string, account = '') => ({
	key,
	account,
	workflowName: `Workflow ${key}`,
	nodeName: 'Ginee Trigger',
});

describe('Ginee Trigger: one published trigger per Ginee module', () => {
	afterEach(() => ['a', 'b', 'c'].forEach(releaseModules));

	it('reads the module of each event; Any Event claims none', () => {
		expect(
			['order.CREATE', 'order.UPDATE', 'master_product_update.UPDATE', 'inbound_order.*', '*'].map(
				moduleOf,
			),
		).toEqual(['order', 'order', 'master_product', 'inbound_order', undefined]);
	});

	it('refuses a second trigger for the same module, naming the first; frees it when unpublished', () => {
		expect(claimModules(['order.CREATE'], claimant('a'))).toBeUndefined();
		// the same trigger published again (n8n re-adds its webhooks on update)
		expect(claimModules(['order.CREATE', 'order.UPDATE'], claimant('a'))).toBeUndefined();
		expect(claimModules(['delivery-order.UPDATE', 'order.UPDATE'], claimant('b'))).toEqual({
			module: 'order',
			holder: claimant('a'),
		});
		// refused: it claimed nothing, so the delivery-order module is still free
		expect(claimModules(['delivery-order.CREATE'], claimant('c'))).toBeUndefined();
		expect(claimModules(['*'], claimant('b'))).toBeUndefined();
		// another Ginee account (its own credential) has its own URLs
		expect(claimModules(['order.CREATE'], claimant('b', 'credential-2'))).toBeUndefined();
		releaseModules('b');
		releaseModules('a');
		expect(claimModules(['order.UPDATE'], claimant('b'))).toBeUndefined();
	});
});

describe('Ginee Trigger: each Fetch Full option shows only for its events', () => {
	const properties = new GineeTrigger().description.properties;
	const shown = (events: string[]) =>
		properties
			.filter((property) => property.name.startsWith('fetchFull'))
			.filter((property) => NodeHelpers.displayParameter({ events }, property, null, null))
			.map((property) => property.name);

	it.each<[string[], string[]]>([
		[['order.CREATE'], ['fetchFullOrder']],
		[['delivery-order.UPDATE'], []],
		[
			['master_product_create.CREATE', 'inbound_order.*'],
			['fetchFullInboundOrder', 'fetchFullProduct'],
		],
		[['master_product_delete.DELETE'], []],
		[['outbound_order.*'], ['fetchFullOutboundOrder']],
		[
			['*'],
			['fetchFullInboundOrder', 'fetchFullOrder', 'fetchFullOutboundOrder', 'fetchFullProduct'],
		],
	])('Events %j → %j', (events, expected) => {
		expect(shown(events)).toEqual(expected);
	});
});
