import { checkDelivery, deliveryOutput, eventName, isSelected, MAX_DELIVERY_BYTES } from '../../nodes/GineeTrigger/delivery';
import { forgetProcessMemory, recordDelivery } from '../../nodes/GineeTrigger/seenDeliveries';
import { tokenMatches } from '../../nodes/GineeTrigger/token';

const JSON_TYPE = 'application/json';
const body = (value: unknown) => Buffer.from(typeof value === 'string' ? value : JSON.stringify(value));
const valid = { id: 'GENIE1', entity: 'order', action: 'CREATE', createAt: '2020-12-24T06:45:29.174Z', userId: '1', payload: { orderId: 'SO1' } };

describe('checkDelivery', () => {
	it('accepts a Ginee delivery, with or without optional fields and with a charset', () => {
		expect(checkDelivery(JSON_TYPE, body(valid))).toEqual({ valid: true, delivery: valid });
		expect(checkDelivery('application/json; charset=utf-8', body({ id: 'a', entity: 'x', action: 'y', payload: {} })).valid).toBe(true);
	});

	it.each<[string, string | undefined, Buffer | undefined, number, string]>([
		['no body', JSON_TYPE, undefined, 400, 'empty'],
		['an empty body', JSON_TYPE, Buffer.alloc(0), 400, 'empty'],
		['text that is not JSON', JSON_TYPE, body('{"id": GENIE5FF}'), 400, 'not valid UTF-8 JSON'],
		['bytes that are not UTF-8', JSON_TYPE, Buffer.from([0x7b, 0xff, 0xfe, 0x7d]), 400, 'not valid UTF-8 JSON'],
		['an array', JSON_TYPE, body([valid]), 400, 'got an array'],
		['a string', JSON_TYPE, body('"hello"'), 400, 'got string'],
		['null', JSON_TYPE, body('null'), 400, 'got null'],
		['a missing id', JSON_TYPE, body({ ...valid, id: undefined }), 400, 'Field "id" is missing'],
		['a numeric id', JSON_TYPE, body({ ...valid, id: 5 }), 400, 'Field "id" must be a non-empty string'],
		['a blank entity', JSON_TYPE, body({ ...valid, entity: ' ' }), 400, 'Field "entity" must be a non-empty string'],
		['an object action', JSON_TYPE, body({ ...valid, action: {} }), 400, 'Field "action" must be a non-empty string'],
		['no payload', JSON_TYPE, body({ ...valid, payload: undefined }), 400, 'Field "payload" is missing'],
		['an array payload', JSON_TYPE, body({ ...valid, payload: [] }), 400, 'Field "payload" must be an object'],
		['a numeric createAt', JSON_TYPE, body({ ...valid, createAt: 5 }), 400, 'Field "createAt" must be a string'],
		['a body over the limit', JSON_TYPE, Buffer.alloc(MAX_DELIVERY_BYTES + 1, 0x20), 413, 'larger than'],
		['a form content type', 'application/x-www-form-urlencoded', body(valid), 415, 'Content-Type'],
		['no content type', undefined, body(valid), 415, 'Content-Type'],
	])('refuses %s', (_case, contentType, raw, status, problem) => {
		const result = checkDelivery(contentType, raw);
		expect(result).toMatchObject({ valid: false, status });
		expect(result.valid === false && result.problem).toContain(problem);
	});
});

describe('event selection and output', () => {
	const delivery = { ...valid, entity: 'delivery-order', action: 'update' };

	it('names events entity.ACTION and selects them, or everything with "*"', () => {
		expect(eventName(delivery)).toBe('delivery-order.UPDATE');
		expect(isSelected(delivery, ['delivery-order.UPDATE'])).toBe(true);
		expect(isSelected(delivery, ['order.CREATE', 'delivery-order.DELETE'])).toBe(false);
		expect(isSelected({ ...valid, entity: 'master_product_create' }, ['*'])).toBe(true);
		expect(isSelected(delivery, [])).toBe(false);
	});

	it('puts the envelope at the top and the payload beside it, or the payload alone', () => {
		expect(deliveryOutput({ ...valid, user: { id: '1' } }, false)).toEqual({ id: 'GENIE1', entity: 'order', action: 'CREATE', createAt: valid.createAt, userId: '1', payload: valid.payload });
		expect(deliveryOutput({ id: 'a', entity: 'x', action: 'y', payload: { k: 1 } }, false)).toMatchObject({ createAt: null, userId: null });
		expect(deliveryOutput(valid, true)).toEqual(valid.payload);
	});
});

describe('recordDelivery', () => {
	beforeEach(() => forgetProcessMemory());

	it('accepts an id once, in this process and from saved static data after a restart', () => {
		const staticData = {};
		expect(recordDelivery(staticData, 'wf:node', 'A')).toBe(true);
		expect(recordDelivery(staticData, 'wf:node', 'A')).toBe(false);
		forgetProcessMemory();
		expect(recordDelivery(staticData, 'wf:node', 'A')).toBe(false);
		expect(recordDelivery(staticData, 'wf:node', 'B')).toBe(true);
	});

	it('keeps ids of other workflows apart', () => {
		expect(recordDelivery({}, 'wf1:node', 'A')).toBe(true);
		expect(recordDelivery({}, 'wf2:node', 'A')).toBe(true);
	});

	it('does not lose an id when two requests each loaded the same old static data', () => {
		// n8n loads static data per request and the later save wins: model two concurrent requests.
		const loadedByFirst = { deliveryIds: ['OLD'] };
		const loadedBySecond = { deliveryIds: ['OLD'] };
		expect(recordDelivery(loadedByFirst, 'wf:node', 'FIRST')).toBe(true);
		expect(recordDelivery(loadedBySecond, 'wf:node', 'SECOND')).toBe(true);
		expect(loadedBySecond.deliveryIds).toEqual(expect.arrayContaining(['OLD', 'FIRST', 'SECOND']));
		expect(recordDelivery({ deliveryIds: ['OLD'] }, 'wf:node', 'FIRST')).toBe(false);
	});

	it('remembers at most the newest `limit` ids', () => {
		const staticData: { deliveryIds?: string[] } = {};
		for (let n = 0; n < 30; n++) recordDelivery(staticData, 'wf:node', `id-${n}`, 10);
		expect(staticData.deliveryIds).toHaveLength(10);
		expect(staticData.deliveryIds?.[9]).toBe('id-29');
		forgetProcessMemory();
		expect(recordDelivery(staticData, 'wf:node', 'id-29', 10)).toBe(false);
		expect(recordDelivery(staticData, 'wf:node', 'id-0', 10)).toBe(true);
	});
});

describe('tokenMatches', () => {
	it('matches only the exact token, whatever the lengths', () => {
		expect(tokenMatches('s3cret', 's3cret')).toBe(true);
		expect(tokenMatches('s3cre', 's3cret')).toBe(false);
		expect(tokenMatches('s3cret-and-more', 's3cret')).toBe(false);
		expect(tokenMatches('', 's3cret')).toBe(false);
		expect(tokenMatches(undefined, 's3cret')).toBe(false);
		expect(tokenMatches(['s3cret'], 's3cret')).toBe(false);
	});
});
