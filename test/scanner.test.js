'use strict';
// n8n's verification lints a package with the rules bundled in @n8n/scan-community-package, which
// can be an older copy than the one `npm run lint` uses: where a rule is in both, both judge alike.
const { execFileSync } = require('node:child_process');
const path = require('node:path');
const { disagreements } = require('../scripts/scannerRules');

// the plugins are ES modules, which Node loads and Jest does not
const rules = JSON.parse(
	execFileSync(process.execPath, [path.join(__dirname, '../scripts/scannerRules.js')], {
		encoding: 'utf8',
	}),
);

describe('the verification scanner’s rules and the lint’s', () => {
	it('judge every rule they share alike', () => {
		expect(disagreements(rules)).toEqual([]);
		expect(Object.keys(rules.scanner.plugin.rules).length).toBeGreaterThan(20);
	});

	it('a rule the scanner judges otherwise would be named', () => {
		const [rule] = Object.keys(rules.scanner.plugin.rules).filter(
			(name) => name in rules.lint.rules,
		);
		const scannerTurnsItOff = {
			...rules,
			scanner: {
				...rules.scanner,
				plugin: {
					...rules.scanner.plugin,
					rules: { ...rules.scanner.plugin.rules, [rule]: 'off' },
				},
			},
		};
		expect(disagreements(scannerTurnsItOff)).toEqual([
			`${rule}: lint ${JSON.stringify(rules.lint.rules[rule])}, scanner "off"`,
		]);
	});
});
