'use strict';
// n8n-core's own binary data helpers for driving the node's code directly: prepareBinaryData stores
// a file as n8n does (in a temporary folder), readBinary reads it back.
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { BinaryDataService } = require('n8n-core');
const {
	prepareBinaryData,
} = require('n8n-core/dist/execution-engine/node-execution-context/utils/binary-helper-functions');
// n8n-core's own copy of the DI container (the top-level one is another instance)
const { Container } = require(require.resolve('@n8n/di', { paths: [require.resolve('n8n-core')] }));

let storage;

async function binaryHelpers() {
	if (!storage) {
		storage = fs.mkdtempSync(path.join(os.tmpdir(), 'ginee-binary-'));
		await Container.get(BinaryDataService).init({
			mode: 'default',
			availableModes: ['default'],
			localStoragePath: storage,
		});
	}
	return {
		prepareBinaryData: (data, fileName, mimeType) =>
			prepareBinaryData(data, 'test-execution', 'test-workflow', fileName, mimeType),
	};
}

/** The bytes of a stored binary item. */
async function readBinary(binary) {
	return await Container.get(BinaryDataService).getAsBuffer(binary);
}

/** Removes the temporary folder (call once, after the tests). */
function removeBinaryStorage() {
	if (storage) fs.rmSync(storage, { recursive: true, force: true });
	storage = undefined;
}

module.exports = { binaryHelpers, readBinary, removeBinaryStorage };
