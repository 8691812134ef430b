'use strict';
// A local stand-in for Ginee's Open API on 127.0.0.1: signed requests, Ginee's envelope, a seeded
// account, faults on demand, and a record of every request for tests to assert on.
const http = require('node:http');
const { envelope, GineeError } = require('./envelope');
const { checkRequest } = require('./auth');
const { buildDataset } = require('./dataset');
const { FaultPlan } = require('./faults');
const { listShops } = require('./handlers/shops');
const { batchGet } = require('./handlers/batchGet');
const { createManualOrder, updateManualOrder } = require('./handlers/updateManualOrder');
const { listOrder } = require('./handlers/listOrder');
const { advanceOrders, createOrders } = require('./changes');
const {
	getMasterProductDetail,
	listMasterProduct,
	listMasterVariation,
	listMasterVariationPrice,
} = require('./handlers/products');
const { buildProducts } = require('./products');
const prices = require('./handlers/prices');
const { buildInventory } = require('./inventory');
const {
	adjustInventory,
	batchAddWarehouseInventory,
	inventoryBriefList,
	listWarehouseInventory,
	searchWarehouses,
	updateSpareStock,
} = require('./handlers/inventory');
const { PATHS } = require('./paths');
const warehouseDocuments = require('./handlers/warehouseDocuments');
const productDeletes = require('./handlers/productDeletes');
const productWrites = require('./handlers/productWrites');
const { multipartParts, solidPng } = require('./images');
const fulfilment = require('./handlers/fulfilment');
const { pdfDocument } = require('./fulfilment');
const { exampleDeliveries, postDelivery } = require('./webhooks');
const { storeDelivery, trialOrders } = require('./trial');

const DEFAULT_ACCOUNT = {
	accessKey: 'emulator-access-key',
	secretKey: 'emulator-secret-key-0123456789',
	country: 'ID',
};
const MAX_BODY_BYTES = 5 * 1024 * 1024;

const ROUTES = {
	[PATHS.listShop]: (store, body) => listShops(store, body),
	[PATHS.batchGet]: (store, body, now) => batchGet(store, body, now),
	[PATHS.updateManualOrder]: (store, body, now) => updateManualOrder(store, body, now),
	[PATHS.createManualOrder]: createManualOrder,
	[PATHS.listOrder]: (store, body, now) => listOrder(store, body, now),
	[PATHS.listMasterProduct]: (store, body) => listMasterProduct(store, body),
	[PATHS.listMasterVariation]: (store, body) => listMasterVariation(store, body),
	[PATHS.listMasterVariationPrice]: (store, body) => listMasterVariationPrice(store, body),
	[PATHS.listWarehouseInventory]: (store, body) => listWarehouseInventory(store, body),
	[PATHS.searchWarehouses]: (store, body) => searchWarehouses(store, body),
	[PATHS.inventoryBriefList]: (store, body) => inventoryBriefList(store, body),
	[PATHS.adjustInventory]: (store, body, now) => adjustInventory(store, body, now),
	[PATHS.updateSpareStock]: (store, body, now) => updateSpareStock(store, body, now),
	[PATHS.batchAddWarehouseInventory]: batchAddWarehouseInventory,
	[PATHS.acceptOrder]: fulfilment.acceptOrder,
	[PATHS.cancelOrder]: fulfilment.cancelOrder,
	[PATHS.moveShipped]: fulfilment.moveShipped,
	[PATHS.completeOrder]: fulfilment.completeOrder,
	[PATHS.printOrder]: fulfilment.printOrder,
	[PATHS.gmvInfo]: fulfilment.gmvInfo,
	[PATHS.getShippingParameter]: fulfilment.getShippingParameter,
	[PATHS.getOrderLogistics]: fulfilment.getOrderLogistics,
	[PATHS.batchShipping]: fulfilment.batchShipping,
	[PATHS.getShippingResult]: fulfilment.getShippingResult,
	[PATHS.setPrice]: prices.setPrice,
	[PATHS.purchaseInboundOrder]: warehouseDocuments.purchaseInboundOrder,
	[PATHS.batchDeleteProduct]: productDeletes.batchDeleteProduct,
	[PATHS.createMasterProduct]: productWrites.createMasterProduct,
	[PATHS.updateMasterProduct]: productWrites.updateMasterProduct,
	[PATHS.manualOutboundOrderCreate]: warehouseDocuments.manualOutboundOrderCreate,
	[PATHS.manualOutboundOrderExecuteBatch]: warehouseDocuments.manualOutboundOrderExecuteBatch,
};

