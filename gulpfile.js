const fs = require('node:fs');
const { src, dest } = require('gulp');

/** Starts every build from an empty dist/, as `n8n-node build` does. */
async function clean() {
	fs.rmSync('dist', { recursive: true, force: true });
}

/**
 * tsc copies no static files: put every SVG/PNG of nodes/ and credentials/, and the editor's schema
 * previews (nodes/<Node>/__schema__), beside the compiled code.
 */
function copyIcons() {
	return src(
		['nodes/**/*.{png,svg}', 'credentials/**/*.{png,svg}', 'nodes/**/__schema__/**/*.json'],
		{ base: '.', encoding: false },
	).pipe(dest('dist'));
}

exports.clean = clean;
exports['build:icons'] = copyIcons;
