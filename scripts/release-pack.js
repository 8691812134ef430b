'use strict';
// The release path's tarball: `npm run release:pack` builds (this repository's .npmrc turns npm's
// lifecycle scripts off, so `prepack` does not run), packs into the repository's folder, and fails
// unless the tarball holds every node, credential and icon and nothing n8n does not load.
// publish.yml publishes exactly the file this prints.
const { execFileSync } = require('node:child_process');
const path = require('node:path');

const { pack, tarballProblems } = require('./tarball');

const root = path.join(__dirname, '..');
execFileSync('npm', ['run', 'build', '--silent'], {
	cwd: root,
	stdio: ['ignore', 'ignore', 'inherit'],
});
const tarball = pack(root);
const problems = tarballProblems(tarball.files);
if (problems.length) {
	console.error(`${path.basename(tarball.file)} cannot be released:\n- ${problems.join('\n- ')}`);
	process.exit(1);
}
console.error(
	`${tarball.files.length} files, ${tarball.size} bytes: every node, credential and icon`,
);
console.log(path.relative(root, tarball.file));