/** Endpoints whose body is a bare JSON array (Ginee's page shows `[1,2,9000]`). */
const ARRAY_BODIES = new Set([PATHS.manualOutboundOrderExecuteBatch]);

/** Endpoints that take multipart/form-data: they get the parts instead of a JSON body. */
const MULTIPART_ROUTES = { [PATHS.uploadImage]: productWrites.uploadImage };

/** Uploaded images (UploadImage's imageUrl), and sample images for trials: unsigned GETs. */
const IMAGES = /^\/images\/(IMG[0-9]+)\.(png|jpg)$/;
const SAMPLE_IMAGES = /^\/sample-images\/([0-9]{1,4})x([0-9]{1,4})\.png$/;

/** Where PrintOrder's PDFs are (a file host of its own at Ginee: unsigned GETs). */
const FILES = /^\/files\/([a-z]+)-([A-Z0-9]+)\.pdf$/;

/** GET endpoints: their parameters are in the query, which the signature does not cover. */
const GET_ROUTES = {
	[PATHS.getMasterProduct]: (store, query) => getMasterProductDetail(store, query),
	[PATHS.setPriceResult]: prices.setPriceResult,
	[PATHS.getInboundOrder]: warehouseDocuments.getInboundOrder,
	[PATHS.getSellOutboundOrder]: warehouseDocuments.getSellOutboundOrder,
	[PATHS.deleteProductResult]: productDeletes.deleteResult,
};

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function readBody(req) {
	return new Promise((resolve, reject) => {
		const chunks = [];
		let size = 0;
		req.on('data', (chunk) => {
			size += chunk.length;
			if (size > MAX_BODY_BYTES)
				reject(new GineeError('PARAMETER_ERROR', 'Request body is too large'));
			else chunks.push(chunk);
		});
		req.on('end', () => resolve(Buffer.concat(chunks)));
		req.on('error', reject);
	});
}

function send(res, status, payload) {
	if (res.destroyed) return;
	const text = JSON.stringify(payload);
	res.writeHead(status, {
		'Content-Type': 'application/json',
		'Content-Length': Buffer.byteLength(text),
	});
	res.end(text);
}

class GineeEmulator {
	constructor(options = {}) {
		this.account = { ...DEFAULT_ACCOUNT, ...options.account };
		this.orderCount = options.orderCount ?? 1200;
		this.plainProducts = options.plainProducts;
		this.latencyMs = options.latencyMs ?? 0;
		/** How long a ShipOrder task takes to finish. */
		this.shipTaskMs = options.shipTaskMs ?? 1500;
		this.clock = options.now ?? (() => Date.now());
		this.faults = new FaultPlan();
		this.requests = [];
		this.sockets = new Set();
		this.reset();
	}

	/** Fresh data, no faults, no recorded requests. */
	reset() {
		const { shops, orders } = buildDataset({ orderCount: this.orderCount, now: this.clock() });
		this.store = {
			shops,
			orders: new Map(orders.map((order) => [order.orderId, order])),
			products: buildProducts(this.clock(), this.plainProducts),
			shipTaskMs: this.shipTaskMs,
			baseUrl: this.url,
		};
		this.store.inventory = buildInventory(this.store.products, this.clock());
		this.faults.clear();
		this.requests = [];
	}

	/** New orders, created now (the emulator's clock) unless `at` says otherwise. */
	createOrders(options = {}) {
		return createOrders(this.store, { ...options, at: options.at ?? this.clock() });
	}

	/** Moves the given orders one status on, now unless `at` says otherwise. */
	advanceOrders(options) {
		return advanceOrders(this.store, { ...options, at: options.at ?? this.clock() });
	}

	/**
	 * Ginee's indexing lag: an order shows in ListOrder only `ms` after its lastUpdateAt (0: at
	 * once).
	 */
	setListLag(ms) {
		this.store.listLagMs = ms;
	}

	/** How long a ShipOrder task takes to finish (until reset, or for good when given at start). */
	setShipTaskMs(ms) {
		this.store.shipTaskMs = ms;
	}

	/** How long a BatchDeleteProductAsync task takes to finish (until reset). */
	setProductDeleteTaskMs(ms) {
		this.store.productDeleteTaskMs = ms;
	}

	/** How long CreateMasterProduct takes until the product is listed (until reset). */
	setProductCreateTaskMs(ms) {
		this.store.productCreateTaskMs = ms;
	}

	/** How long an UpdateMasterVariationPrice task takes to finish (until reset). */
	setPriceTaskMs(ms) {
		this.store.priceTaskMs = ms;
	}

	/** Order IDs to try each operation on (what npm start prints). */
	trialOrders() {
		return trialOrders(this.store, this.clock());
	}

