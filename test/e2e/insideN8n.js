'use strict';
// What the suites of our nodes inside real n8n share: one n8n per tested line with the package
// installed and the emulator beside it (700 plain products: enough SKUs in both warehouses for
// 1,000 stock changes), the emulator's recent orders, and a clean fault plan for each test.
const { N8N_LINES } = require('../../tools/n8n-harness/versions');
const { useN8nWithEmulator } = require('../../tools/n8n-harness/setup');
const { gineeWorkflow } = require('../../tools/n8n-harness/workflows');
const { recentOrders } = require('../helpers/shared');

/** Runs `define` once per tested n8n line, inside a describe named for the line. */
function insideN8n(define) {
	describe.each(N8N_LINES)('inside real n8n %s', (version) => {
		const setup = useN8nWithEmulator({ version, emulator: { plainProducts: 700 } });
		const { emulator, n8n } = setup;
		/** The emulator's orders of the last three months, newest first (filled before the tests). */
		const recent = [];
		beforeAll(() => {
			recent.push(...recentOrders(emulator));
		});
		beforeEach(() => {
			emulator.requests = [];
			emulator.faults.clear();
		});

		/** A web hook → Update Manual Order workflow that sends each item's `body` as the JSON body. */
		const updateFromJsonWorkflow = (name, webhookPath) =>
			gineeWorkflow(name, webhookPath, setup.credential, {
				resource: 'order',
				operation: 'updateManualOrder',
				bodySource: 'json',
				jsonBody: '={{ JSON.stringify($json.body) }}',
				options: {},
			});

		define({ version, setup, emulator, n8n, recent, updateFromJsonWorkflow });
	});
}

module.exports = { insideN8n };
