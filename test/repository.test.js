'use strict';
// What a release needs besides working code: licence, changelog, metadata, the GitHub workflows
// (valid YAML, publishing with provenance) and source lines within the formatter's width.
const fs = require('node:fs');
const path = require('node:path');
const { execFileSync } = require('node:child_process');
const YAML = require('yaml');

const root = path.join(__dirname, '..');
const read = (file) => fs.readFileSync(path.join(root, file), 'utf8');
const pkg = JSON.parse(read('package.json'));
const workflow = (name) => {
	const document = YAML.parseDocument(read(`.github/workflows/${name}`));
	expect(document.errors).toEqual([]);
	return document.toJS();
};
const ONE_LITERAL = [
	'using an <a href="https://docs.n8n.io/code/expressions/">',
	'[$parameter["resource"] + ":" + $parameter["operation"]]',
];
const runs = (job) => job.steps.map((step) => step.run ?? '').join('\n');

describe('release readiness', () => {
	it('stands alone: no test, tool or script reads outside the repository', () => {
		const files = execFileSync('git', ['ls-files', 'test', 'tools', 'scripts', 'bench'], {
			cwd: root,
			encoding: 'utf8',
		})
			.split('\n')
			.filter((file) => /\.(js|mjs|ts|sh)$/.test(file));
		const outside = files.filter((file) => /\.\.\/shared\/|\/work\/shared/.test(read(file)));
		expect(outside).toEqual([]);
	});

	it('ships an MIT licence, a changelog entry for this version and consistent metadata', () => {
		expect(pkg.license).toBe('MIT');
		expect(read('LICENSE')).toMatch(/^MIT License\n/);
		expect(read('CHANGELOG.md')).toContain(`\n## ${pkg.version}\n`);
		const repository = pkg.repository.url.replace(/^git\+/, '').replace(/\.git$/, '');
		expect(pkg.homepage.startsWith(`${repository}#`)).toBe(true);
		expect(pkg.bugs.url).toBe(`${repository}/issues`);
		expect(pkg.author.name).toBeTruthy();
		expect(pkg.dependencies ?? {}).toEqual({});
		expect(pkg.n8n.strict).toBe(true);
		expect(pkg.files).toEqual(['dist/nodes', 'dist/credentials']);
		expect(pkg.scripts['release:pack']).toBe('node scripts/release-pack.js');
	});

	it('CI runs what npm test runs, checks first, then every real-n8n lane; .ci/run runs npm test', () => {
		const { checks, 'real-n8n': lanes } = workflow('ci.yml').jobs;
		expect(runs(checks)).toMatch(/^npm ci\b/m);
		expect(runs(checks)).toMatch(/^node scripts\/test-lanes\.js --only checks$/m);
		expect(runs(checks)).toMatch(/^npm run scan$/m);
		expect(lanes.needs).toBe('checks');
		const { REAL_N8N_LANES } = require('../scripts/lanes');
		expect(lanes.strategy.matrix.lane.sort()).toEqual(Object.keys(REAL_N8N_LANES).sort());
		expect(runs(lanes)).toMatch(/^npm ci\b/m);
		expect(runs(lanes)).toMatch(/^bash scripts\/ensure-test-tools\.sh$/m);
		expect(runs(lanes)).toMatch(/^node scripts\/test-lanes\.js --only \$\{\{ matrix\.lane \}\}$/m);
		expect(read('package.json')).toContain('"test": "node scripts/test-lanes.js && npm run scan"');
		expect(read('.ci/run')).toMatch(/^npm ci\b.*\n(.*\n)*npm test$/m);
		expect(read('README.md')).toContain('npm test');
		const cache = lanes.steps.find((step) => step.uses?.startsWith('actions/cache@'));
		expect(cache.with.path).toBe('~/.cache/n8n-nodes-ginee/runtime');
		expect(cache.with.key).toContain(
			"hashFiles('tools/n8n-harness/versions.js', 'scripts/ensure-n8n.sh', 'scripts/n8n-locks/*')",
		);
	});

	it('publishes on a version tag, after the tests, with provenance and an OIDC token', () => {
		const publish = workflow('publish.yml');
		expect(publish.on.push.tags).toEqual(['*.*.*']);
		const [job] = Object.values(publish.jobs);
		expect(job.permissions['id-token']).toBe('write');
		const commands = runs(job);
		expect(commands).toMatch(/npm publish --provenance --access public "\$TARBALL"/);
		const pack = job.steps.find((step) => step.id === 'pack');
		expect(pack.run).toContain('npm run --silent release:pack');
		expect(job.steps.find((step) => /npm publish/.test(step.run ?? '')).env.TARBALL).toBe(
			'${{ steps.pack.outputs.tarball }}',
		);
		expect(commands.indexOf('release:pack')).toBeLessThan(commands.indexOf('npm publish'));
		expect(commands.indexOf('npm test')).toBeGreaterThan(-1);
		expect(commands.indexOf('npm test')).toBeLessThan(commands.indexOf('npm publish'));
	});

	it('keeps every source line of nodes/ and credentials/ within the formatter’s width', () => {
		const { printWidth, tabWidth } = require(path.join(root, '.prettierrc.js'));
		const files = execFileSync('git', ['ls-files', 'nodes', 'credentials'], {
			cwd: root,
			encoding: 'utf8',
		})
			.split('\n')
			.filter((file) => file.endsWith('.ts'));
		expect(files.length).toBeGreaterThan(10);
		const long = files.flatMap((file) =>
			read(file)
				.split('\n')
				.map((line, index) => ({ at: `${file}:${index + 1}`, line }))
				.filter(({ line }) => line.replaceAll('\t', ' '.repeat(tabWidth)).length > printWidth)
				// n8n's lint rules read the dynamic-options sentence and the subtitle only as one literal
				.filter(({ line }) => !ONE_LITERAL.some((part) => line.includes(part))),
		);
		expect(long.map(({ at }) => at)).toEqual([]);
	});
});
