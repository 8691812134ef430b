'use strict';
// `npm run build` (tsc + gulp) must give what `n8n-node build` gives for the code n8n loads: the
// same files with the same content under dist/nodes and dist/credentials. (n8n-node also copies any
// image elsewhere in the repository, e.g. the README's screenshots, which the package does not ship.)
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { execFileSync } = require('node:child_process');

jest.setTimeout(180_000);

const root = path.join(__dirname, '..');
const SOURCES = [
	'nodes',
	'credentials',
	'package.json',
	'tsconfig.json',
	'gulpfile.js',
	'eslint.config.mjs',
];

function copyOfSources() {
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ginee-build-'));
	for (const entry of SOURCES)
		fs.cpSync(path.join(root, entry), path.join(dir, entry), { recursive: true });
	fs.symlinkSync(path.join(root, 'node_modules'), path.join(dir, 'node_modules'));
	return dir;
}

function filesUnder(dir) {
	return fs
		.readdirSync(dir, { recursive: true })
		.filter((file) => fs.statSync(path.join(dir, file)).isFile())
		.sort();
}

describe('build', () => {
	const dirs = [];
	afterAll(() => dirs.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

	it('gives the same dist/nodes and dist/credentials as n8n-node build', () => {
		const ours = copyOfSources();
		const theirs = copyOfSources();
		dirs.push(ours, theirs);
		execFileSync('npm', ['run', 'build', '--silent'], { cwd: ours, stdio: 'pipe' });
		execFileSync('npx', ['n8n-node', 'build'], {
			cwd: theirs,
			stdio: 'pipe',
			env: { ...process.env, CI: 'true' },
		});
		for (const part of ['nodes', 'credentials']) {
			const mine = filesUnder(path.join(ours, 'dist', part));
			expect(mine).toEqual(filesUnder(path.join(theirs, 'dist', part)));
			expect(mine).toContain(part === 'nodes' ? 'Ginee/ginee.svg' : 'GineeApi.credentials.js');
			for (const file of mine) {
				const a = fs.readFileSync(path.join(ours, 'dist', part, file));
				const b = fs.readFileSync(path.join(theirs, 'dist', part, file));
				expect({ file, same: a.equals(b) }).toEqual({ file, same: true });
			}
		}
	});
});
