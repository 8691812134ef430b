'use strict';
// The n8n editor as a user sees it, in Debian's Chromium driven by playwright-core: our node panels
// show the fields of Ginee's request tables, the trigger shows its URL notice, the credential dialog
// tests green. Screenshots go to docs/screenshots/ (the README shows them) only with
// UPDATE_SCREENSHOTS=1; otherwise to a temporary folder, so that a test run changes no tracked file.
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { chromium } = require('playwright-core');
const { OWNER } = require('../../tools/n8n-harness/n8n');
const { useN8nWithEmulator } = require('../../tools/n8n-harness/setup');
const { GINEE_NODE_VERSION } = require('../../tools/n8n-harness/workflows');
const { getDetailsParameters, PATHS, shippedManualOrderUpdate } = require('../helpers/shared');

jest.setTimeout(600_000);

const UPDATE_SCREENSHOTS = process.env.UPDATE_SCREENSHOTS === '1';
const SCREENSHOTS = UPDATE_SCREENSHOTS
	? path.join(__dirname, '../../docs/screenshots')
	: fs.mkdtempSync(path.join(os.tmpdir(), 'ginee-screenshots-'));
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
	typeVersion: GINEE_NODE_VERSION,
	position: [0, 0],
	parameters,
	credentials: { gineeApi: { id: credential.id, name: credential.name } },
	...extra,
});

