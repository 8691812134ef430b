import type { IDataObject } from 'n8n-workflow';

import {
	checkDelivery,
	customEvents,
	deliveryOutput,
	eventName,
	MAX_DELIVERY_BYTES,
	nestingDepth,
	notSelectedReason,
} from '../../../nodes/GineeTrigger/delivery';
import {
	claimDelivery,
	DIGEST_LENGTH,
	forgetProcessMemory,
	MAX_PENDING,
} from '../../../nodes/GineeTrigger/seenDeliveries';
import { requestCarriesToken, tokenMatches } from '../../../nodes/GineeTrigger/token';

const body = (value: unknown) =>
	Buffer.from(typeof value === 'string' ? value : JSON.stringify(value));
const valid = {
	id: 'GENIE1',
	entity: 'order',
	action: 'CREATE',
	createAt: '2020-12-24T06:45:29.174Z',
	userId: '1',
	user: { id: '1', email: 'x@y.z' },
	payload: { orderId: 'SO1' },
};
const nested = (depth: number) =>
	`{"id":"deep","payload":${'['.repeat(depth - 1)}${']'.repeat(depth - 1)}}`;

describe('checkDelivery', () => {
	it.each<[string, unknown]>([
		['a delivery of the Web Hooks page', valid],
		['a numeric createAt', { ...valid, createAt: 1608792329174 }],
		['no createAt', { id: 'a', entity: 'x', action: 'y', payload: {} }],
		['no payload', { id: 'a', entity: 'order', action: 'CREATE' }],
		[
			'a payload that is not an object',
			{ id: 'a', entity: 'order', action: 'CREATE', payload: 'text' },
		],
		['no entity and no action', { id: 'a', payload: {} }],
		['fields Ginee may add later', { ...valid, module: 'ORDER', extra: [1, { a: null }] }],
		['nesting of exactly 64', JSON.parse(nested(64))],
	])('accepts %s, keeping it as sent', (_case, delivery) => {
		expect(checkDelivery(body(delivery))).toEqual({ valid: true, delivery });
	});

	it.each<[string, Buffer | undefined, number, string]>([
		['no body', undefined, 400, 'empty'],
		['an empty body', Buffer.alloc(0), 400, 'empty'],
		['text that is not JSON', body('{"id": GENIE5FF}'), 400, 'not valid UTF-8 JSON'],
		[
			'bytes that are not UTF-8',
			Buffer.from([0x7b, 0xff, 0xfe, 0x7d]),
			400,
			'not valid UTF-8 JSON',
		],
		['an array', body([valid]), 400, 'got an array'],
		['a string', body('"hello"'), 400, 'got string'],
		['null', body('null'), 400, 'got null'],
		['a missing id', body({ ...valid, id: undefined }), 400, 'Field "id" is missing'],
		['a numeric id', body({ ...valid, id: 5 }), 400, 'Field "id" must be a non-empty string'],
		['a blank id', body({ ...valid, id: '  ' }), 400, 'Field "id" must be a non-empty string'],
		['an id over 256 characters', body({ ...valid, id: 'x'.repeat(257) }), 400, 'longer than 256'],
		['nesting of 65', body(nested(65)), 400, 'deeper than 64'],
		['nesting of 5,000', body(nested(5000)), 400, 'deeper than 64'],
		['a body over the limit', Buffer.alloc(MAX_DELIVERY_BYTES + 1, 0x20), 413, 'larger than'],
	])('refuses %s', (_case, raw, status, problem) => {
		const result = checkDelivery(raw);
		expect(result).toMatchObject({ valid: false, status });
		expect(result.valid === false && result.problem).toContain(problem);
	});

	it('counts nesting without being fooled by brackets inside strings or escaped quotes', () => {
		expect(nestingDepth('{"a":"[[[[{{{{\\"[[[["}')).toBe(1);
		expect(nestingDepth('[[{"a":[1,{"b":[]}]}]]')).toBe(6);
		expect(nestingDepth('['.repeat(100000) + ']'.repeat(100000))).toBe(100000);
	});
});

