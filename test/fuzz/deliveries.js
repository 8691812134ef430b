'use strict';
// Deterministic generator of web-hook requests for the fuzz run: valid Ginee deliveries mixed with
// every kind of junk (random JSON, wrong or over-long ids, deep nesting, huge bodies, bad UTF-8 or
// gzip, no Content-Length) and with what Ginee may send beyond its table (other content types, loose
// optional fields), which must be accepted. Each case says whether the trigger must start an execution for it.
const zlib = require('node:zlib');
const { prng } = require('../../tools/ginee-emulator/dataset');
const { generateDelivery, WEBHOOK_EVENTS } = require('../../tools/ginee-emulator/webhooks');

const JSON_TYPE = { 'Content-Type': 'application/json' };

function randomJson(rand, depth = 0) {
	const kind = Math.floor(rand() * (depth > 3 ? 4 : 6));
	if (kind === 0) return Math.floor(rand() * 1e6) - 5e5;
	if (kind === 1)
		return Array.from({ length: Math.floor(rand() * 12) }, () =>
			String.fromCharCode(32 + Math.floor(rand() * 0x2fff)),
		).join('');
	if (kind === 2) return rand() < 0.5;
	if (kind === 3) return null;
	if (kind === 4)
		return Array.from({ length: Math.floor(rand() * 4) }, () => randomJson(rand, depth + 1));
	return Object.fromEntries(
		Array.from({ length: Math.floor(rand() * 4) }, (_, i) => [
			`k${i}`,
			randomJson(rand, depth + 1),
		]),
	);
}

const WRONG_VALUES = [7, 0, true, null, [], ['GENIE1'], {}, { id: 'x' }, '', '   '];

