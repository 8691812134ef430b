'use strict';
// What a newcomer opens first: every example runs our nodes at their current version (the one n8n
// gives a node added today) and carries a sticky note saying what it changes and what to replace.
const fs = require('node:fs');
const path = require('node:path');

const EXAMPLES = path.join(__dirname, '../examples');
const files = fs.readdirSync(EXAMPLES).filter((file) => file.endsWith('.json'));
const read = (file) => JSON.parse(fs.readFileSync(path.join(EXAMPLES, file), 'utf8'));

// the built-in sources of the version lists, read as the package states them
const CURRENT = {
	'n8n-nodes-ginee.ginee': 1.1,
	'n8n-nodes-ginee.gineeTool': 1.1,
	'n8n-nodes-ginee.gineeTrigger': 1.1,
	'n8n-nodes-ginee.gineeOrderTrigger': 1.1,
};

describe('example workflows', () => {
	it('the current versions are the nodes’ newest', () => {
		const source = (file) => fs.readFileSync(path.join(__dirname, '../nodes', file), 'utf8');
		for (const file of [
			'Ginee/Ginee.node.ts',
			'GineeTrigger/GineeTrigger.node.ts',
			'GineeOrderTrigger/GineeOrderTrigger.node.ts',
		])
			expect({ file, versions: /version: \[([^\]]+)\]/.exec(source(file))?.[1] }).toEqual({
				file,
				versions: '1, 1.1',
			});
	});

	it.each(files)('%s: our nodes at their current version', (file) => {
		const ours = read(file).nodes.filter((node) => node.type.startsWith('n8n-nodes-ginee.'));
		expect(ours.length).toBeGreaterThan(0);
		for (const node of ours)
			expect({ node: node.name, version: node.typeVersion }).toEqual({
				node: node.name,
				version: CURRENT[node.type],
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
