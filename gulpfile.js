const fs = require('node:fs');
const { src, dest } = require('gulp');

/** Starts every build from an empty dist/, as `n8n-node build` does. */
async function clean() {
	fs.rmSync('dist', { recursive: true, force: true });
}

/**
 * tsc copies no static files: put the icons (and any __schema__ JSON) of nodes/ and credentials/
 * beside the compiled code, where n8n looks for them.
 */
function copyIcons() {
	return src(
		[
			'nodes/**/*.{png,svg}',
			'credentials/**/*.{png,svg}',
			'{nodes,credentials}/**/__schema__/**/*.json',
		],
		{ base: '.', encoding: false, allowEmpty: true },
	).pipe(dest('dist'));
}

exports.clean = clean;
exports['build:icons'] = copyIcons;
