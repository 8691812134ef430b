#!/usr/bin/env node
'use strict';
// npm run bench:tool-output: how much text an AI Agent's model gets per order from the Ginee tool,
// with Output Simplified (the default) and Raw, over the emulator's 1,200 orders (built from Ginee's
// GetOrderDetails tables), and per call at the tool's default Limit of 10. Bytes of JSON, UTF-8.
const { buildDataset } = require('../tools/ginee-emulator/dataset');
const { simplifyOrder } = require('../dist/nodes/shared/simplifyOrder');

const TOOL_LIMIT = 10;
const bytes = (value) => Buffer.byteLength(JSON.stringify(value));
const { orders } = buildDataset({ orderCount: 1200, now: Date.parse('2026-11-23T00:00:00Z') });

function summary(sizes) {
	const sorted = [...sizes].sort((a, b) => a - b);
	const mean = sizes.reduce((sum, size) => sum + size, 0) / sizes.length;
	return {
		mean: Math.round(mean),
		p95: sorted[Math.floor(sorted.length * 0.95)],
		max: sorted.at(-1),
	};
}

const raw = summary(orders.map(bytes));
const simplified = summary(orders.map((order) => bytes(simplifyOrder(order))));
const fields = Object.keys(simplifyOrder(orders[0])).length;
console.log(`orders: ${orders.length}; simplified fields per order: ${fields}`);
console.log('| output | bytes per order (mean / p95 / max) | one call at Limit 10 (mean) |');
console.log('| --- | --- | --- |');
for (const [name, sizes] of [
	['Output Simplified (tool default)', simplified],
	['Output Raw (raw order)', raw],
]) {
	console.log(
		`| ${name} | ${sizes.mean} / ${sizes.p95} / ${sizes.max} | ${sizes.mean * TOOL_LIMIT} |`,
	);
}
console.log(`raw / simplified: ${(raw.mean / simplified.mean).toFixed(1)}x`);
