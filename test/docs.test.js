'use strict';
// The per-call limits have one home, PER_CALL (nodes/shared/transport/endpoints.ts): the table in
// docs/operations.md is made from it (GINEE_WRITE_DOCS=1 rewrites it after a change), and every
// "N … per call" or "per page" in the documents names a number PER_CALL holds.
const fs = require('node:fs');
const path = require('node:path');
const { PER_CALL } = require('../nodes/shared/transport/endpoints');

const ROOT = path.join(__dirname, '..');
const read = (file) => fs.readFileSync(path.join(ROOT, file), 'utf8');
const DOCS = [
	'README.md',
	...fs.readdirSync(path.join(ROOT, 'docs')).map((f) => `docs/${f}`),
].filter((file) => file.endsWith('.md'));
const START = '<!-- per-call limits: made from PER_CALL by test/docs.test.js -->';
const END = '<!-- end of per-call limits -->';

/** PER_CALL's entries with the words of their comments. */
function limits() {
	const source = read('nodes/shared/transport/endpoints.ts');
	const body = source.slice(source.indexOf('export const PER_CALL'));
	return [...body.matchAll(/\/\*\*([\s\S]*?)\*\/\s*(\w+): (\d+),/g)].map(([, comment, key]) => ({
		key,
		value: PER_CALL[key],
		what: comment.replace(/\s*\n\s*\*\s*/g, ' ').trim(),
	}));
}

function table() {
	return [
		START,
		'',
		'| limit | value | where it applies |',
		'| ----- | ----- | ---------------- |',
		...limits().map(({ key, value, what }) => `| \`${key}\` | ${value} | ${what} |`),
		'',
		END,
	].join('\n');
}

describe('per-call limits in the documents', () => {
	it('docs/operations.md lists PER_CALL as it is', () => {
		const file = 'docs/operations.md';
		let text = read(file);
		const [from, to] = [text.indexOf(START), text.indexOf(END)];
		if (process.env.GINEE_WRITE_DOCS === '1') {
			text = `${text.slice(0, from)}${table()}${text.slice(to + END.length)}`;
			fs.writeFileSync(path.join(ROOT, file), text);
		}
		expect(from).toBeGreaterThan(-1);
		const shown = text.slice(from, text.indexOf(END) + END.length).replace(/ {2,}/g, ' ');
		const made = table().replace(/ {2,}/g, ' ');
		// prettier pads the table's columns: compare the rows' words
		const rows = (markdown) =>
			markdown
				.split('\n')
				.filter((line) => line.startsWith('| `'))
				.map((line) => line.split('|').map((cell) => cell.trim()));
		expect(rows(shown)).toEqual(rows(made));
		expect(
			limits()
				.map((limit) => limit.key)
				.sort(),
		).toEqual(Object.keys(PER_CALL).sort());
	});

	it('every "N … per call" or "per page" names a number PER_CALL holds', () => {
		const values = new Set(Object.values(PER_CALL));
		const stray = DOCS.flatMap((file) =>
			// "under 500 per page" is Ginee's own maximum, not one the node sends
			[...read(file).matchAll(/(?<!under )\b(\d+)(?: [A-Za-z]+)? (per call|a call|per page)\b/g)]
				.filter(([, number]) => !values.has(Number(number)))
				.map(([phrase]) => `${file}: ${phrase}`),
		);
		expect(stray).toEqual([]);
	});
});
