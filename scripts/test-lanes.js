#!/usr/bin/env node
'use strict';
// `npm test` in two phases of lanes run at once, every line of output prefixed with its lane.
// First, while the n8n lines, Chromium, PostgreSQL and Redis install, the checks that need none of
// them: lint, type-check, build, then the unit, node, emulator and repository tests. Then the suites
// with real n8n, in three `jest --runInBand` lanes: the fault/restart/fuzz and sustained-load runs
// one after the other (measured at c7c58c5: the two at once each took twice as long), the editor,
// end-to-end, queue-mode and agent runs beside them, and the polling run (real one-minute polls: it
// mostly waits) on its own. A phase fails if any of its lanes does, and the next does not start.
// `--only <lane>` runs one lane's steps alone (GitHub Actions runs the lanes as jobs of a matrix).
const { spawn } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const REPO = path.resolve(__dirname, '..');
const JEST = require.resolve('jest/bin/jest');
const E2E = 'test/e2e';

const jest = (...args) => [process.execPath, JEST, '--runInBand', ...args];
const npmRun = (script) => ['npm', 'run', script];

const { REAL_N8N_LANES } = require('./lanes');

const PHASES = [
	[
		{ name: 'install', steps: [['bash', 'scripts/ensure-test-tools.sh']] },
		{
			name: 'checks',
			steps: [
				npmRun('lint'),
				npmRun('typecheck'),
				npmRun('build'),
				jest('--testPathIgnorePatterns', `/${E2E}/`, '/node_modules/'),
			],
		},
	],
	Object.entries(REAL_N8N_LANES).map(([name, files]) => ({
		name,
		steps: [jest('--runTestsByPath', ...files.map((file) => `${E2E}/${file}`))],
	})),
];

function checkEveryE2eFileHasOneLane() {
	const assigned = Object.values(REAL_N8N_LANES).flat();
	const present = fs.readdirSync(path.join(REPO, E2E)).filter((file) => file.endsWith('.test.js'));
	const problems = [
		...present.filter((file) => !assigned.includes(file)).map((file) => `${file} has no lane`),
		...assigned.filter((file) => !present.includes(file)).map((file) => `${file} not found`),
		...assigned
			.filter((file, index) => assigned.indexOf(file) !== index)
			.map((file) => `${file} is in two lanes`),
	];
	if (problems.length) {
		console.error(`[test-lanes] ${problems.join('; ')}: update scripts/test-lanes.js`);
		process.exit(1);
	}
}

function runStep(lane, [command, ...args]) {
	const child = spawn(command, args, {
		cwd: REPO,
		env: { ...process.env, GINEE_TEST_LANE: lane },
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	for (const stream of [child.stdout, child.stderr]) {
		let rest = '';
		stream.on('data', (chunk) => {
			const lines = (rest + chunk.toString()).split('\n');
			rest = lines.pop();
			for (const line of lines) process.stdout.write(`[${lane}] ${line}\n`);
		});
		stream.on('end', () => rest && process.stdout.write(`[${lane}] ${rest}\n`));
	}
	return new Promise((resolve) =>
		child.once('exit', (code, signal) => resolve(code === 0 ? '' : (signal ?? `exit ${code}`))),
	);
}

async function runLane({ name, steps }) {
	const started = Date.now();
	let failure = '';
	for (const step of steps) {
		failure = await runStep(name, step);
		if (failure) {
			failure = `${step[0] === process.execPath ? 'jest' : step.join(' ')}: ${failure}`;
			break;
		}
	}
	const minutes = ((Date.now() - started) / 60_000).toFixed(1);
	console.log(
		`[test-lanes] ${name}: ${failure ? `failed (${failure})` : 'passed'} in ${minutes} min`,
	);
	return !failure;
}

async function main(argv) {
	checkEveryE2eFileHasOneLane();
	const onlyAt = argv.indexOf('--only');
	if (onlyAt !== -1) {
		const only = argv[onlyAt + 1];
		const lane = PHASES.flat().find((candidate) => candidate.name === only);
		if (!lane) {
			const names = PHASES.flat().map((candidate) => candidate.name);
			console.error(`[test-lanes] no lane "${only}": ${names.join(', ')}`);
			process.exit(1);
		}
		if (!(await runLane(lane))) process.exit(1);
		return;
	}
	for (const lanes of PHASES) {
		const passed = await Promise.all(lanes.map(runLane));
		if (!passed.every(Boolean)) process.exit(1);
	}
}

if (require.main === module) main(process.argv.slice(2));
