'use strict';
// The release path of CONTRIBUTING ("Releasing"), in a copy of the repository with no dist/: the
// tarball `npm run release:pack` makes holds every node, credential and icon n8n loads and none of
// the source maps, type declarations or sources, and the check refuses a tarball that lacks any.
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { execFileSync } = require('node:child_process');

jest.setTimeout(240_000);

const root = path.join(__dirname, '..');

function copyOfRepository() {
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ginee-release-'));
	const files = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], {
		cwd: root,
		encoding: 'utf8',
	})
		.split('\n')
		.filter((file) => file && fs.existsSync(path.join(root, file)));
	for (const file of files) {
		fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
		fs.copyFileSync(path.join(root, file), path.join(dir, file));
	}
	fs.symlinkSync(path.join(root, 'node_modules'), path.join(dir, 'node_modules'));
	return dir;
}

describe('release:pack in a copy without dist/', () => {
	let dir;
	let shipped;
	let tarball;
	beforeAll(() => {
		dir = copyOfRepository();
		expect(fs.existsSync(path.join(dir, 'dist'))).toBe(false);
		const printed = execFileSync('npm', ['run', '--silent', 'release:pack'], {
			cwd: dir,
			encoding: 'utf8',
			env: { ...process.env, CI: 'true' },
		});
		const lines = printed.trim().split('\n');
		tarball = require(path.join(dir, 'scripts/tarball.js'));
		shipped = execFileSync('tar', ['-tzf', path.join(dir, lines[lines.length - 1])], {
			encoding: 'utf8',
		})
			.trim()
			.split('\n')
			.map((file) => file.replace(/^package\//, ''));
	});
	afterAll(() => dir && fs.rmSync(dir, { recursive: true, force: true }));

	it('packs every node, credential, icon, codex file and schema preview', () => {
		const pkg = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8'));
		for (const entry of [...pkg.n8n.nodes, ...pkg.n8n.credentials])
			expect(shipped).toContain(entry);
		expect(shipped).toEqual(
			expect.arrayContaining([
				'dist/nodes/Ginee/ginee.svg',
				'dist/nodes/Ginee/ginee.dark.svg',
				'dist/nodes/Ginee/Ginee.node.json',
				'dist/nodes/Ginee/__schema__/v1.1.0/order/getDetails.json',
			]),
		);
		expect(tarball.tarballProblems(shipped)).toEqual([]);
	});

	it('packs no source map, type declaration or source, and nothing outside dist/ but the docs', () => {
		expect(shipped.filter((file) => /\.(map|ts)$/.test(file))).toEqual([]);
		expect(shipped.filter((file) => !file.startsWith('dist/')).sort()).toEqual([
			'LICENSE',
			'README.md',
			'index.js',
			'package.json',
		]);
	});

	it('refuses a tarball that lacks a node, a credential or an icon, or carries maps', () => {
		const without = (file) => shipped.filter((entry) => entry !== file);
		const problems = (files) => tarball.tarballProblems(files).join('\n');
		expect(problems(without('dist/nodes/GineeTrigger/GineeTrigger.node.js'))).toMatch(
			/missing what n8n loads: dist\/nodes\/GineeTrigger\/GineeTrigger\.node\.js/,
		);
		expect(problems(without('dist/credentials/GineeApi.credentials.js'))).toContain(
			'dist/credentials/GineeApi.credentials.js',
		);
		expect(problems(without('dist/nodes/Ginee/ginee.dark.svg'))).toContain('ginee.dark.svg');
		// what `npm pack` gives when nothing was built
		expect(problems(['LICENSE', 'README.md', 'index.js', 'package.json'])).toContain(
			'dist/nodes/Ginee/Ginee.node.js',
		);
		expect(problems([...shipped, 'dist/nodes/Ginee/Ginee.node.js.map'])).toMatch(
			/carries what n8n does not load: dist\/nodes\/Ginee\/Ginee\.node\.js\.map/,
		);
		expect(problems([...shipped, 'dist/nodes/Ginee/Ginee.node.d.ts'])).toContain('.d.ts');
		expect(problems([...shipped, 'dist/docs/screenshots/a.png'])).toContain('dist/docs');
	});
});
