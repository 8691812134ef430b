#!/usr/bin/env node
'use strict';
// `npm test`'s jest run in two lanes at once, each its own `jest --runInBand`: the suites that keep
// n8n, Chromium or the CPU busy one after another, and beside them the Order Trigger polling real
// n8n once a minute (it mostly waits), queue mode, the agent run and the unit and node tests. Every
// test file runs in exactly one lane: the second takes all that the first does not name. Output
// lines carry their lane's name; the run fails if either lane does. (Measured at c7c58c5 with the
// fault/restart runs beside instead: both lanes slowed each other; the load and fault runs took
// twice their time alone.)
const { spawn } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const REPO = path.resolve(__dirname, '..');
const JEST = require.resolve('jest/bin/jest');

/** The busy lane's suites (each starts its own n8n; jest runs the slowest first). */
const BUSY = [
	'test/e2e/editor.browser.test.js',
	'test/e2e/n8n.e2e.test.js',
	'test/e2e/sustained.e2e.test.js',
	'test/e2e/robustness.e2e.test.js',
];

const missing = BUSY.filter((file) => !fs.existsSync(path.join(REPO, file)));
if (missing.length) {
	console.error(`[test-lanes] not found: ${missing.join(', ')}; update scripts/test-lanes.js`);
	process.exit(1);
}

const escaped = (file) => file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const LANES = [
	{ name: 'busy', args: ['--runInBand', '--runTestsByPath', ...BUSY] },
	{
		name: 'beside',
		args: ['--runInBand', '--testPathIgnorePatterns', ...BUSY.map(escaped), '/node_modules/'],
	},
];

function runLane({ name, args }) {
	const started = Date.now();
	const child = spawn(process.execPath, [JEST, ...args], {
		cwd: REPO,
		env: { ...process.env, GINEE_TEST_LANE: name },
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	for (const stream of [child.stdout, child.stderr]) {
		let rest = '';
		stream.on('data', (chunk) => {
			const lines = (rest + chunk.toString()).split('\n');
			rest = lines.pop();
			for (const line of lines) process.stdout.write(`[${name}] ${line}\n`);
		});
		stream.on('end', () => rest && process.stdout.write(`[${name}] ${rest}\n`));
	}
	return new Promise((resolve) =>
		child.once('exit', (code, signal) =>
			resolve({ name, code: code ?? 1, signal, minutes: (Date.now() - started) / 60_000 }),
		),
	);
}

(async () => {
	const results = await Promise.all(LANES.map(runLane));
	for (const { name, code, signal, minutes } of results)
		console.log(
			`[test-lanes] ${name}: ${code === 0 ? 'passed' : `failed (${signal ?? `exit ${code}`})`} ` +
				`in ${minutes.toFixed(1)} min`,
		);
	process.exit(results.every((result) => result.code === 0) ? 0 : 1);
})();
