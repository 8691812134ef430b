const fs = require('node:fs');
const path = require('node:path');

/**
 * `n8n-node build` copies every PNG and SVG of the repository into dist/ (the README's
 * screenshots too): keep only what n8n loads, dist/nodes and dist/credentials.
 */
async function keepWhatN8nLoads() {
	for (const entry of fs.readdirSync('dist')) {
		if (!['nodes', 'credentials'].includes(entry)) {
			fs.rmSync(path.join('dist', entry), { recursive: true, force: true });
		}
	}
}

exports.default = keepWhatN8nLoads;
