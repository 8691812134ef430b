// What a failed write run advises, built from where every item stands: a refusal alone warns of
// nothing (nothing was applied), applied items are to be left out, uncertain ones checked.
import type { INode } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import {
	checksFailedError,
	sendingFailedError,
	type ItemState,
} from '../../../../nodes/Ginee/helpers/writeReport';

const node = { name: 'Ginee', type: 'n8n-nodes-ginee.ginee', typeVersion: 1.1 } as INode;
const state = (states: ItemState[]) => ({
	states,
	labels: new Map(states.map((_, index) => [index, `SKU S${index + 1}`])),
});
const refusal = (itemIndex: number) => ({
	itemIndex,
	error: new NodeOperationError(node, `Ginee refused the change of SKU S${itemIndex + 1}`),
});

describe('the advice of a failed write run', () => {
	it('a refusal with nothing applied: no warning about sending twice', () => {
		const error = sendingFailedError(node, state(['refused', 'notSent']), refusal(0));
		expect(error.description).not.toMatch(/leave out|twice|sent again/);
		expect(error.description).toContain('Settings → On Error');
		const later = checksFailedError(node, state(['invalid', 'refused']), refusal(0));
		expect(later.description).toMatch(/^Nothing more was sent to Ginee in this try/);
		expect(later.description).not.toMatch(/leave out|twice/);
	});

	it('items Ginee applied are to be left out; items that may have been applied checked', () => {
		const error = sendingFailedError(
			node,
			state(['applied', 'mayHaveBeenApplied', 'refused', 'mayHaveBeenApplied']),
			refusal(2),
		);
		expect(error.message).toBe(
			'Ginee refused the change of SKU S3 (item 3, SKU S3). Ginee applied item 1 (SKU S1); ' +
				'items 2 (SKU S2) and 4 (SKU S4) may already have been applied.',
		);
		expect(error.description).toContain(
			'Check items 2 (SKU S2) and 4 (SKU S4) in Ginee before sending again.',
		);
		expect(error.description).toContain('leave out the items Ginee applied');
	});

	it('nothing sent in any try says so, and nothing else', () => {
		const error = checksFailedError(node, state(['invalid', 'notSent']), refusal(0));
		expect(error.description).toBe(
			'Nothing was sent to Ginee: every item is checked before the first change is sent.',
		);
	});
});
