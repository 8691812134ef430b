'use strict';
// The n8n editor as a user sees it, in Debian's Chromium driven by playwright-core: our node panels
// show the fields of Ginee's request tables, the trigger shows its URL notice, the credential dialog
// tests green. Screenshots go to docs/screenshots/ (the README shows them).
const fs = require('node:fs');
const path = require('node:path');
const { chromium } = require('playwright-core');
const { OWNER } = require('../harness/n8n');
const { useN8nWithEmulator } = require('../harness/setup');

jest.setTimeout(600_000);

const SCREENSHOTS = path.join(__dirname, '../../docs/screenshots');
const EXAMPLES = path.join(__dirname, '../../examples');
const CHROMIUM_ARGS = [
	'--headless',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-dev-shm-usage',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run',
];

const node = (name, parameters, credential, extra = {}) => ({
	id: `node-${name.replace(/\W/g, '')}`,
	name,
	type: 'n8n-nodes-ginee.ginee',
	typeVersion: 1,
	position: [0, 0],
	parameters,
	credentials: { gineeApi: { id: credential.id, name: credential.name } },
	...extra,
});

describe('the n8n editor in a browser', () => {
	const setup = useN8nWithEmulator({ emulator: { orderCount: 100 } });
	const { emulator, n8n } = setup;
	let browser;
	let page;

	beforeAll(async () => {
		fs.mkdirSync(SCREENSHOTS, { recursive: true });
		browser = await chromium.launch({
			executablePath: '/usr/bin/chromium',
			args: CHROMIUM_ARGS,
			env: { ...process.env, HOME: fs.mkdtempSync('/tmp/chromium-home-') },
		});
		page = await browser.newPage({ viewport: { width: 1440, height: 1000 } });
		await page.goto(`${n8n.baseUrl}/signin`);
		await page.fill('input[name=emailOrLdapLoginId]', OWNER.email);
		await page.fill('input[name=password]', OWNER.password);
		await page.keyboard.press('Enter');
		await page.waitForURL(/\/(home|workflow)/, { timeout: 60_000 });
	});

	afterAll(async () => {
		await browser?.close();
	});

	/** Opens the node's panel and returns its visible text. */
	async function openPanel(workflowId, nodeName, screenshot) {
		await page.goto(`${n8n.baseUrl}/workflow/${workflowId}`);
		await page.waitForSelector(`[data-node-name="${nodeName}"]`, { timeout: 60_000 });
		await page.dblclick(`[data-node-name="${nodeName}"]`);
		const panel = page.locator('[data-test-id="ndv"]');
		await panel.waitFor({ timeout: 30_000 });
		await page.locator('[data-test-id="ndv"] >> text=Parameters').first().waitFor();
		await page.screenshot({ path: path.join(SCREENSHOTS, screenshot) });
		return await panel.innerText();
	}

	it.each([
		[
			'Get Details',
			{ resource: 'order', operation: 'getDetails' },
			[
				'Credential',
				'Resource',
				'Operation',
				'Look Up By',
				'Order IDs',
				'Add Order ID',
				'Simplify',
				'Options',
			],
			'ginee-get-details.png',
		],
		[
			'Get Details by channel',
			{ resource: 'order', operation: 'getDetails', lookupBy: 'channelOrderIds' },
			['Shop Name or ID', 'Channel Order IDs'],
			'ginee-get-details-channel.png',
		],
		[
			'Update Manual Order',
			{ resource: 'order', operation: 'updateManualOrder' },
			[
				'Only manual orders whose status is PAID',
				'Define Order',
				'Order ID',
				'External Order SN',
				'Customer Name',
				'Customer Email',
				'Customer Mobile',
				'Payment Method',
				'Pay Amount',
				'Pay At',
				'Order Items',
				'Add Order Item',
				'Shipping Address',
				'Additional Fields',
			],
			'ginee-update-manual-order.png',
		],
		[
			'Get Many',
			{ resource: 'order', operation: 'getMany' },
			['Time Range By', 'From', 'To', 'Return All', 'Limit', 'Simplify', 'Filters'],
			'ginee-get-many.png',
		],
		[
			'Shops',
			{ resource: 'shop', operation: 'getMany' },
			['Resource', 'Shop', 'Return All', 'Limit'],
			'ginee-shops.png',
		],
	])(
		'the %s panel shows the fields of Ginee’s table',
		async (name, parameters, labels, screenshot) => {
			const workflow = await n8n.createWorkflow({
				name: `Panel ${name}`,
				nodes: [node(name, parameters, setup.credential)],
			});
			const text = await openPanel(workflow.id, name, screenshot);
			for (const label of labels)
				expect({ label, shown: text.includes(label) }).toEqual({ label, shown: true });
		},
	);

	it('the Update Manual Order item and address fields open with their labels', async () => {
		const workflow = await n8n.createWorkflow({
			name: 'Panel Update filled',
			nodes: [
				node(
					'Update Manual Order',
					{
						resource: 'order',
						operation: 'updateManualOrder',
						orderItems: {
							item: [{ id: '', sku: '', quantity: 1, actualPrice: 0, warehouseId: '', weight: '' }],
						},
						shippingAddress: { address: {} },
					},
					setup.credential,
				),
			],
		});
		const text = await openPanel(
			workflow.id,
			'Update Manual Order',
			'ginee-update-manual-order-items.png',
		);
		for (const label of [
			'Order Item ID',
			'SKU',
			'Quantity',
			'Actual Price',
			'Warehouse ID',
			'Weight',
			'Address ID',
			'Phone Number',
			'Province',
			'City',
		]) {
			expect({ label, shown: text.includes(label) }).toEqual({ label, shown: true });
		}
	});

	it('the trigger panel shows its URLs and tells the user to give the production URL to Ginee', async () => {
		const workflow = await n8n.createWorkflow({
			name: 'Panel trigger',
			nodes: [
				{
					id: 'trigger',
					name: 'Ginee Trigger',
					type: 'n8n-nodes-ginee.gineeTrigger',
					typeVersion: 1,
					position: [0, 0],
					webhookId: 'panel-trigger',
					parameters: { events: ['order.CREATE'] },
				},
			],
		});
		const text = await openPanel(workflow.id, 'Ginee Trigger', 'ginee-trigger.png');
		expect(text).toContain('Production URL');
		expect(text).toContain('Ginee staff');
		// where the URL is, and the names this n8n's panel itself gives its test buttons
		expect(text).toContain('Webhook URLs');
		for (const label of ['Execute step', 'Test this trigger', 'set mock data']) {
			expect(text.split(label).length - 1).toBeGreaterThanOrEqual(2); // in the notice and on the panel
		}
		expect(text).toContain('one Ginee Trigger per module');
		expect(text).toContain('Events');
		expect(text).toContain('Require Secret Token');
		expect(text).toContain('Fetch Full Order');
		// a dropdown shows its choice as an input's value, not as text
		const values = await page
			.locator('[data-test-id="ndv"] input')
			.evaluateAll((inputs) => inputs.map((input) => input.value));
		expect(values).toContain('Whole Event');
	});

	it('the credential dialog shows the fields and tests green against Ginee', async () => {
		await page.goto(`${n8n.baseUrl}/home/credentials/${setup.credential.id}`);
		await page.getByText('Access Key').first().waitFor({ timeout: 30_000 });
		await page.getByText('Connection tested successfully').waitFor({ timeout: 30_000 });
		const dialog = page
			.locator('.el-dialog, [role="dialog"]')
			.filter({ hasText: 'Access Key' })
			.first();
		await page.screenshot({ path: path.join(SCREENSHOTS, 'ginee-credential.png') });
		const text = await dialog.innerText();
		for (const label of ['Access Key', 'Secret Key', 'Country', 'Host', 'Webhook Secret Token'])
			expect(text).toContain(label);
		expect(text).not.toContain(emulator.account.secretKey);
	});

	it.each(['Shopee', 'Tokopedia', 'TikTok Shop', 'marketplace'])(
		'finds the Ginee node when a seller searches the node panel for "%s"',
		async (term) => {
			const workflow = await n8n.createWorkflow({ name: `Search ${term}`, nodes: [] });
			await page.goto(`${n8n.baseUrl}/workflow/${workflow.id}`);
			await page.locator('[data-test-id="node-creator-plus-button"]').click({ timeout: 60_000 });
			await page.locator('[data-test-id="node-creator-search-bar"]').waitFor();
			await page.keyboard.type(term); // the search box has the focus, as for a user
			const names = page.locator('[data-test-id="node-creator-item-name"]');
			await names
				.filter({ hasText: /^Ginee$/ })
				.first()
				.waitFor({ timeout: 30_000 });
			if (term === 'Shopee')
				await page.screenshot({ path: path.join(SCREENSHOTS, 'ginee-found-by-shopee.png') });
			expect(await names.allInnerTexts()).toContain('Ginee');
		},
	);

	it('shows each Ginee node on the canvas with its action as subtitle', async () => {
		const workflow = JSON.parse(
			fs
				.readFileSync(path.join(EXAMPLES, 'ask-about-an-order.json'), 'utf8')
				.replaceAll('GINEE_CREDENTIAL_ID', setup.credential.id),
		);
		const created = await n8n.createWorkflow(workflow);
		await page.goto(`${n8n.baseUrl}/workflow/${created.id}`);
		await page.waitForSelector('[data-node-name="Ginee orders"]', { timeout: 60_000 });
		const canvas = await page.locator('body').innerText();
		expect(canvas).toContain('Get order details');
		expect(canvas).toContain('Get many orders');
		expect(canvas).not.toContain('getDetails: order');
	});

	it.each(fs.readdirSync(EXAMPLES).filter((file) => file.endsWith('.json')))(
		'the example %s opens on the canvas',
		async (file) => {
			const workflow = JSON.parse(
				fs
					.readFileSync(path.join(EXAMPLES, file), 'utf8')
					.replaceAll('GINEE_CREDENTIAL_ID', setup.credential.id),
			);
			workflow.nodes.forEach((candidate, index) => (candidate.position = [index * 260, 0]));
			const created = await n8n.createWorkflow(workflow);
			await page.setViewportSize({ width: 1280, height: 520 });
			await page.goto(`${n8n.baseUrl}/workflow/${created.id}`);
			for (const candidate of workflow.nodes)
				await page.waitForSelector(`[data-node-name="${candidate.name}"]`, { timeout: 60_000 });
			await page.keyboard.press('1'); // zoom to fit
			await page.waitForTimeout(500); // let the zoom animation settle before the picture
			await page.screenshot({
				path: path.join(SCREENSHOTS, `example-${file.replace('.json', '')}.png`),
			});
			const shown = await page
				.locator('[data-node-name]')
				.evaluateAll((elements) => [
					...new Set(elements.map((element) => element.getAttribute('data-node-name'))),
				]);
			await page.setViewportSize({ width: 1440, height: 1000 });
			expect(shown.sort()).toEqual(workflow.nodes.map((candidate) => candidate.name).sort());
		},
	);
});