describe('event selection and output', () => {
	it('selects every action of an entity with entity.*, and custom events as Ginee names them', () => {
		const inbound = { id: 'a', entity: 'inbound_order', action: 'COMPLETE' };
		expect(notSelectedReason(inbound, ['inbound_order.*'])).toBeUndefined();
		expect(notSelectedReason(inbound, ['Inbound_Order.complete'])).toBeUndefined();
		expect(notSelectedReason(inbound, ['outbound_order.*', 'order.UPDATE'])).toBe(
			'inbound_order.COMPLETE is not selected',
		);
		expect(customEvents(' fulfillment_order.CREATE, inbound_order.* ;\nx.Y ')).toEqual([
			'fulfillment_order.CREATE',
			'inbound_order.*',
			'x.Y',
		]);
		const product = { id: 'b', entity: 'master_product_create', action: 'CREATE' };
		expect(notSelectedReason(product, ['master_product_create.CREATE'])).toBeUndefined();
	});

	it('names events entity.ACTION whatever their case, and matches selected events the same way', () => {
		expect(eventName({ entity: 'Delivery-Order', action: 'update' })).toBe('delivery-order.UPDATE');
		expect(eventName({ id: 'x' })).toBeUndefined();
		expect(
			notSelectedReason({ entity: 'ORDER', action: 'create' }, ['order.CREATE']),
		).toBeUndefined();
		expect(
			notSelectedReason({ entity: 'order', action: 'CREATE' }, ['Order.create']),
		).toBeUndefined();
		expect(
			notSelectedReason({ entity: 'delivery-order', action: 'UPDATE' }, ['order.CREATE']),
		).toBe('delivery-order.UPDATE is not selected');
		expect(notSelectedReason({ id: 'x' }, ['order.CREATE'])).toContain('only Any Event');
		expect(notSelectedReason({ id: 'x' }, ['*'])).toBeUndefined();
		expect(
			notSelectedReason({ entity: 'master_product_create', action: 'CREATE' }, ['*']),
		).toBeUndefined();
		expect(notSelectedReason({ entity: 'order', action: 'CREATE' }, [])).toBe(
			'order.CREATE is not selected',
		);
	});

	it('keeps every field Ginee sent, user included, or gives the payload alone', () => {
		expect(deliveryOutput(valid, false)).toEqual(valid);
		expect(deliveryOutput({ ...valid, later: 1 }, false)).toHaveProperty('later', 1);
		expect(deliveryOutput(valid, true)).toEqual(valid.payload);
		expect(deliveryOutput({ id: 'x', payload: 'text' }, true)).toEqual({
			id: 'x',
			payload: 'text',
		});
	});
});