	injectFault(fault) {
		this.faults.add(fault);
	}

	/** Recorded requests to one API path (signed or not). */
	calls(path) {
		return this.requests.filter((request) => request.path === path);
	}

	async start(port = 0) {
		this.server = http.createServer((req, res) => this.handle(req, res));
		this.server.on('connection', (socket) => {
			this.sockets.add(socket);
			socket.on('close', () => this.sockets.delete(socket));
		});
		await new Promise((resolve, reject) => {
			this.server.once('error', reject);
			this.server.listen(port, '127.0.0.1', resolve);
		});
		this.url = `http://127.0.0.1:${this.server.address().port}`;
		this.store.baseUrl = this.url;
		return this.url;
	}

	async stop() {
		if (!this.server) return;
		for (const socket of this.sockets) socket.destroy();
		await new Promise((resolve) => this.server.close(() => resolve()));
		this.server = undefined;
	}

	async handle(req, res) {
		const path = new URL(req.url, 'http://emulator').pathname;
		try {
			const raw = await readBody(req);
			const text = raw.toString('utf8');
			if (path.startsWith('/__emulator/')) return await this.control(path, text, res);
			if (req.method === 'GET' && this.sendFile(res, path)) return;
			const record = {
				method: req.method,
				path,
				query: req.url.slice(path.length),
				headers: req.headers,
				body: undefined,
				receivedAt: Date.now(),
			};
			this.requests.push(record);
			const fault = this.faults.take(path);
			if (fault) {
				if (fault.kind === 'latency') await sleep(fault.ms);
				if (fault.kind === 'hang') return; // never answers; stop() closes the socket
				if (fault.kind === 'drop') return req.socket.destroy();
				if (fault.kind === 'http429') {
					if (fault.retryAfter !== undefined)
						res.setHeader('Retry-After', String(fault.retryAfter));
					return send(res, 429, envelope('TOO_MANY_REQUESTS', 'Too many requests, slow down'));
				}
				if (fault.kind === 'answer') return send(res, 200, envelope('SUCCESS', 'OK', fault.data));
				if (fault.kind === 'rawAnswer') {
					res.writeHead(200, { 'Content-Type': 'application/json' });
					return res.end(String(fault.data));
				}
				if (fault.kind === 'refuse')
					return send(res, 200, envelope('BUSINESS_ERROR', String(fault.data ?? 'Refused')));
				if (fault.kind === 'redirect') {
					res.writeHead(307, { Location: fault.location });
					return res.end();
				}
				if (fault.kind === 'http500')
					return send(res, 500, envelope('INTERNAL_ERROR', 'Internal server error'));
				if (fault.kind === 'SERVICE_BUSY')
					return send(
						res,
						200,
						envelope('SERVICE_BUSY', 'Service is busy, please try again later'),
					);
			}
			if (this.latencyMs) await sleep(this.latencyMs);
			checkRequest(req, path, this.account);
			fulfilment.settleShipTasks(this.store, this.clock());
			productWrites.settleProductCreates(this.store, this.clock());
			if (req.method === 'GET' && GET_ROUTES[path]) {
				const query = new URL(req.url, 'http://emulator').searchParams;
				return send(
					res,
					200,
					envelope('SUCCESS', 'OK', GET_ROUTES[path](this.store, query, this.clock)),
				);
			}
			if (MULTIPART_ROUTES[path] && req.method === 'POST') {
				const contentType = String(req.headers['content-type'] ?? '');
				if (!contentType.startsWith('multipart/form-data'))
					throw new GineeError('PARAMETER_ERROR', 'Content-Type must be multipart/form-data');
				const parts = multipartParts(raw, contentType);
				record.body = parts.map(({ data, ...part }) => ({ ...part, bytes: data.length }));
				return send(res, 200, envelope('SUCCESS', 'OK', MULTIPART_ROUTES[path](this.store, parts)));
			}
			const route = ROUTES[path];
			if (!route || req.method !== 'POST')
				throw new GineeError('NOT_FOUND', `No API at ${req.method} ${path}`, { status: 404 });
			if (!String(req.headers['content-type'] ?? '').startsWith('application/json')) {
				throw new GineeError('PARAMETER_ERROR', 'Content-Type must be application/json');
			}
			try {
				record.body = text ? JSON.parse(text) : {};
			} catch {
				throw new GineeError('PARAMETER_ERROR', 'Request body is not valid JSON');
			}
			if (ARRAY_BODIES.has(path)) {
				if (!Array.isArray(record.body))
					throw new GineeError('PARAMETER_ERROR', 'Request body must be a JSON array');
			} else if (
				record.body === null ||
				typeof record.body !== 'object' ||
				Array.isArray(record.body)
			) {
				throw new GineeError('PARAMETER_ERROR', 'Request body must be a JSON object');
			}
			const data = route(this.store, record.body, this.clock);
			record.applied = true;
			if (fault?.kind === 'appliedThenHang') return;
			if (fault?.kind === 'appliedThenDrop') return req.socket.destroy();
			if (fault?.kind === 'appliedThen502') {
				res.writeHead(502, { 'Content-Type': 'text/html' });
				return res.end('<html><body><h1>502 Bad Gateway</h1></body></html>');
			}
			send(res, 200, envelope('SUCCESS', 'OK', data));
		} catch (error) {
			if (error instanceof GineeError)
				return send(res, error.status, envelope(error.code, error.message, error.data));
			send(res, 500, envelope('INTERNAL_ERROR', String(error?.message ?? error)));
		}
	}