const MANUAL_TRIGGER = {
	id: 'manual',
	name: 'Start',
	type: 'n8n-nodes-base.manualTrigger',
	typeVersion: 1,
	position: [0, 0],
	parameters: {},
};

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
		if (!UPDATE_SCREENSHOTS) fs.rmSync(SCREENSHOTS, { recursive: true, force: true });
	});

	/** What the open panel's inputs hold: a dropdown shows its choice as a value, not as text. */
	async function panelInputValues() {
		return await page
			.locator('[data-test-id="ndv"] input')
			.evaluateAll((inputs) => inputs.map((input) => input.value));
	}

	/**
	 * Opens a workflow in the editor and waits for `readySelector`. From another workflow it goes
	 * the way the editor's own links do, without loading n8n again (a full load costs about 7 s of
	 * Chromium's time, most of this suite's): a panel left open is closed with Escape, the URL is
	 * pushed, n8n's router follows it and fetches the workflow, and only then is `readySelector`
	 * looked for (so a node of the same name in the previous workflow cannot answer). The first
	 * workflow, or the one already on screen, loads in full.
	 */
	async function openWorkflow(workflowId, readySelector) {
		const target = `/workflow/${workflowId}`;
		if (new URL(page.url()).pathname.startsWith('/workflow/') && !page.url().endsWith(target)) {
			await page.keyboard.press('Escape');
			const fetched = page.waitForResponse(
				(response) =>
					new URL(response.url()).pathname === `/rest/workflows/${workflowId}` &&
					response.request().method() === 'GET',
				{ timeout: 60_000 },
			);
			await page.evaluate((url) => {
				window.history.pushState(null, '', url);
				window.dispatchEvent(new PopStateEvent('popstate'));
			}, target);
			await fetched;
		} else {
			await page.goto(`${n8n.baseUrl}${target}`);
		}
		await page.waitForSelector(readySelector, { timeout: 60_000 });
	}

	/** Opens the node's panel, takes its picture if a file name is given, returns its text. */
	async function openPanel(workflowId, nodeName, screenshot) {
		await openWorkflow(workflowId, `[data-node-name="${nodeName}"]`);
		await page.dblclick(`[data-node-name="${nodeName}"]`);
		const panel = page.locator('[data-test-id="ndv"]');
		await panel.waitFor({ timeout: 30_000 });
		await page.locator('[data-test-id="ndv"] >> text=Parameters').first().waitFor();
		if (screenshot) await page.screenshot({ path: path.join(SCREENSHOTS, screenshot) });
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
				'Output',
				'Options',
			],
			'ginee-get-details.png',
		],
		[
			'Get Details by channel',
			{ resource: 'order', operation: 'getDetails', lookupBy: 'channelOrderIds' },
			['Shop', 'Marketplace Order Numbers'],
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
			['Period', 'Time Range By', 'Return All', 'Limit', 'Output', 'Filters'],
			'ginee-get-many.png',
		],
		[
			'Products',
			{ resource: 'product', operation: 'getMany' },
			['Resource', 'Product', 'Return All', 'Limit', 'Filters'],
			'ginee-products.png',
		],
		[
			'Product',
			{ resource: 'product', operation: 'get' },
			['Product ID', 'Options'],
			'ginee-product.png',
		],
		[
			'Find by SKU',
			{ resource: 'product', operation: 'findBySku' },
			['Look Up By', 'SKUs', 'Add SKU'],
			'ginee-find-by-sku.png',
		],
		[
			'Prices',
			{ resource: 'price', operation: 'getMany', searchBy: 'sku', sku: 'BATIK-LP' },
			['Resource', 'Price', 'Get Many', 'Search By', 'SKU', 'BATIK-LP', 'Return All', 'Limit'],
			'ginee-prices.png',
		],
		[
			'Set a price',
			{ resource: 'price', operation: 'update', sku: 'BATIK-LP' },
			[
				'Identify By',
				'SKU',
				'Master Price',
				"The shops' prices change only as Shop Prices below",
				'Currency',
				'IDR',
				'Shop Prices',
				'Keep Each Shop’s Price',
				'Marketplace Prices',
				'Add Marketplace Price',
			],
			'ginee-price-update.png',
		],
		[
			'Stock list',
			{ resource: 'inventory', operation: 'getMany' },
			['Warehouse', 'Return All', 'Limit', 'Output', 'Filters'],
			'ginee-inventory.png',
		],
		[
			'Stock by SKU',
			{ resource: 'inventory', operation: 'getStockBySku' },
			['SKUs', 'Add SKU'],
			undefined,
		],
		[
			'Set Warehouse Stock',
			{ resource: 'inventory', operation: 'setWarehouseStock' },
			['This changes data in Ginee', 'Warehouse', 'SKU', 'Quantity', 'Options'],
			'ginee-set-warehouse-stock.png',
		],
		[
			'Update Spare Stock',
			{ resource: 'inventory', operation: 'updateSpareStock' },
			['SKU', 'Action', 'Quantity', 'Warehouse', 'Options'],
			undefined,
		],
		[
			'Accept',
			{ resource: 'order', operation: 'accept' },
			['This changes data in Ginee', 'leave them out when you run it again', 'Order ID', 'Options'],
			undefined,
		],
		[
			'Cancel',
			{ resource: 'order', operation: 'cancel', cancelReason: '__other' },
			['Order ID', 'Reason', 'Other Reason Code', 'Reason Code', 'Options'],
			'ginee-cancel.png',
		],
		[
			'Create Manual Order',
			{ resource: 'order', operation: 'createManualOrder' },
			[
				'The order goes to a manual shop',
				'Define Order',
				'Shop',
				'External Order SN',
				'Customer Name',
				'Payment Method',
				'Pay At',
				'Order Items',
				'Shipping Address',
				'Additional Fields',
			],
			'ginee-create-manual-order.png',
		],
		[
			'Mark as Shipped',
			{ resource: 'order', operation: 'markShipped' },
			['Order ID', 'Options'],
			undefined,
		],
		['Complete', { resource: 'order', operation: 'complete' }, ['Order ID', 'Options'], undefined],
		[
			'Shipping Options',
			{ resource: 'order', operation: 'getShippingOptions' },
			['Order ID', 'Options'],
			undefined,
		],
		[
			'Ship by pick-up',
			{ resource: 'order', operation: 'ship' },
			[
				'Delivery Type',
				'Pick Up',
				'Courier Name or ID',
				'Pick-Up Address Name or ID',
				'Pick-Up Time Name or ID',
				'Options',
			],
			'ginee-ship.png',
		],
		[
			'Ship manually',
			{ resource: 'order', operation: 'ship', deliveryType: 'MANUAL_SHIP' },
			['Courier Name or ID', 'Tracking Number'],
			undefined,
		],
		[
			'Print Document',
			{ resource: 'order', operation: 'printDocument' },
			['Order ID', 'Document', 'Shipping Label', 'Download PDF', 'Put Output File in Field'],
			'ginee-print-document.png',
		],
		[
			'Sales Summary',
			{ resource: 'order', operation: 'getSalesSummary' },
			['Period', 'Yesterday', 'Order Statuses', 'Paid', 'Delivered', 'Options'],
			'ginee-sales-summary.png',
		],
		[
			'Receive stock',
			{
				resource: 'warehouseDocument',
				operation: 'receiveStock',
				warehouseId: { __rl: true, mode: 'id', value: 'WW64C000001CEDFD0000000001' },
				lines: { line: [{ sku: 'BATIK-LP', quantity: '24', unitCost: '45000' }] },
			},
			[
				'Resource',
				'Warehouse Document',
				'Receive Stock',
				'This changes data in Ginee',
				'Warehouse',
				'Lines',
				'Product SKU',
				'BATIK-LP',
				'Quantity',
				'Cost per Unit',
				'Add Line',
				'Options',
			],
			'ginee-receive-stock.png',
		],
		[
			'Send out stock',
			{ resource: 'warehouseDocument', operation: 'sendOutStock' },
			['Send Out Stock', 'This changes data in Ginee', 'Warehouse', 'Lines', 'Add Line', 'Options'],
			'ginee-send-out-stock.png',
		],
		[
			'Execute outbound order',
			{ resource: 'warehouseDocument', operation: 'executeOutboundOrder' },
			['Execute Outbound Order', 'Outbound Order ID', 'Options'],
			'ginee-execute-outbound-order.png',
		],
		[
			'Inbound order',
			{ resource: 'warehouseDocument', operation: 'getInboundOrder' },
			['Get Inbound Order', 'Inbound Order ID', 'Options'],
			'ginee-get-inbound-order.png',
		],
		[
			'Outbound orders of an order',
			{ resource: 'warehouseDocument', operation: 'getOrderOutbound' },
			['Get Outbound Orders of an Order', 'Order ID', 'Options'],
			'ginee-get-outbound-orders.png',
		],
		[
			'Add SKU to warehouse',
			{ resource: 'inventory', operation: 'addToWarehouse' },
			['Add SKU to Warehouse', 'This changes data in Ginee', 'Warehouse', 'SKU', 'Options'],
			'ginee-add-sku-to-warehouse.png',
		],
		[
			'Create product',
			{
				resource: 'product',
				operation: 'create',
				name: 'Kemeja Batik Lengan Panjang',
				spu: 'BATIK',
				variations: {
					variation: [
						{
							sku: 'BATIK-LP-M',
							sellingPrice: '189000',
							purchasePrice: '95000',
							optionValues: 'M',
						},
					],
				},
				additionalFields: { variantOptionNames: 'Size', imageFields: 'photo' },
			},
			[
				'Create',
				'This changes data in Ginee',
				'Product Name',
				'Parent SKU',
				'Define Variations',
				'Variations',
				'SKU',
				'Selling Price',
				'Purchase Price',
				'Option Values',
				'Add Variation',
				'Additional Fields',
				'Images (Binary Fields)',
				'Variant Option Names',
				'Options',
			],
			'ginee-create-product.png',
		],
		[
			'Update product',
			{ resource: 'product', operation: 'update' },
			['Update', 'This changes data in Ginee', 'Product ID', 'Update Fields', 'Options'],
			'ginee-update-product.png',
		],
		[
			'Delete product',
			{ resource: 'product', operation: 'delete' },
			['Delete', 'This changes data in Ginee', 'Product ID', 'Options'],
			'ginee-delete-product.png',
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
			// what a dropdown shows is its input's value, not text of the panel
			const values = await panelInputValues();
			const shown = [text, ...values].join('\n');
			for (const label of labels)
				expect({ label, shown: shown.includes(label) }).toEqual({ label, shown: true });
		},
	);

	it('the node panel after a trigger: "Ginee" says what its actions do, and task words find it', async () => {
		const workflow = await n8n.createWorkflow({
			name: 'Node panel',
			nodes: [MANUAL_TRIGGER],
		});
		await openWorkflow(workflow.id, '[data-node-name="Start"]');
		await page.locator('[data-test-id="canvas-handle-plus"]').first().click();
		const search = page
			.locator(
				'input[data-test-id="node-creator-search-bar"], [data-test-id="node-creator-search-bar"] input',
			)
			.first();
		await search.waitFor({ timeout: 30_000 });
		/** The entries the panel lists for a search: [name, description] */
		const entries = async (text, screenshot) => {
			await search.fill(text);
			await page.waitForTimeout(500);
			if (screenshot) await page.screenshot({ path: path.join(SCREENSHOTS, screenshot) });
			return await page
				.locator('[data-test-id="item-iterator-item"]')
				.evaluateAll((items) =>
					items.map((item) => [
						item.querySelector('[data-test-id="node-creator-item-name"]')?.innerText.trim(),
						item.querySelector('[data-test-id="node-creator-item-description"]')?.innerText.trim(),
					]),
				);
		};
		const ginee = await entries('Ginee', 'ginee-node-panel.png');
		// first, before the other nodes n8n's fuzzy search also lists
		expect(ginee.slice(0, 2).map(([name]) => name)).toEqual(['Ginee', 'Ginee Orders (Polling)']);
		expect(ginee[0].join(' ')).toContain('set and receive stock');
		expect(ginee[0].join(' ')).toMatch(/print labels.*receive stock.*prices and products/);
		// a seller's words, Indonesian included: harga (price), resi (waybill), stok, gudang
		// (warehouse), label pengiriman (shipping label), pesanan (order)
		for (const task of [
			'stock',
			'ship',
			'label',
			'cancel',
			'price',
			'Shopee stock',
			'Shopee ship',
			'waybill',
			'harga',
			'resi',
			'stok',
			'gudang',
			'label pengiriman',
			'pesanan',
		]) {
			const found = (
				await entries(task, task === 'resi' ? 'ginee-search-resi.png' : undefined)
			).map(([name]) => name);
			expect({ task, found: found.includes('Ginee') }).toEqual({ task, found: true });
		}
	});

	it('Set Warehouse Stock: Quantity starts empty, says it replaces the stock, and the step will not run without it', async () => {
		const workflow = await n8n.createWorkflow({
			name: 'Panel stock',
			nodes: [
				node(
					'Set Stock',
					{
						resource: 'inventory',
						operation: 'setWarehouseStock',
						warehouseId: { __rl: true, mode: 'id', value: 'WW64C000001CEDFD0000000001' },
						sku: 'BATIK-LP',
					},
					setup.credential,
				),
			],
		});
		const before = emulator.calls(PATHS.adjustInventory).length;
		const text = await openPanel(workflow.id, 'Set Stock');
		expect(text).toContain("Replaces the warehouse's stock with this number");
		const quantity = page.locator(
			'[data-test-id="ndv"] [data-test-id="parameter-input-quantity"] input',
		);
		expect(await quantity.inputValue()).toBe('');
		await page.locator('[data-test-id="ndv"] [data-test-id="node-execute-button"]').click();
		await page.getByText('Parameter "Quantity" is required').first().waitFor({ timeout: 10_000 });
		expect(await page.locator('body').innerText()).toContain('Workflow execution cannot start');
		await page.screenshot({ path: path.join(SCREENSHOTS, 'ginee-set-stock-quantity.png') });
		expect(emulator.calls(PATHS.adjustInventory).length).toBe(before);
	});

	it('Ship: courier, pick-up address and time are chosen from the order’s lists, and the step ships with them', async () => {
		emulator.setShipTaskMs(100);
		const order = emulator
			.createOrders({ count: 4, status: 'READY_TO_SHIP' })
			.find((created) => created.channel !== 'MANUAL_ID');
		const workflow = await n8n.createWorkflow({
			name: 'Panel Ship',
			nodes: [
				MANUAL_TRIGGER,
				node(
					'Ship',
					{ resource: 'order', operation: 'ship', orderId: order.orderId },
					setup.credential,
					{ position: [250, 0] },
				),
			],
			connections: {
				[MANUAL_TRIGGER.name]: { main: [[{ node: 'Ship', type: 'main', index: 0 }]] },
			},
		});
		const text = await openPanel(workflow.id, 'Ship');
		for (const label of [
			'Courier Name or ID',
			'Pick-Up Address Name or ID',
			'Pick-Up Time Name or ID',
		])
			expect({ label, shown: text.includes(label) }).toEqual({ label, shown: true });
		expect(text).not.toContain('Pick-Up Address ID');
		const visibleItems = page.locator('.el-select-dropdown__item:visible');
		/** Opens a dropdown until its list shows `choice` (n8n may re-render it while it loads). */
		const openList = async (parameter, choice) => {
			const field = page.locator(
				`[data-test-id="ndv"] [data-test-id="parameter-input-${parameter}"] input`,
			);
			for (let attempt = 1; ; attempt++) {
				await field.first().click();
				try {
					await visibleItems.filter({ hasText: choice }).first().waitFor({ timeout: 10_000 });
					return (await visibleItems.allInnerTexts()).map((entry) => entry.trim());
				} catch (error) {
					if (attempt === 3) throw error;
				}
			}
		};
		const choose = async (parameter, choice) => {
			const listed = await openList(parameter, choice);
			const item = visibleItems.filter({ hasText: choice }).first();
			await item.click();
			await item.waitFor({ state: 'hidden', timeout: 10_000 });
			return listed;
		};
		const courier = order.logisticsInfos[0].logisticsProviderName;
		expect(await choose('shippingProviderId', courier)).toEqual([expect.stringContaining(courier)]);
		const address = 'Jl. Panjang No. 5, Kebon Jeruk, Jakarta Barat';
		expect(await choose('addressId', address)).toEqual([expect.stringContaining(address)]);
		const times = await openList('pickupTimeId', '13:00-17:00');
		await page.screenshot({ path: path.join(SCREENSHOTS, 'ginee-ship-lists.png') });
		expect(times).toEqual([
			expect.stringMatching(/09:00-12:00/),
			expect.stringMatching(/13:00-17:00/),
		]);
		await visibleItems.filter({ hasText: '13:00-17:00' }).first().click();
		const before = emulator.calls(PATHS.batchShipping).length;
		await page.locator('[data-test-id="ndv"] [data-test-id="node-execute-button"]').click();
		await page.getByText('SUCCESS').first().waitFor({ timeout: 60_000 });
		const sent = emulator.calls(PATHS.batchShipping).slice(before);
		expect(sent).toHaveLength(1);
		expect(sent[0].body.orderShips).toEqual([
			{
				orderId: order.orderId,
				deliveryType: 'PICK_UP',
				shippingProviderId: order.logisticsInfos[0].logisticsProviderId,
				addressId: 'AD64C00001CEDFD00000001',
				address,
				pickupTimeId: expect.stringMatching(/-PM$/),
			},
		]);
	});

	it('Ship as a person fills it: the lists say to enter the Order ID, then load once it is typed, without reopening the panel', async () => {
		const order = emulator
			.createOrders({ count: 4, status: 'READY_TO_SHIP' })
			.find((created) => created.channel !== 'MANUAL_ID');
		const workflow = await n8n.createWorkflow({
			name: 'Panel Ship typed',
			nodes: [
				MANUAL_TRIGGER,
				node('Ship typed', { resource: 'order', operation: 'ship' }, setup.credential, {
					position: [250, 0],
				}),
			],
			connections: {
				[MANUAL_TRIGGER.name]: { main: [[{ node: 'Ship typed', type: 'main', index: 0 }]] },
			},
		});
		await openPanel(workflow.id, 'Ship typed');
		const visibleItems = page.locator('.el-select-dropdown__item:visible');
		const listField = (name) =>
			page.locator(`[data-test-id="ndv"] [data-test-id="parameter-input-${name}"] input`).first();
		/** Opens a list until it shows `text` (n8n may re-render it while it loads). */
		const listShows = async (name, text) => {
			for (let attempt = 1; ; attempt++) {
				await listField(name).click();
				try {
					await visibleItems.filter({ hasText: text }).first().waitFor({ timeout: 10_000 });
					return (await visibleItems.allInnerTexts()).map((entry) => entry.trim());
				} catch (error) {
					if (attempt === 3) throw error;
				} finally {
					// close the list (Escape would close the panel), and let it fade out before the next
					await page.locator('[data-test-id="ndv"] >> text=Parameters').first().click();
					await visibleItems.first().waitFor({ state: 'hidden', timeout: 10_000 });
				}
			}
		};
		const courierListShows = (text) => listShows('shippingProviderId', text);
		expect(await courierListShows('Enter the Order ID first')).toEqual([
			"Enter the Order ID first: this lists that order's options",
		]);
		expect(await listShows('addressId', 'Enter the Order ID first')).toEqual([
			"Enter the Order ID first: this lists that order's options",
		]);
		expect(await page.locator('[data-test-id="ndv"]').innerText()).not.toContain(
			'Error fetching options',
		);
		const orderIdField = page
			.locator('[data-test-id="ndv"] [data-test-id="parameter-input-orderId"] input')
			.first();
		await orderIdField.click();
		await orderIdField.pressSequentially(order.orderId, { delay: 20 });
		await page.locator('[data-test-id="ndv"]').getByText('Courier').first().click();
		const courier = order.logisticsInfos[0].logisticsProviderName;
		expect(await courierListShows(courier)).toEqual([expect.stringContaining(courier)]);
		await page.screenshot({ path: path.join(SCREENSHOTS, 'ginee-ship-typed-order-id.png') });
		// the time list waits for the address, then loads once one is chosen, also without reopening
		expect(await listShows('pickupTimeId', 'Choose the Pick-Up Address first')).toEqual([
			'Choose the Pick-Up Address first: the times depend on it',
		]);
		const address = 'Jl. Panjang No. 5, Kebon Jeruk, Jakarta Barat';
		expect(await listShows('addressId', address)).toEqual([expect.stringContaining(address)]);
		await listField('addressId').click();
		await visibleItems.filter({ hasText: address }).first().click();
		await visibleItems.first().waitFor({ state: 'hidden', timeout: 10_000 });
		expect(await listShows('pickupTimeId', '13:00-17:00')).toEqual([
			expect.stringMatching(/09:00-12:00/),
			expect.stringMatching(/13:00-17:00/),
		]);
	});

	it('Set Warehouse Stock → Update Spare Stock: the quantity typed does not carry over to the other operation', async () => {
		const workflow = await n8n.createWorkflow({
			name: 'Panel quantity switch',
			nodes: [
				node(
					'Stock change',
					{ resource: 'inventory', operation: 'setWarehouseStock' },
					setup.credential,
				),
			],
		});
		await openPanel(workflow.id, 'Stock change');
		const field = (name) =>
			page.locator(`[data-test-id="ndv"] [data-test-id="parameter-input-${name}"] input`).first();
		await field('quantity').click();
		await field('quantity').pressSequentially('25', { delay: 20 });
		await page.locator('[data-test-id="ndv"] >> text=Parameters').first().click();
		await field('operation').click();
		await page
			.locator('.el-select-dropdown__item:visible')
			.filter({ hasText: 'Update Spare Stock' })
			.first()
			.click();
		await field('spareQuantity').waitFor({ timeout: 10_000 });
		expect(await field('spareQuantity').inputValue()).toBe('');
		const text = await page.locator('[data-test-id="ndv"]').innerText();
		expect(text).toContain('Units added to, taken from or set as the spare stock');
		expect(text).toContain('If a run stops partway, its error names the items Ginee');
		await page.screenshot({ path: path.join(SCREENSHOTS, 'ginee-spare-stock-quantity.png') });
	});

	it('Price → Get Many: the SKU search says it finds every SKU containing the text; Simplified shows each shop’s price', async () => {
		const workflow = await n8n.createWorkflow({
			name: 'Panel prices',
			nodes: [
				MANUAL_TRIGGER,
				node(
					'Prices',
					{ resource: 'price', operation: 'getMany', searchBy: 'sku', sku: 'BATIK-LP' },
					setup.credential,
					{ position: [250, 0] },
				),
			],
			connections: {
				[MANUAL_TRIGGER.name]: { main: [[{ node: 'Prices', type: 'main', index: 0 }]] },
			},
		});
		const text = await openPanel(workflow.id, 'Prices');
		expect(text).toContain('BATIK-LP also finds BATIK-LP-XL');
		expect(await panelInputValues()).toContain('Simplified');
		await page.locator('[data-test-id="ndv"] [data-test-id="node-execute-button"]').click();
		const output = page.locator('[data-test-id="output-panel"]');
		await output.getByText('shopPrices').first().waitFor({ timeout: 60_000 });
		await page.screenshot({ path: path.join(SCREENSHOTS, 'ginee-price-output.png') });
		const shown = await output.innerText();
		for (const column of ['sku', 'masterPrice', 'shopPrices'])
			expect({ column, shown: shown.includes(column) }).toEqual({ column, shown: true });
		expect(shown).not.toContain('channelPriceVOList');
	});

	it('a marketplace order number not found names the shop, and the output pane says so above the items', async () => {
		const shop = emulator.store.shops.find((candidate) => candidate.channel === 'SHOPEE_ID');
		const workflow = await n8n.createWorkflow({
			name: 'Panel not found',
			nodes: [
				MANUAL_TRIGGER,
				node(
					'Not found',
					{
						resource: 'order',
						operation: 'getDetails',
						lookupBy: 'channelOrderIds',
						shopId: {
							__rl: true,
							mode: 'list',
							value: shop.shopId,
							cachedResultName: shop.name,
						},
						channelOrderIds: ['2306NOPE'],
					},
					setup.credential,
					{ position: [250, 0] },
				),
			],
			connections: {
				[MANUAL_TRIGGER.name]: { main: [[{ node: 'Not found', type: 'main', index: 0 }]] },
			},
		});
		await openPanel(workflow.id, 'Not found');
		await page.locator('[data-test-id="ndv"] [data-test-id="node-execute-button"]').click();
		const output = page.locator('[data-test-id="output-panel"]');
		await output.getByText('1 item is "not found"').first().waitFor({ timeout: 60_000 });
		await page.screenshot({ path: path.join(SCREENSHOTS, 'ginee-not-found-hint.png') });
		expect(await output.innerText()).toContain(`not found in shop "${shop.name}"`);
	});

	it('Output offers Simplified, Raw and Selected Fields, each field naming its key', async () => {
		const workflow = await n8n.createWorkflow({
			name: 'Panel Output',
			nodes: [
				node(
					'Get Details',
					{
						resource: 'order',
						operation: 'getDetails',
						output: 'fields',
						fields: ['orderStatus', 'shippingAddressInfo'],
					},
					setup.credential,
				),
			],
		});
		const text = await openPanel(workflow.id, 'Get Details', 'ginee-output.png');
		const values = await panelInputValues();
		const shown = [text, ...values].join('\n');
		// each choice names the key it outputs
		for (const label of [
			'Output',
			'Selected Fields',
			'Fields',
			'Order Status (orderStatus)',
			'Shipping Address (shippingAddressInfo)',
		])
			expect({ label, shown: shown.includes(label) }).toEqual({ label, shown: true });
		expect(shown).not.toContain('Simplify');
		await page
			.locator('[data-test-id="ndv"] [data-test-id="parameter-input-fields"] input')
			.first()
			.click();
		const choices = page.locator('.el-select-dropdown__item:visible');
		await choices.filter({ hasText: '(externalOrderSn)' }).first().waitFor({ timeout: 10_000 });
		expect(await choices.allInnerTexts()).toEqual(
			expect.arrayContaining([
				expect.stringContaining('Marketplace Order Number (externalOrderSn)'),
				expect.stringContaining('Customer (customerInfo)'),
			]),
		);
		await page.screenshot({ path: path.join(SCREENSHOTS, 'ginee-selected-fields-keys.png') });
		await page.locator('[data-test-id="ndv"] >> text=Parameters').first().click();
	});

	it('Get Details, Simplified: the output columns are in a seller’s words, Raw in Ginee’s', async () => {
		const [order] = [...emulator.store.orders.values()].filter(
			(candidate) => candidate.channel === 'SHOPEE_ID',
		);
		const workflow = await n8n.createWorkflow({
			name: 'Simplified output',
			nodes: [
				MANUAL_TRIGGER,
				node('Order details', getDetailsParameters([order.orderId]), setup.credential, {
					position: [250, 0],
				}),
			],
			connections: {
				[MANUAL_TRIGGER.name]: {
					main: [[{ node: 'Order details', type: 'main', index: 0 }]],
				},
			},
		});
		await openPanel(workflow.id, 'Order details');
		await page.locator('[data-test-id="ndv"] [data-test-id="node-execute-button"]').click();
		const output = page.locator('[data-test-id="output-panel"]');
		await output.getByText('marketplaceOrderNumber').first().waitFor({ timeout: 60_000 });
		await output.getByText('JSON', { exact: true }).first().click();
		await output.locator('.vjs-tree').first().waitFor({ timeout: 10_000 });
		await page.screenshot({ path: path.join(SCREENSHOTS, 'ginee-simplified-output.png') });
		const shown = await output.innerText();
		for (const text of [
			'marketplaceOrderNumber',
			'marketplace',
			'Shopee',
			'createdAt',
			'buyerName',
		])
			expect({ text, shown: shown.includes(text) }).toEqual({ text, shown: true });
		for (const gineeName of ['externalOrderSn', 'SHOPEE_ID', 'createAt', 'customerName'])
			expect({ gineeName, shown: shown.includes(gineeName) }).toEqual({ gineeName, shown: false });
	});

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
						additionalFields: { orderPayRecord: {}, orderPayment: {}, payRecords: '[]' },
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
		// the payment fields say which is which; Pay At says which timezone it is read in
		for (const label of ['Payment Record', 'Fees and Discounts', 'Payment Records (JSON)'])
			expect({ label, shown: text.includes(label) }).toEqual({ label, shown: true });
		expect(text).toContain("read in the workflow's timezone");
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

	it('Get Many lists the last 24 hours by default; dates only for a custom range; filters start empty', async () => {
		const workflow = await n8n.createWorkflow({
			name: 'Panel Get Many custom',
			nodes: [
				node(
					'Get Many',
					{
						resource: 'order',
						operation: 'getMany',
						period: 'custom',
						filters: { channels: [], statuses: [] },
					},
					setup.credential,
				),
				node('Get Many default', { resource: 'order', operation: 'getMany' }, setup.credential, {
					id: 'node-default',
					position: [300, 0],
				}),
			],
		});
		const custom = await openPanel(workflow.id, 'Get Many', 'ginee-get-many-custom.png');
		for (const label of [
			'From',
			'To',
			"read in the workflow's timezone",
			'Marketplaces',
			'Order Statuses',
		])
			expect({ label, shown: custom.includes(label) }).toEqual({ label, shown: true });
		// no channel or status is chosen for the user (it used to be Shopee and Paid)
		expect(custom).not.toMatch(/Shopee|Paid/);
		await page.keyboard.press('Escape');
		const preset = await openPanel(workflow.id, 'Get Many default');
		expect(preset).not.toContain("read in the workflow's timezone");
		const values = await panelInputValues();
		expect(values).toContain('Last 24 Hours');
	});

	it('the shop picker lists the account’s shops by name', async () => {
		const workflow = await n8n.createWorkflow({
			name: 'Panel shop picker',
			nodes: [
				node(
					'Shop picker',
					{ resource: 'order', operation: 'getDetails', lookupBy: 'channelOrderIds' },
					setup.credential,
				),
			],
		});
		await openPanel(workflow.id, 'Shop picker');
		const modes = await panelInputValues();
		expect(modes.map((mode) => mode.toLowerCase())).toContain('from list'); // n8n writes "From list"
		await page.locator('[data-test-id="rlc-input"]').first().click();
		const shop = emulator.store.shops[0];
		await page
			.locator('[data-test-id="rlc-item"]')
			.filter({ hasText: shop.name })
			.first()
			.waitFor({ timeout: 30_000 });
		await page.screenshot({ path: path.join(SCREENSHOTS, 'ginee-shop-picker.png') });
		expect(await page.locator('[data-test-id="rlc-item"]').count()).toBe(
			emulator.store.shops.length,
		);
	});

	it('the warehouse picker lists every warehouse of the account, from Ginee’s warehouse search', async () => {
		const workflow = await n8n.createWorkflow({
			name: 'Panel warehouse picker',
			nodes: [
				node(
					'Warehouse picker',
					{ resource: 'inventory', operation: 'setWarehouseStock' },
					setup.credential,
				),
			],
		});
		await openPanel(workflow.id, 'Warehouse picker');
		await page.locator('[data-test-id="rlc-input"]').first().click();
		await page
			.locator('[data-test-id="rlc-item"]')
			.filter({ hasText: 'Gudang Surabaya (002)' })
			.first()
			.waitFor({ timeout: 30_000 });
		await page.screenshot({ path: path.join(SCREENSHOTS, 'ginee-warehouse-picker.png') });
		const names = await page.locator('[data-test-id="rlc-item"]').allInnerTexts();
		expect(names.map((name) => name.trim())).toEqual([
			'Gudang Bandung (003)',
			'Gudang Jakarta (001)',
			'Gudang Surabaya (002)',
		]);
	});

	it('Custom API Call, which n8n adds to the operations, points to the HTTP Request node', async () => {
		const workflow = await n8n.createWorkflow({
			name: 'Panel custom API call',
			nodes: [
				node(
					'Custom API Call',
					{ resource: 'order', operation: '__CUSTOM_API_CALL__' },
					setup.credential,
				),
			],
		});
		const text = await openPanel(workflow.id, 'Custom API Call', 'ginee-custom-api-call.png');
		// n8n adds the option only for a credential whose `authenticate` it can see
		const values = await panelInputValues();
		expect(values).toContain('Custom API Call');
		expect(text).toContain('HTTP Request');
		expect(text).toContain('custom API call');
		expect(text).toContain('Ginee');
	});

	it('a node after Ginee shows Ginee’s fields before anything ran (schema preview)', async () => {
		const workflow = await n8n.createWorkflow({
			name: 'Schema preview',
			nodes: [
				node(
					'Ginee orders',
					{ resource: 'order', operation: 'getDetails', orderIds: ['SO1'] },
					setup.credential,
				),
				{
					id: 'after',
					name: 'After Ginee',
					type: 'n8n-nodes-base.set',
					typeVersion: 3.4,
					position: [300, 0],
					parameters: {},
				},
			],
			connections: {
				'Ginee orders': { main: [[{ node: 'After Ginee', type: 'main', index: 0 }]] },
			},
		});
		await openPanel(workflow.id, 'After Ginee');
		const input = page.locator('[data-test-id="ndv-input-panel"]');
		await input.getByText('buyerName').first().waitFor({ timeout: 30_000 });
		await page.screenshot({ path: path.join(SCREENSHOTS, 'ginee-schema-preview.png') });
		const text = await input.innerText();
		for (const field of ['orderId', 'marketplaceOrderNumber', 'status', 'trackingNumber'])
			expect({ field, shown: text.includes(field) }).toEqual({ field, shown: true });
	});

	it('an error from Ginee shows Ginee’s code in the error details, not HTTP 200', async () => {
		const body = shippedManualOrderUpdate(emulator);
		const workflow = await n8n.createWorkflow({
			name: 'Ginee error code',
			nodes: [
				MANUAL_TRIGGER,
				node(
					'Update shipped order',
					{
						resource: 'order',
						operation: 'updateManualOrder',
						bodySource: 'json',
						jsonBody: JSON.stringify(body),
					},
					setup.credential,
					{ position: [300, 0] },
				),
			],
			connections: {
				Start: { main: [[{ node: 'Update shipped order', type: 'main', index: 0 }]] },
			},
		});
		await openWorkflow(workflow.id, '[data-node-name="Update shipped order"]');
		await page.locator('[data-test-id="execute-workflow-button"]').first().click();
		await page.waitForTimeout(3000); // the run takes a moment; the panel then shows its error
		await page.dblclick('[data-node-name="Update shipped order"]');
		const panel = page.locator('[data-test-id="ndv"]');
		await panel.getByText('CHANNEL_NOT_SUPPORT').first().waitFor({ timeout: 30_000 });
		await panel // the error details' collapsed section
			.locator('.node-error-view__details-summary:visible', { hasText: 'From Ginee' })
			.first()
			.click();
		const codeRow = panel.locator('.node-error-view__details-row:visible', {
			hasText: 'Error code',
		});
		await codeRow.first().waitFor({ timeout: 10_000 });
		await page.screenshot({ path: path.join(SCREENSHOTS, 'ginee-error-code.png') });
		const text = await panel.innerText();
		expect(text).toContain('Ginee error CHANNEL_NOT_SUPPORT');
		expect(await codeRow.first().innerText()).toMatch(/Error code\s*CHANNEL_NOT_SUPPORT/);
	});

	it('the trigger panel shows its URLs and tells the user to give the production URL to Ginee', async () => {
		const workflow = await n8n.createWorkflow({
			name: 'Panel trigger',
			nodes: [
				{
					id: 'trigger',
					name: 'Ginee Trigger',
					type: 'n8n-nodes-ginee.gineeTrigger',
					typeVersion: GINEE_NODE_VERSION,
					position: [0, 0],
					webhookId: 'panel-trigger',
					parameters: { events: ['order.CREATE'], fetchFullOrder: true },
				},
			],
		});
		const text = await openPanel(workflow.id, 'Ginee Trigger', 'ginee-trigger.png');
		expect(text).toContain('Production URL');
		expect(text).toContain('Ginee staff');
		expect(text).toContain('Publish the workflow');
		expect(text).not.toContain('set mock data to map fields');
		// where the URL is, and the names this n8n's panel itself gives its test buttons
		expect(text).toContain('Webhook URLs');
		// the notice is three short lines; the panel's own test buttons speak for themselves
		const notice = await page.locator('[data-test-id="ndv"] .notice').first().innerText();
		expect(notice.trim().split('\n')).toHaveLength(3);
		expect(notice).toContain('the README');
		expect(text).toContain('Events');
		expect(text).toContain('Require Secret Token');
		expect(text).toContain('Fetch Full Order');
		expect(text).toContain('Simplify'); // the same shape as Get Details
		// a dropdown shows its choice as an input's value, not as text
		const values = await panelInputValues();
		expect(values).toContain('Whole Event');
		expect(text).toContain('Save Delivery IDs');
		expect(values).toContain('Before Each Answer');
	});

	it('the Ginee Trigger panel says to send a test delivery to the Test URL, and runs on one sent there', async () => {
		const workflow = await n8n.createWorkflow({
			name: 'Panel trigger listening',
			nodes: [
				{
					id: 'trigger-listening',
					name: 'Ginee Trigger',
					type: 'n8n-nodes-ginee.gineeTrigger',
					typeVersion: GINEE_NODE_VERSION,
					position: [0, 0],
					webhookId: 'panel-listening',
					parameters: { events: ['order.CREATE'] },
				},
			],
		});
		const text = await openPanel(workflow.id, 'Ginee Trigger');
		// only the Fetch Full option of the events chosen
		expect(text).toContain('Fetch Full Order');
		for (const other of ['Fetch Full Product', 'Fetch Full Inbound Order', 'Fetch Full Outbound'])
			expect({ other, shown: text.includes(other) }).toEqual({ other, shown: false });
		// the trigger panel's own words before it listens (n8n's "Pull in events from Ginee" otherwise;
		// while listening n8n shows its fixed "Go to Ginee and create an event")
		await page
			.locator('[data-test-id="ndv"]')
			.getByText('Send a test delivery to the Test URL')
			.first()
			.waitFor({ timeout: 30_000 });
		expect(await page.locator('[data-test-id="ndv"]').innerText()).toContain(
			'Ginee never calls it, only the Production URL it was given',
		);
		await page.screenshot({ path: path.join(SCREENSHOTS, 'ginee-trigger-test-hint.png') });
		await page
			.locator('[data-test-id="ndv"] [data-test-id="trigger-execute-button"]')
			.first()
			.click();
		await page
			.locator('[data-test-id="ndv"] [data-test-id="trigger-listening"]')
			.first()
			.waitFor({ timeout: 30_000 });
		// what npm start's curl line does: a delivery about one of the emulator's orders
		const [paid] = emulator.trialOrders().shippable;
		const [sent] = await fetch(`${emulator.url}/__emulator/deliver`, {
			method: 'POST',
			body: JSON.stringify({
				url: `${n8n.baseUrl}/webhook-test/panel-listening/ginee`,
				orderId: paid.orderId,
			}),
		}).then((response) => response.json());
		expect(sent.status).toBe(200);
		await page
			.locator('[data-test-id="output-panel"]')
			.getByText(paid.orderId)
			.first()
			.waitFor({ timeout: 30_000 });
	});

	it('the Ginee Order Trigger panel: polling, no Ginee set-up, a test event of recent orders', async () => {
		const workflow = await n8n.createWorkflow({
			name: 'Panel order trigger',
			nodes: [
				{
					id: 'poll',
					name: 'Ginee Order Trigger',
					type: 'n8n-nodes-ginee.gineeOrderTrigger',
					typeVersion: GINEE_NODE_VERSION,
					position: [0, 0],
					parameters: { event: 'statusChanged', statuses: ['PAID'] },
					credentials: { gineeApi: { id: setup.credential.id, name: setup.credential.name } },
				},
			],
		});
		const text = await openPanel(workflow.id, 'Ginee Order Trigger');
		for (const label of ['Poll Times', 'Event', 'To Statuses', 'Simplify', 'Filters', 'Options'])
			expect({ label, shown: text.includes(label) }).toEqual({ label, shown: true });
		expect(text).toContain('nothing to set up at Ginee');
		await page.locator('[data-test-id="node-execute-button"]').first().click();
		const newestPaid = [...emulator.store.orders.values()]
			.filter((order) => order.orderStatus === 'PAID')
			.sort((a, b) => Date.parse(b.lastUpdateAt) - Date.parse(a.lastUpdateAt))[0];
		const panel = page.locator('[data-test-id="ndv"]');
		await panel.getByText(newestPaid.orderId).first().waitFor({ timeout: 60_000 });
		await page.screenshot({ path: path.join(SCREENSHOTS, 'ginee-order-trigger.png') });
	});

	it('the Ginee Order Trigger panel warns while Look Back is 0', async () => {
		const trigger = (name, options) => ({
			id: `poll-${name.replace(/\W/g, '')}`,
			name,
			type: 'n8n-nodes-ginee.gineeOrderTrigger',
			typeVersion: GINEE_NODE_VERSION,
			position: [0, 0],
			parameters: { event: 'newOrder', options },
			credentials: { gineeApi: { id: setup.credential.id, name: setup.credential.name } },
		});
		const zero = await n8n.createWorkflow({
			name: 'Panel order trigger, Look Back 0',
			nodes: [trigger('Look Back 0', { lookBackMinutes: 0 })],
		});
		const panel = page.locator('[data-test-id="ndv"]');
		await openPanel(zero.id, 'Look Back 0', 'ginee-order-trigger-look-back-0.png');
		await panel.getByText('Look Back is 0').first().waitFor({ timeout: 10_000 });
		const usual = await n8n.createWorkflow({
			name: 'Panel order trigger, Look Back 10',
			nodes: [trigger('Look Back 10', { lookBackMinutes: 10 })],
		});
		expect(await openPanel(usual.id, 'Look Back 10')).not.toContain('Look Back is 0');
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
			await openWorkflow(workflow.id, '[data-test-id="node-creator-plus-button"]');
			await page.locator('[data-test-id="node-creator-plus-button"]').click();
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
		await openWorkflow(created.id, '[data-node-name="Ginee orders"]');
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
			await openWorkflow(created.id, `[data-node-name="${workflow.nodes[0].name}"]`);
			for (const candidate of workflow.nodes.filter(
				(step) => step.type !== 'n8n-nodes-base.stickyNote',
			))
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
