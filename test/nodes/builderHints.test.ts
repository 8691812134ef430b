// What n8n's AI workflow builder reads to choose our nodes and fill them: every operation and
// trigger event is named in the node's search hint, the related nodes exist, and the fields where
// a builder goes wrong carry a hint of their own.
import type { INodeProperties, INodePropertyOptions, INodeTypeDescription } from 'n8n-workflow';

import { Ginee } from '../../nodes/Ginee/Ginee.node';
import { GineeOrderTrigger } from '../../nodes/GineeOrderTrigger/GineeOrderTrigger.node';
import { GineeTrigger } from '../../nodes/GineeTrigger/GineeTrigger.node';

const ginee = new Ginee().description;
const trigger = new GineeTrigger().description;
const orders = new GineeOrderTrigger().description;
const NODES = [ginee, trigger, orders];

const optionsOf = (property?: INodeProperties) =>
	(property?.options ?? []) as INodePropertyOptions[];
const searchHint = (description: INodeTypeDescription) => description.builderHint?.searchHint ?? '';

describe('hints for n8n’s AI workflow builder', () => {
	it('each node says what Ginee is and points to the other two', () => {
		const ourTypes = NODES.map((description) => `n8n-nodes-ginee.${description.name}`);
		for (const description of NODES) {
			expect(searchHint(description)).toMatch(/omnichannel back office/);
			const related = (description.builderHint?.relatedNodes ?? []).map((node) => node.nodeType);
			expect(related.sort()).toEqual(
				ourTypes.filter((type) => type !== `n8n-nodes-ginee.${description.name}`).sort(),
			);
		}
	});

	it('names every operation under its resource', () => {
		const hint = searchHint(ginee);
		const resources = optionsOf(ginee.properties.find((property) => property.name === 'resource'));
		const missing: string[] = [];
		for (const resource of resources) {
			// "Order: Get Details, Get Many, … ." lists the operations of Order
			const listed = new RegExp(`${resource.name}: ([^.]+)\\.`).exec(hint)?.[1].split(', ') ?? [];
			const operations = optionsOf(
				ginee.properties.find(
					(property) =>
						property.name === 'operation' &&
						property.displayOptions?.show?.resource?.includes(resource.value),
				),
			);
			for (const operation of operations)
				if (!listed.includes(operation.name)) missing.push(`${resource.name}: ${operation.name}`);
		}
		expect(missing).toEqual([]);
	});

	it('names every event of the Ginee Trigger and of the polling trigger', () => {
		const events = optionsOf(trigger.properties.find((property) => property.name === 'events'))
			.filter((event) => event.value !== '*')
			// "Inbound Order (Any Action)" is named as "Inbound Order"
			.map((event) => event.name.replace(/ \(Any Action\)$/, ''));
		expect(events.filter((event) => !searchHint(trigger).includes(event))).toEqual([]);
		const pollingEvents = optionsOf(
			orders.properties.find((property) => property.name === 'event'),
		);
		expect(
			pollingEvents
				.map((event) => event.name)
				.filter((event) => !searchHint(orders).toLowerCase().includes(event.toLowerCase())),
		).toEqual([]);
	});

	it('the fields a builder gets wrong carry a hint: events, look-up, output, stock, ship, prices', () => {
		const hinted = (description: INodeTypeDescription) =>
			description.properties
				.filter((property) => property.builderHint?.propertyHint)
				.map((property) => property.name);
		expect(hinted(ginee)).toEqual(
			expect.arrayContaining([
				'lookupBy',
				'output',
				'quantity',
				'spareQuantity',
				'deliveryType',
				'channelPriceMode',
			]),
		);
		// every operation with an Output has the hint, not only the first
		expect(
			ginee.properties.filter(
				(property) => property.name === 'output' && !property.builderHint?.propertyHint,
			),
		).toEqual([]);
		expect(hinted(trigger)).toEqual(['events']);
		expect(hinted(orders)).toEqual(['event']);
	});

	it('no hint carries n8n’s expression syntax, which a builder would copy as text', () => {
		const texts = NODES.flatMap((description) => [
			searchHint(description),
			...(description.builderHint?.relatedNodes ?? []).map((node) => node.relationHint),
			...description.properties.map((property) => property.builderHint?.propertyHint ?? ''),
		]);
		expect(texts.filter((text) => text.includes('{{'))).toEqual([]);
	});
});