	/** Answers an unsigned file GET (a printed document or an image); false for another path. */
	sendFile(res, path) {
		const pdf = FILES.exec(path);
		if (pdf) {
			this.sendPdf(res, pdf[1], pdf[2]);
			return true;
		}
		const sample = SAMPLE_IMAGES.exec(path);
		const uploaded = IMAGES.exec(path);
		const image = sample
			? { data: solidPng(Number(sample[1]), Number(sample[2])), contentType: 'image/png' }
			: uploaded && this.store.images?.get(uploaded[1]);
		if (!sample && !uploaded) return false;
		if (!image) {
			res.writeHead(404, { 'Content-Type': 'text/plain' });
			res.end('Not found');
			return true;
		}
		res.writeHead(200, { 'Content-Type': image.contentType, 'Content-Length': image.data.length });
		res.end(image.data);
		return true;
	}

	/** A printed document: a PDF for an order that exists, 404 otherwise. */
	sendPdf(res, documentType, orderId) {
		if (!this.store.orders.has(orderId)) {
			res.writeHead(404, { 'Content-Type': 'text/plain' });
			return res.end('Not found');
		}
		const pdf = pdfDocument(`Ginee ${documentType} ${orderId}`);
		res.writeHead(200, { 'Content-Type': 'application/pdf', 'Content-Length': pdf.length });
		res.end(pdf);
	}

	/** Unsigned control API, for a standalone emulator driven from another process. */
	async control(path, text, res) {
		const body = text ? JSON.parse(text) : {};
		if (path === '/__emulator/requests')
			return send(
				res,
				200,
				this.requests.map(({ headers, ...rest }) => ({
					...rest,
					country: headers['x-advai-country'],
				})),
			);
		if (path === '/__emulator/reset') {
			this.reset();
			return send(res, 200, { ok: true });
		}
		if (path === '/__emulator/orders/create')
			return send(
				res,
				200,
				this.createOrders(body).map((order) => order.orderId),
			);
		if (path === '/__emulator/orders/advance') return send(res, 200, this.advanceOrders(body));
		if (path === '/__emulator/ship-task-ms') {
			this.setShipTaskMs(body.ms ?? 1500);
			return send(res, 200, { ok: true });
		}
		if (path === '/__emulator/list-lag') {
			this.setListLag(body.ms ?? 0);
			return send(res, 200, { ok: true });
		}
		if (path === '/__emulator/faults') {
			this.injectFault(body);
			return send(res, 200, { ok: true });
		}
		if (path === '/__emulator/deliver') {
			// Deliveries about the emulator's own orders ("orderId", or "order": the n-th), each with
			// an ID of its own unless "n" fixes it; "example" sends the Web Hooks page's three
			this.deliveryCount = (this.deliveryCount ?? 0) + 1;
			const n = body.n ?? Math.floor(this.clock() / 1000) * 100 + (this.deliveryCount % 100);
			const deliveries = body.example
				? exampleDeliveries()
				: [storeDelivery(this.store, { ...body, n })];
			const results = [];
			for (const delivery of deliveries) results.push(await postDelivery(body.url, delivery));
			return send(res, 200, results);
		}
		send(res, 404, { error: `unknown control path ${path}` });
	}
}

/** Every path the emulator answers, for the checks that each endpoint the nodes call has one. */
const ANSWERED_PATHS = new Set([
	...Object.keys(ROUTES),
	...Object.keys(GET_ROUTES),
	...Object.keys(MULTIPART_ROUTES),
]);

module.exports = { GineeEmulator, DEFAULT_ACCOUNT, ANSWERED_PATHS };
