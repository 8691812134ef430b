'use strict';
/** The real-n8n lanes: every test file under test/e2e in exactly one (jest runs its slowest first). */
const REAL_N8N_LANES = {
	load: [
		'robustness.e2e.test.js',
		'sustained.e2e.test.js',
		'examples.e2e.test.js',
		'credential.e2e.test.js',
	],
	editor: [
		'editor.browser.test.js',
		'node.e2e.test.js',
		'trigger.e2e.test.js',
		'fulfilment.e2e.test.js',
		'queue.e2e.test.js',
		'agent.e2e.test.js',
	],
	polling: [
		'polling.e2e.test.js',
		'expression-engine.e2e.test.js',
		'crash.e2e.test.js',
		'writes.e2e.test.js',
		'n8n3.e2e.test.js',
	],
};

module.exports = { REAL_N8N_LANES };
