// CONTRIBUTING's "add an operation" checklist, checked for every operation of the Ginee node: each
// failure names the operation and what it lacks. (A write operation's row of faults is checked by
// test/nodes/Ginee/actions/writeFaults.test.ts, "has a row for every operation that writes".)
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { Ginee } = require('../../../nodes/Ginee/Ginee.node');
const { NODE_VERSION } = require('../../../nodes/shared/nodeVersion');
const { ENDPOINTS } = require('../../../nodes/shared/transport/endpoints');
const { ANSWERED_PATHS } = require('../../../tools/ginee-emulator/server');

const ROOT = path.join(__dirname, '../../..');
const read = (file) => fs.readFileSync(path.join(ROOT, file), 'utf8');
const { description } = new Ginee();
const optionsOf = (property) => property?.options ?? [];

const OPERATIONS = optionsOf(
	description.properties.find((property) => property.name === 'resource'),
).flatMap((resource) =>
	optionsOf(
		description.properties.find(
			(property) =>
				property.name === 'operation' &&
				property.displayOptions?.show?.resource?.includes(resource.value),
		),
	).map((operation) => ({
		resource: String(resource.value),
		resourceName: resource.name,
		operation: String(operation.value),
		name: operation.name,
		action: operation.action,
		key: `${String(resource.value)}:${String(operation.value)}`,
	})),
);

/** docs/operations.md by "## Resource → …" section: heading and body. */
const DOC_SECTIONS = read('docs/operations.md')
	.split(/^## /m)
	.slice(1)
	.map((section) => ({
		heading: section.split('\n')[0],
		body: section,
	}));

const [major, minor] = String(NODE_VERSION).split('.');
const SCHEMAS = `nodes/Ginee/__schema__/v${major}.${minor ?? 0}.0`;

function lacks(operation) {
	const missing = [];
	const { resource, resourceName, name, key } = operation;
	if (!String(description.subtitle).includes(`"${key}":"${operation.action}"`))
		missing.push(`its action "${operation.action}" in the node's subtitle`);
	const schema = `${SCHEMAS}/${resource}/${operation.operation}.json`;
	if (!fs.existsSync(path.join(ROOT, schema))) missing.push(`a schema preview (${schema})`);
	const source = read(`nodes/Ginee/actions/${resource}/${operation.operation}.operation.ts`);
	const endpoints = Object.keys(ENDPOINTS).filter((endpoint) =>
		new RegExp(`\\b${endpoint}\\b`).test(source),
	);
	for (const endpoint of endpoints)
		if (!ANSWERED_PATHS.has(ENDPOINTS[endpoint]))
			missing.push(`an emulator route for ${endpoint} (${ENDPOINTS[endpoint]})`);
	const documented = DOC_SECTIONS.some(
		(section) =>
			section.heading.startsWith(`${resourceName} → `) &&
			(section.heading.includes(name) || section.body.includes(`**${name}**`)),
	);
	if (!documented) missing.push(`an entry in docs/operations.md under "## ${resourceName} → …"`);
	return missing;
}

describe('every operation has what CONTRIBUTING’s checklist asks for', () => {
	it('finds the operations', () => {
		expect(OPERATIONS.length).toBeGreaterThan(30);
	});

	it.each(OPERATIONS.map((operation) => [operation.key, operation]))('%s', (_key, operation) => {
		expect(lacks(operation)).toEqual([]);
	});

	it('every endpoint the nodes call has an emulator route', () => {
		expect(
			Object.entries(ENDPOINTS)
				.filter(([, endpointPath]) => !ANSWERED_PATHS.has(endpointPath))
				.map(([name]) => name),
		).toEqual([]);
	});
});