describe('claimDelivery', () => {
	beforeEach(() => forgetProcessMemory());

	const claim = (staticData: IDataObject, id: string, scope = 'wf:node', limit?: number) =>
		claimDelivery(staticData, scope, id, { limit });
	/** A claim whose execution n8n then recorded. */
	const recordedClaim = (staticData: IDataObject, id: string, scope?: string, limit?: number) => {
		const result = claim(staticData, id, scope, limit);
		if (result.outcome === 'new') result.recorded();
		return result.outcome;
	};

	it('accepts an id once, in this process and, once recorded, from saved static data after a restart', () => {
		const staticData = {};
		const first = claim(staticData, 'A');
		expect(first.outcome).toBe('new');
		expect(claim(staticData, 'A').outcome).toBe('duplicate');
		if (first.outcome === 'new') first.recorded();
		forgetProcessMemory();
		expect(claim(staticData, 'A').outcome).toBe('duplicate');
		expect(claim(staticData, 'B').outcome).toBe('new');
	});

	it('never saves an id before its execution is recorded: after a restart, its resend is taken', () => {
		const staticData: IDataObject = {};
		const waiting = claim(staticData, 'WAITING');
		expect(waiting.outcome).toBe('new');
		expect(recordedClaim(staticData, 'RECORDED')).toBe('new');
		// n8n saves the static data with RECORDED's answer, then stops before recording WAITING
		forgetProcessMemory();
		expect(claim(staticData, 'RECORDED').outcome).toBe('duplicate');
		expect(claim(staticData, 'WAITING').outcome).toBe('new');
	});

	it('keeps ids of other workflows apart', () => {
		expect(claim({}, 'A', 'wf1:node').outcome).toBe('new');
		expect(claim({}, 'A', 'wf2:node').outcome).toBe('new');
	});

	it('does not lose an id when two requests each loaded the same old static data, or a save failed', () => {
		const saved: IDataObject = {};
		recordedClaim(saved, 'OLD');
		const loadedByFirst = { ...saved };
		const loadedBySecond = { ...saved };
		expect(recordedClaim(loadedByFirst, 'FIRST')).toBe('new');
		expect(recordedClaim(loadedBySecond, 'SECOND')).toBe('new');
		// the second save wins in n8n's database; or the first one failed: FIRST must still be in it
		forgetProcessMemory();
		for (const id of ['OLD', 'FIRST', 'SECOND'])
			expect(claim({ ...loadedBySecond }, id).outcome).toBe('duplicate');
	});

	it('saves a fixed-size digest per id: 10,000 ids of 256 characters stay at 80 kB', () => {
		const staticData: IDataObject = {};
		for (let n = 0; n < 10_500; n++) recordedClaim(staticData, `${n}`.padEnd(256, 'x'));
		expect(staticData.deliveryDigests).toHaveLength(10_000 * DIGEST_LENGTH);
		forgetProcessMemory();
		expect(claim(staticData, `${10_499}`.padEnd(256, 'x')).outcome).toBe('duplicate');
		expect(claim(staticData, `${0}`.padEnd(256, 'x')).outcome).toBe('new');
	});

	it('reads the ids saved by earlier versions (a plain list) and replaces them with digests', () => {
		const staticData: IDataObject = { deliveryIds: ['OLD-1', 'OLD-2'] };
		expect(claim(staticData, 'OLD-2').outcome).toBe('duplicate');
		expect(claim(staticData, 'NEW').outcome).toBe('new');
		expect(staticData.deliveryIds).toBeUndefined();
		forgetProcessMemory();
		expect(claim(staticData, 'OLD-1').outcome).toBe('duplicate');
	});

	it('takes a released id again (n8n did not record it), and never releases a recorded one', () => {
		const staticData: IDataObject = {};
		const first = claim(staticData, 'A');
		if (first.outcome !== 'new') throw new Error('expected new');
		first.release();
		const again = claim(staticData, 'A');
		expect(again.outcome).toBe('new');
		if (again.outcome !== 'new') throw new Error('expected new');
		again.recorded();
		again.release();
		expect(claim(staticData, 'A').outcome).toBe('duplicate');
	});

	it('with saves a second apart: saves when no other delivery waits or a second has passed; an id not saved goes with the next save', () => {
		const now = jest.spyOn(Date, 'now');
		try {
			const staticData: IDataObject = {};
			const spaced = (id: string) => {
				const result = claimDelivery(staticData, 'wf:node', id, { saveEveryMs: 1000 });
				if (result.outcome !== 'new') throw new Error(`expected ${id} new`);
				return result;
			};
			const savedIds = () => String(staticData.deliveryDigests ?? '').length / DIGEST_LENGTH;
			now.mockReturnValue(10_000);
			const [a, b, c] = [spaced('A'), spaced('B'), spaced('C')];
			a.recorded(); // the first save
			expect(savedIds()).toBe(1);
			now.mockReturnValue(10_100);
			b.recorded(); // C still waits and will save B with it
			expect(savedIds()).toBe(1);
			now.mockReturnValue(10_200);
			c.recorded(); // nothing else waits
			expect(savedIds()).toBe(3);
			const [d, e] = [spaced('D'), spaced('E')];
			now.mockReturnValue(10_300);
			d.recorded();
			expect(savedIds()).toBe(3);
			const savedWhenDWasAnswered = { ...staticData };
			const f = spaced('F');
			now.mockReturnValue(11_200);
			e.recorded(); // F waits, but a second has passed
			expect(savedIds()).toBe(5);
			f.release();
			// n8n stopping right after D was answered: its resend runs again, C's does not
			forgetProcessMemory();
			expect(claimDelivery(savedWhenDWasAnswered, 'wf:node', 'C').outcome).toBe('duplicate');
			expect(claimDelivery(savedWhenDWasAnswered, 'wf:node', 'D').outcome).toBe('new');
		} finally {
			now.mockRestore();
		}
	});

	it('refuses as busy when too many deliveries wait for n8n, and takes more once they are confirmed', () => {
		const staticData = {};
		const waiting = Array.from({ length: MAX_PENDING }, (_, n) => claim(staticData, `W${n}`));
		expect(claim(staticData, 'ONE-TOO-MANY').outcome).toBe('busy');
		for (const result of waiting) if (result.outcome === 'new') result.confirm();
		expect(claim(staticData, 'ONE-TOO-MANY').outcome).toBe('new');
	});
});

describe('tokens', () => {
	it('matches only the exact token, whatever the lengths, and never an empty expected token', () => {
		expect(tokenMatches('s3cret', 's3cret')).toBe(true);
		expect(tokenMatches('s3cre', 's3cret')).toBe(false);
		expect(tokenMatches('s3cret-and-more', 's3cret')).toBe(false);
		expect(tokenMatches('', 's3cret')).toBe(false);
		expect(tokenMatches('', '')).toBe(false);
		expect(tokenMatches(undefined, 's3cret')).toBe(false);
		expect(tokenMatches(['s3cret'], 's3cret')).toBe(false);
	});

	it('accepts the token from the header or the query; an empty header does not hide the query', () => {
		expect(requestCarriesToken('s3cret', undefined, 's3cret')).toBe(true);
		expect(requestCarriesToken(undefined, 's3cret', 's3cret')).toBe(true);
		expect(requestCarriesToken('', 's3cret', 's3cret')).toBe(true);
		expect(requestCarriesToken('wrong', 'wrong', 's3cret')).toBe(false);
	});
});
