'use strict';
// What a newcomer opens first: every example runs our nodes at their one version and carries a
// sticky note saying what it changes and what to replace.
const fs = require('node:fs');
const path = require('node:path');

const EXAMPLES = path.join(__dirname, '../examples');
const files = fs.readdirSync(EXAMPLES).filter((file) => file.endsWith('.json'));
const read = (file) => JSON.parse(fs.readFileSync(path.join(EXAMPLES, file), 'utf8'));

const { NODE_VERSION } = require('../nodes/shared/nodeVersion');
const { Ginee } = require('../nodes/Ginee/Ginee.node');
const { GineeTrigger } = require('../nodes/GineeTrigger/GineeTrigger.node');
const { GineeOrderTrigger } = require('../nodes/GineeOrderTrigger/GineeOrderTrigger.node');
const { GINEE_NODE_VERSION } = require('../tools/n8n-harness/workflows');

describe('example workflows', () => {
	it('each node has one version, the one the examples, npm start and the e2e workflows use', () => {
		for (const Node of [Ginee, GineeTrigger, GineeOrderTrigger])
			expect([Node.name, new Node().description.version]).toEqual([Node.name, NODE_VERSION]);
		expect(GINEE_NODE_VERSION).toBe(NODE_VERSION);
	});

	it.each(files)('%s: our nodes at their current version', (file) => {
		const ours = read(file).nodes.filter((node) => node.type.startsWith('n8n-nodes-ginee.'));
		expect(ours.length).toBeGreaterThan(0);
		for (const node of ours)
			expect({ node: node.name, version: node.typeVersion }).toEqual({
				node: node.name,
				version: NODE_VERSION,
			});
	});

	it.each(files)('%s: a sticky note says what it does and what to replace', (file) => {
		const notes = read(file)
			.nodes.filter((node) => node.type === 'n8n-nodes-base.stickyNote')
			.map((node) => node.parameters.content);
		expect(notes).toHaveLength(1);
		expect(notes[0]).toMatch(/^## /);
		expect(notes[0]).toMatch(/\*\*[^*]*replace:?\*\*/i);
		// a write says it changes Ginee; a read says nothing in Ginee changes
		expect(notes[0]).toMatch(
			/Changes Ginee|nothing in Ginee changes|Overwrites|Sets prices|Creates|Adds/i,
		);
	});
});
