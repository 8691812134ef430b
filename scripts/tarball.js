'use strict';
// The release tarball: packed by `npm pack` from a fresh build, and checked against what n8n loads
// from it (every node and credential of package.json's "n8n" field, their icons, codex files and
// schema previews) and against what it must not carry (source maps, type declarations, sources).
const fs = require('node:fs');
const path = require('node:path');
const { execFileSync } = require('node:child_process');

const root = path.join(__dirname, '..');
// npm adds package.json, the README, the licence and "main" to every tarball.
const ALWAYS_SHIPPED = ['package.json', 'README.md', 'LICENSE', 'index.js'];
const NEVER_SHIPPED = [/\.map$/, /\.d\.ts$/, /\.ts$/];

/** Runs `npm pack` into `destination` and returns the tarball's path and the files in it. */
function pack(destination) {
	const [packed] = JSON.parse(
		execFileSync('npm', ['pack', '--json', '--pack-destination', destination], {
			cwd: root,
			encoding: 'utf8',
			stdio: ['ignore', 'pipe', 'inherit'],
		}),
	);
	return {
		file: path.join(destination, packed.filename),
		files: packed.files.map((file) => file.path),
		size: packed.size,
	};
}

function iconFiles(icon) {
	const paths = typeof icon === 'string' ? [icon] : Object.values(icon ?? {});
	return paths.filter((value) => value.startsWith('file:')).map((value) => value.slice(5));
}

/** The files n8n reads from the package, as paths inside the tarball (built dist/ must exist). */
function filesN8nLoads(pkg = require(path.join(root, 'package.json'))) {
	const wanted = [];
	for (const [kind, entries] of [
		['node', pkg.n8n.nodes],
		['credential', pkg.n8n.credentials],
	]) {
		for (const entry of entries) {
			wanted.push(entry);
			const built = path.join(root, entry);
			if (!fs.existsSync(built)) continue; // reported as missing from the tarball
			const loaded = require(built);
			const type = Object.values(loaded).find((value) => typeof value === 'function');
			const instance = new type();
			const icon = kind === 'node' ? instance.description.icon : instance.icon;
			for (const file of iconFiles(icon)) wanted.push(path.posix.join(path.dirname(entry), file));
			if (kind === 'node') wanted.push(entry.replace(/\.js$/, '.json'));
		}
	}
	const schemas = fs
		.readdirSync(path.join(root, 'nodes'), { recursive: true })
		.map((file) => file.split(path.sep).join('/'))
		.filter((file) => file.includes('__schema__/') && file.endsWith('.json'));
	for (const file of schemas) wanted.push(`dist/nodes/${file}`);
	return [...new Set(wanted)];
}

/** What is wrong with a tarball holding `files`, one sentence a problem; [] when it can ship. */
function tarballProblems(files, wanted = filesN8nLoads()) {
	const shipped = new Set(files);
	const missing = wanted.filter((file) => !shipped.has(file));
	const unwanted = files.filter(
		(file) =>
			NEVER_SHIPPED.some((pattern) => pattern.test(file)) ||
			(!(file.startsWith('dist/nodes/') || file.startsWith('dist/credentials/')) &&
				!ALWAYS_SHIPPED.includes(file)),
	);
	return [
		...(missing.length ? [`missing what n8n loads: ${missing.join(', ')}`] : []),
		...(unwanted.length ? [`carries what n8n does not load: ${unwanted.join(', ')}`] : []),
	];
}

module.exports = { pack, filesN8nLoads, tarballProblems };
