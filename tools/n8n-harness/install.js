'use strict';
// Installs (once) the pinned n8n and packs + builds this package, for the harness and `npm start`.
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const REPO = path.resolve(__dirname, '../..');

/** Paths of the Node binary and n8n CLI from scripts/ensure-n8n.sh (installs on first use). */
function ensureN8n(version = process.env.N8N_VERSION) {
	const env = { ...process.env };
	if (version) env.N8N_VERSION = version;
	const output = execFileSync('bash', [path.join(REPO, 'scripts/ensure-n8n.sh')], {
		env,
		stdio: ['ignore', 'pipe', 'inherit'],
		maxBuffer: 1 << 20,
	}).toString();
	const value = (key) => new RegExp(`^${key}=(.*)$`, 'm').exec(output)?.[1];
	return { node: value('NODE'), n8nBin: value('N8N_BIN') };
}

/** `npm pack` of the built package; returns the tarball path (built once per process). */
let packed;
function packPackage() {
	if (packed && fs.existsSync(packed)) return packed;
	// npm test and npm start build first; without --ignore-scripts, prepack would build (and empty
	// dist/) again for every test file.
	if (!fs.existsSync(path.join(REPO, 'dist', 'nodes')))
		throw new Error('dist/ is missing: run `npm run build` before starting n8n with the package');
	const outDir = fs.mkdtempSync(path.join(require('node:os').tmpdir(), 'ginee-pack-'));
	process.once('exit', () => fs.rmSync(outDir, { recursive: true, force: true }));
	const name = execFileSync(
		'npm',
		['pack', '--ignore-scripts', '--pack-destination', outDir, '--loglevel=error'],
		{
			cwd: REPO,
		},
	)
		.toString()
		.trim()
		.split('\n')
		.pop();
	packed = path.join(outDir, name);
	return packed;
}

/** Lays the package out the way n8n's Community Nodes installer does. */
function installIntoUserFolder(userFolder, tarball) {
	const nodesDir = path.join(userFolder, '.n8n', 'nodes');
	fs.mkdirSync(nodesDir, { recursive: true });
	fs.writeFileSync(
		path.join(nodesDir, 'package.json'),
		JSON.stringify({ name: 'installed-nodes', private: true }),
	);
	execFileSync(
		'npm',
		['install', tarball, '--omit=peer', '--no-audit', '--no-fund', '--loglevel=error'],
		{ cwd: nodesDir, stdio: ['ignore', 'ignore', 'inherit'] },
	);
}

module.exports = { ensureN8n, packPackage, installIntoUserFolder, REPO };