/** The `index`-th request of the run with `seed`; ids of valid deliveries are unique per seed and index. */
function fuzzCase(seed, index, acceptedIds) {
	const rand = prng(seed * 100003 + index);
	const [entity, action] = WEBHOOK_EVENTS[Math.floor(rand() * WEBHOOK_EVENTS.length)];
	const valid = () => {
		const delivery = generateDelivery({ entity, action, n: 1_000_000 + seed * 100_000 + index });
		if (rand() < 0.5) delivery.extra = randomJson(rand);
		return delivery;
	};
	const kind = Math.floor(rand() * 18);
	switch (kind) {
		case 0:
		case 1: {
			const delivery = valid();
			return {
				kind: 'valid',
				headers: JSON_TYPE,
				body: JSON.stringify(delivery),
				id: delivery.id,
				starts: true,
			};
		}
		case 2: {
			const repeated = acceptedIds[Math.floor(rand() * acceptedIds.length)];
			if (!repeated) return fuzzCase(seed, index + 7919, acceptedIds);
			return {
				kind: 'repeat',
				headers: JSON_TYPE,
				body: JSON.stringify({ ...generateDelivery({ entity, action }), id: repeated }),
				starts: false,
			};
		}
		case 3: {
			let value = randomJson(rand);
			if (value && typeof value === 'object' && !Array.isArray(value)) value = [value];
			return {
				kind: 'random JSON',
				headers: JSON_TYPE,
				body: JSON.stringify(value),
				starts: false,
			};
		}
		case 4: {
			const delivery = valid();
			delete delivery.id;
			return {
				kind: 'missing id',
				headers: JSON_TYPE,
				body: JSON.stringify(delivery),
				starts: false,
			};
		}
		case 5: {
			const delivery = valid();
			delivery.id = WRONG_VALUES[Math.floor(rand() * WRONG_VALUES.length)];
			return {
				kind: 'id of a wrong type',
				headers: JSON_TYPE,
				body: JSON.stringify(delivery),
				starts: false,
			};
		}
		case 6: {
			const depth = 1000 + Math.floor(rand() * 20000);
			return {
				kind: 'deep nesting',
				headers: JSON_TYPE,
				body: '['.repeat(depth) + ']'.repeat(depth),
				starts: false,
			};
		}
		case 7: {
			const delivery = valid();
			delivery.payload.note = 'x'.repeat(1024 * 1024 + Math.floor(rand() * 100000));
			return { kind: 'huge', headers: JSON_TYPE, body: JSON.stringify(delivery), starts: false };
		}
		case 8: {
			const text = Buffer.from(JSON.stringify(valid()));
			const bad = Buffer.from([[0xc3, 0xff, 0xfe, 0xa0, 0xa1, 0xe2][Math.floor(rand() * 6)]]);
			const at = 10 + Math.floor(rand() * (text.length - 20));
			return {
				kind: 'bad encoding',
				headers: JSON_TYPE,
				body: Buffer.concat([text.subarray(0, at), bad, text.subarray(at)]),
				starts: false,
			};
		}
		case 9: {
			// a JSON delivery under another Content-Type (or none) is still a delivery: accepted. (Not
			// labelled XML: n8n parses that itself first, and refuses or passes it by its content.)
			const type = [
				'text/plain',
				'application/x-www-form-urlencoded',
				'application/octet-stream',
				undefined,
			][Math.floor(rand() * 4)];
			const delivery = valid();
			return {
				kind: 'other content type',
				headers: type ? { 'Content-Type': type } : {},
				body: JSON.stringify(delivery),
				id: delivery.id,
				starts: true,
			};
		}
		case 10: {
			const text = JSON.stringify(valid());
			return {
				kind: 'truncated',
				headers: JSON_TYPE,
				body: text.slice(0, Math.floor(rand() * (text.length - 1))),
				starts: false,
			};
		}
		case 11:
			return { kind: 'empty', headers: JSON_TYPE, body: '', starts: false };
		case 12: {
			// what only the id matters for: other fields missing or of any type still start the workflow
			const delivery = valid();
			const field = ['entity', 'action', 'payload', 'createAt'][Math.floor(rand() * 4)];
			if (rand() < 0.5) delete delivery[field];
			else delivery[field] = WRONG_VALUES[Math.floor(rand() * WRONG_VALUES.length)];
			return {
				kind: 'loose optional field',
				headers: JSON_TYPE,
				body: JSON.stringify(delivery),
				id: delivery.id,
				starts: true,
			};
		}
		case 13: {
			const depth = 65 + Math.floor(rand() * 5000);
			const body = JSON.stringify(valid()).replace(
				'"payload":{',
				`"payload":{"nested":${'['.repeat(depth)}${']'.repeat(depth)},`,
			);
			return { kind: 'deep payload', headers: JSON_TYPE, body, starts: false };
		}
		case 14: {
			const delivery = valid();
			delivery.id = `${delivery.id}-`.padEnd(257 + Math.floor(rand() * 5000), 'x');
			return {
				kind: 'over-long id',
				headers: JSON_TYPE,
				body: JSON.stringify(delivery),
				starts: false,
			};
		}
		case 15: {
			const delivery = valid();
			const gzipHeaders = { ...JSON_TYPE, 'Content-Encoding': 'gzip' };
			if (rand() < 0.5)
				return {
					kind: 'gzip',
					headers: gzipHeaders,
					body: zlib.gzipSync(JSON.stringify(delivery)),
					id: delivery.id,
					starts: true,
				};
			// n8n unpacks a JSON body itself: a broken gzip fails there with its 500, and the trigger
			// refuses one of a type it reads itself
			if (rand() < 0.5)
				return {
					kind: 'bad gzip sent as JSON (n8n fails it)',
					headers: gzipHeaders,
					body: Buffer.from(JSON.stringify(delivery)),
					starts: false,
					status: 500,
				};
			return {
				kind: 'bad gzip',
				headers: { 'Content-Type': 'application/octet-stream', 'Content-Encoding': 'gzip' },
				body: Buffer.from(JSON.stringify(delivery)),
				starts: false,
			};
		}
		case 16: {
			const delivery = valid();
			if (rand() < 0.5)
				return {
					kind: 'no Content-Length',
					headers: JSON_TYPE,
					body: JSON.stringify(delivery),
					chunked: true,
					id: delivery.id,
					starts: true,
				};
			delivery.payload.note = 'x'.repeat(1024 * 1024 + Math.floor(rand() * 100000));
			return {
				kind: 'huge, no Content-Length',
				headers: JSON_TYPE,
				body: JSON.stringify(delivery),
				chunked: true,
				starts: false,
			};
		}
		default: {
			const delivery = valid();
			delivery.id = ' \t ';
			return {
				kind: 'blank id',
				headers: JSON_TYPE,
				body: JSON.stringify(delivery),
				starts: false,
			};
		}
	}
}

module.exports = { fuzzCase };
