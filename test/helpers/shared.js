'use strict';
// What the tests share: the emulator, its paths, time constants and the orders a lookup finds.
const fs = require('node:fs');
const http = require('node:http');
const path = require('node:path');
const { GineeEmulator } = require('../../tools/ginee-emulator/server');
const { PATHS } = require('../../tools/ginee-emulator/paths');
const { DAY } = require('../../tools/ginee-emulator/dataset');

/** @param {number} ms */
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Orders well inside Ginee's 3-month window: found without Historical Data. */
function recentOrders(emulator, maxAgeDays = 85) {
	return [...emulator.store.orders.values()].filter(
		(order) => Date.now() - Date.parse(order.createAt) < maxAgeDays * DAY,
	);
}

/**
 * A complete UpdateManualOrder body for a manual order Ginee has already shipped (which Ginee
 * refuses with CHANNEL_NOT_SUPPORT).
 */
function shippedManualOrderUpdate(emulator) {
	const shipping = [...emulator.store.orders.values()].find(
		(order) => order.channel === 'MANUAL_ID' && order.orderStatus === 'SHIPPING',
	);
	return {
		id: shipping.orderId,
		externalOrderSn: 'X',
		customerName: 'A',
		customerEmail: 'a@b.c',
		customerMobile: '1',
		paymentMethod: 'COD',
		payAmount: 1,
		payAtDatetime: '2026-11-21T08:00:00Z',
		orderItems: [{ id: 'OI1', sku: 'S', quantity: 1, actualPrice: 1, warehouseId: 'W' }],
		shippingAddress: {
			id: 'A',
			name: 'A',
			phoneNumber: '1',
			country: 'Indonesia',
			province: 'Bali',
			city: 'Denpasar',
		},
	};
}

/** Parameters of Order → Update Manual Order (from the fields) for a manual order of the emulator. */
function updateManualOrderParameters(order, overrides = {}) {
	return {
		resource: 'order',
		operation: 'updateManualOrder',
		bodySource: 'fields',
		id: order.orderId,
		externalOrderSn: 'MAN-EDITED-7',
		customerName: 'Dewi Lestari',
		customerEmail: 'dewi@example.test',
		customerMobile: '+6281311213777',
		paymentMethod: 'PREPAY',
		payAmount: 300000,
		payAtDatetime: '2026-11-20T17:30:00',
		orderItems: {
			item: [
				{
					id: order.items[0].itemId,
					sku: 'BATIK-LP',
					quantity: 3,
					actualPrice: 100000,
					warehouseId: 'WW1',
					weight: '',
				},
			],
		},
		shippingAddress: {
			address: {
				id: 'OAI9',
				name: 'Dewi',
				phoneNumber: '+6281311213777',
				country: 'Indonesia',
				province: 'Bali',
				city: 'Denpasar',
				district: '',
				zipCode: '',
				fullAddress: '',
			},
		},
		additionalFields: {
			noteBySeller: 'Packed twice',
			logisticsInfos: {
				info: [{ logisticsProviderName: 'J&T Express_ID', logisticsTrackingNumber: 'JT123' }],
			},
		},
		options: {},
		...overrides,
	};
}

/** Parameters of Order → Create Manual Order (from the fields) in the emulator's manual shop. */
function createManualOrderParameters(emulator, externalOrderSn) {
	const manualShop = emulator.store.shops.find((shop) => shop.channel === 'MANUAL_ID');
	return {
		bodySource: 'fields',
		shopId: { __rl: true, mode: 'list', value: manualShop.shopId },
		externalOrderSn,
		customerName: 'Dewi Lestari',
		customerEmail: 'dewi@example.test',
		customerMobile: '+6281311213777',
		paymentMethod: 'PREPAY',
		payAmount: 378000,
		payAtDatetime: '2026-11-30T10:00:00',
		orderItems: {
			item: [{ sku: 'BATIK-LP', quantity: 2, actualPrice: 189000, warehouseId: 'WW1' }],
		},
		shippingAddress: {
			address: {
				name: 'Dewi Lestari',
				phoneNumber: '+6281311213777',
				country: 'Indonesia',
				province: 'Bali',
				city: 'Denpasar',
			},
		},
		additionalFields: {},
	};
}

/** Parameters of Order → Get Details by Ginee order IDs, with any others added or replaced. */
function getDetailsParameters(orderIds, others = {}) {
	return {
		resource: 'order',
		operation: 'getDetails',
		lookupBy: 'orderIds',
		orderIds,
		options: {},
		...others,
	};
}

/** Print Document's parameters for an order's shipping label, downloaded into `data`. */
function printLabelParameters(orderId) {
	return {
		resource: 'order',
		operation: 'printDocument',
		orderId,
		documentType: 'LABEL',
		download: true,
		binaryPropertyName: 'data',
		options: {},
	};
}

/**
 * An emulator for the tests of one file (or describe block): started before them, reset to fresh
 * data before each, stopped after them.
 */
function useEmulator(options = {}) {
	const emulator = new GineeEmulator(options);
	beforeAll(() => emulator.start());
	beforeEach(() => emulator.reset());
	afterAll(() => emulator.stop());
	return emulator;
}

/** The credential data for the emulator's account, with any field overridden. */
function credentialsFor(emulator, overrides = {}) {
	return { ...emulator.account, host: emulator.url, ...overrides };
}

/**
 * A plain HTTP server on 127.0.0.1 that is not Ginee (a redirect target, a stranger).
 * @param {import('node:http').RequestListener} handler
 */
async function startLocalServer(handler) {
	const server = http.createServer(handler);
	await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
	return {
		url: `http://127.0.0.1:${server.address().port}`,
		stop: () => new Promise((resolve) => server.close(resolve)),
	};
}

const SCHEMAS = path.join(__dirname, '../../nodes/Ginee/__schema__');

/**
 * The editor's schema preview of `<resource>/<operation>` for the node's version (1.1 is stored in
 * v1.1.0), as stored; with GINEE_WRITE_SCHEMAS=1, `derived` is written there first (after changing
 * an operation's output).
 */
function storedSchema(typeVersion, name, derived) {
	const [major, minor = 0] = String(typeVersion).split('.');
	const file = path.join(SCHEMAS, `v${major}.${minor}.0`, `${name}.json`);
	if (process.env.GINEE_WRITE_SCHEMAS === '1') {
		fs.mkdirSync(path.dirname(file), { recursive: true });
		fs.writeFileSync(file, `${JSON.stringify(derived, null, '\t')}\n`);
	}
	return JSON.parse(fs.readFileSync(file, 'utf8'));
}

/**
 * Turns on n8n's SSRF protection for n8n-core's request helpers in this test file, as
 * N8N_SSRF_PROTECTION_ENABLED=true does in n8n (n8n-core reads its own copy of n8n's configuration).
 */
function enableSsrfProtection() {
	const from = { paths: [path.dirname(require.resolve('n8n-core'))] };
	const { Container } = require(require.resolve('@n8n/di', from));
	const { SsrfProtectionConfig } = require(require.resolve('@n8n/config', from));
	Container.get(SsrfProtectionConfig).enabled = true;
}

module.exports = {
	DAY,
	enableSsrfProtection,
	PATHS,
	sleep,
	recentOrders,
	getDetailsParameters,
	printLabelParameters,
	shippedManualOrderUpdate,
	updateManualOrderParameters,
	createManualOrderParameters,
	useEmulator,
	credentialsFor,
	startLocalServer,
	storedSchema,
};
