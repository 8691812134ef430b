import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { chunk } from '../../../shared/idList';
import { clampTimeout, gineeApiRequest } from '../../../shared/transport';
import { ENDPOINTS, PER_CALL } from '../../../shared/transport/endpoints';
import { followTasks, readWaitSeconds } from '../../helpers/backgroundTasks';
import { markMayHaveBeenApplied, WriteLedger } from '../../helpers/writes';

export { option, properties } from './delete.description';

interface Deletion {
	productId: string;
	timeout: number;
	waitSeconds: number;
}

interface DeleteResult {
	done: boolean;
	failed: Set<string>;
	reason: string;
}

function readDeletion(this: IExecuteFunctions, itemIndex: number): Deletion {
	const productId = String(this.getNodeParameter('productId', itemIndex, '') ?? '').trim();
	if (!productId)
		throw new NodeOperationError(this.getNode(), "'Product ID' is required", { itemIndex });
	const options = this.getNodeParameter('options', itemIndex, {}) as IDataObject;
	return {
		productId,
		timeout: clampTimeout(options.timeout),
		waitSeconds: readWaitSeconds(options),
	};
}

/** GetDeleteMasterProductResult, read tolerantly: done once Ginee counts every product. */
function readDeleteResult(data: IDataObject, size: number): DeleteResult {
	const failed = new Set(
		(Array.isArray(data.failProductIds) ? data.failProductIds : []).map((id) => String(id)),
	);
	const counted = Number(data.successNum ?? 0) + Number(data.failNum ?? 0);
	const status = String(data.status ?? '').toUpperCase();
	const done =
		['FINISHED', 'FINISH', 'SUCCESS', 'COMPLETED', 'DONE'].includes(status) || counted >= size;
	return { done, failed, reason: String(data.errorMsg ?? '') || 'no reason given' };
}

/**
 * Checks every item, sends the product IDs 20 per call (each the same product once), then waits
 * for Ginee's tasks for at most Wait for Result of the first item; each item gets its product's
 * outcome. A call without an answer is never sent again.
 */
export async function execute(
	this: IExecuteFunctions,
	items: INodeExecutionData[],
): Promise<INodeExecutionData[]> {
	const { ledger, writes: deletions } = WriteLedger.check(
		this,
		items,
		(itemIndex) => readDeletion.call(this, itemIndex),
		(deletion) => `product ${deletion.productId}`,
	);
	const pending = deletions.flatMap((deletion, itemIndex) =>
		deletion && ledger.isPending(itemIndex) ? [{ deletion, itemIndex }] : [],
	);
	if (pending.length === 0) return ledger.finish();
	const first = pending[0].deletion;
	const itemsOf = new Map<string, number[]>();
	for (const { deletion, itemIndex } of pending)
		itemsOf.set(deletion.productId, [...(itemsOf.get(deletion.productId) ?? []), itemIndex]);

	const taskOf = new Map<string, string>();
	const sizeOf = new Map<string, number>();
	for (const batch of chunk([...itemsOf.keys()], PER_CALL.productDeletes)) {
		if (!ledger.mayGoOn) break;
		const batchItems = batch.flatMap((productId) => itemsOf.get(productId) as number[]);
		try {
			const answer = await gineeApiRequest.call(
				this,
				ENDPOINTS.BatchDeleteProductAsync,
				{ productIds: batch },
				{ kind: 'write', itemIndex: batchItems[0], timeout: first.timeout },
			);
			const data = answer.data as IDataObject | string | null;
			const taskId = typeof data === 'string' ? data : String(data?.taskId ?? '');
			if (!taskId)
				throw markMayHaveBeenApplied(
					new NodeOperationError(this.getNode(), 'Ginee took the deletion but gave no task ID', {
						description: 'Check the products with Product → Get before deleting them again.',
					}),
				);
			sizeOf.set(taskId, batch.length);
			for (const productId of batch) taskOf.set(productId, taskId);
		} catch (error) {
			for (const itemIndex of batchItems) ledger.record(itemIndex, error as Error);
		}
	}
	const results = await followTasks(
		[...sizeOf.keys()],
		first.waitSeconds,
		async (taskId, deadline) => {
			const answer = await gineeApiRequest.call(
				this,
				ENDPOINTS.GetDeleteMasterProductResult,
				{},
				{
					kind: 'read',
					method: 'GET',
					qs: { taskId },
					timeout: first.timeout,
					deadline,
					attempts: 1,
				},
			);
			return readDeleteResult((answer.data ?? {}) as IDataObject, sizeOf.get(taskId) as number);
		},
	);
	for (const [productId, taskId] of taskOf) {
		const result = results.get(taskId);
		const done = result?.done === true;
		for (const itemIndex of itemsOf.get(productId) as number[]) {
			if (done && result.failed.has(productId)) {
				ledger.record(
					itemIndex,
					new NodeOperationError(
						this.getNode(),
						`Ginee did not delete product ${productId}: ${result.reason}`,
						{ description: `Ginee's delete task ${taskId}.` },
					),
				);
				continue;
			}
			ledger.record(itemIndex, {
				productId,
				deleted: done,
				status: done ? 'SUCCESS' : 'PROCESSING',
				taskId,
				...(done
					? {}
					: {
							message:
								`Ginee was still deleting after ${first.waitSeconds} s. Do not delete it ` +
								'again: check it later with Product → Get.',
						}),
			});
		}
	}
	return ledger.finish();
}
