// Lints what n8n's verification lints, the way `npx @n8n/scan-community-package` does: the source
// (package.json, nodes/**, credentials/**) and the JavaScript of the tarball `npm pack` makes. The
// scanner itself downloads a published version and checks its npm provenance first; those two steps
// need the registry and a release, so this runs its two lint legs on the local package instead.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

import {
	analyzePackage,
	SOURCE_FILE_PATTERNS,
} from '@n8n/scan-community-package/scanner/scanner.mjs';

const require = createRequire(import.meta.url);
const { pack, tarballProblems } = require('./tarball.js');
const { disagreements, scannerAndLintRules } = require('./scannerRules.js');
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'ginee-scan-'));

const rules = scannerAndLintRules();
console.log(
	`scanner @n8n/scan-community-package ${rules.scanner.version} with ` +
		`@n8n/eslint-plugin-community-nodes ${rules.scanner.plugin.version} ` +
		`(npm run lint: ${rules.lint.version})`,
);
for (const disagreement of disagreements(rules)) console.log(`rules disagree: ${disagreement}`);

try {
	const tarball = pack(work);
	execFileSync('tar', ['-xzf', tarball.file, '-C', work]);
	const packageDir = path.join(work, 'package');
	const problems = tarballProblems(tarball.files);
	if (problems.length) throw new Error(`The tarball cannot ship: ${problems.join('; ')}`);

	const legs = [
		['source', await analyzePackage(root, SOURCE_FILE_PATTERNS)],
		['tarball', await analyzePackage(packageDir, ['**/*.js', 'package.json'])],
	];
	let passed = true;
	for (const [leg, result] of legs) {
		console.log(
			`${result.passed ? 'passed' : 'FAILED'}: ${leg}${result.message ? ` (${result.message})` : ''}`,
		);
		if (result.details) console.log(result.details);
		passed &&= result.passed;
	}
	console.log(
		`${path.basename(tarball.file)}: ${tarball.files.length} files, ${tarball.size} bytes packed`,
	);
	process.exitCode = passed ? 0 : 1;
} finally {
	fs.rmSync(work, { recursive: true, force: true });
}
