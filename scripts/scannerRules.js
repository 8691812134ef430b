'use strict';
// The two copies of n8n's community-node rules: the one `npm run lint` uses (through
// @n8n/node-cli) and the one n8n's verification scanner bundles, which can be older.
const path = require('node:path');

const SCANNER = path.dirname(require.resolve('@n8n/scan-community-package/package.json'));

/** The plugin as a package installed for `from` resolves it (its package.json is not exported). */
function pluginAt(from) {
	const main = require.resolve('@n8n/eslint-plugin-community-nodes', { paths: [from] });
	let folder = path.dirname(main);
	while (path.basename(folder) !== 'eslint-plugin-community-nodes') folder = path.dirname(folder);
	const { version } = require(path.join(folder, 'package.json'));
	const { n8nCommunityNodesPlugin } = require(main);
	return { version, rules: n8nCommunityNodesPlugin.configs.recommended.rules };
}

/** Versions and recommended rule levels of the scanner's plugin and of the lint's. */
function scannerAndLintRules() {
	return {
		scanner: {
			version: require(path.join(SCANNER, 'package.json')).version,
			plugin: pluginAt(SCANNER),
		},
		lint: pluginAt(path.dirname(require.resolve('@n8n/node-cli/eslint'))),
	};
}

/** The rules both copies have but judge differently ("rule: lint error, scanner warn"). */
function disagreements({ scanner, lint }) {
	return Object.keys(scanner.plugin.rules)
		.filter((rule) => rule in lint.rules)
		.filter(
			(rule) => JSON.stringify(scanner.plugin.rules[rule]) !== JSON.stringify(lint.rules[rule]),
		)
		.map(
			(rule) =>
				`${rule}: lint ${JSON.stringify(lint.rules[rule])}, scanner ${JSON.stringify(scanner.plugin.rules[rule])}`,
		);
}

module.exports = { scannerAndLintRules, disagreements };

// Jest cannot load the plugins (ES modules): its tests read them through this script's output.
if (require.main === module) console.log(JSON.stringify(scannerAndLintRules()));
