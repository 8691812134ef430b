import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { clampTimeout, gineeApiRequest } from '../../../shared/transport';
import { ENDPOINTS, PER_CALL } from '../../../shared/transport/endpoints';
import { followTasks, readWaitSeconds } from '../../helpers/backgroundTasks';
import { planCalls } from '../../helpers/callPlan';
import { markMayHaveBeenApplied, taskIdOf, WriteLedger } from '../../helpers/writes';

export { option, properties } from './delete.description';

interface Deletion {
	productId: string;
	timeout: number;
	waitSeconds: number;
}

interface DeleteResult {
	done: boolean;
	failed: Set<string>;
	/** Ginee counts more failures than it names: the products it does not name are unconfirmed. */
	unnamedFailures: boolean;
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
	return {
		done,
		failed,
		unnamedFailures: Number(data.failNum ?? 0) > failed.size,
		reason: String(data.errorMsg ?? '') || 'no reason given',
	};
}

/**
 * Checks every item, sends the product IDs PER_CALL.productDeletes a call (each the same product
 * once), then waits for Ginee's tasks for at most Wait for Result of the first item; each item
 * gets its product's outcome. A call without an answer is never sent again.
 */
export async function execute(
	this: IExecuteFunctions,
	items: INodeExecutionData[],
): Promise<INodeExecutionData[]> {
	const ledger = WriteLedger.check(
		this,
		items,
		(itemIndex) => readDeletion.call(this, itemIndex),
		(deletion) => `product ${deletion.productId}`,
	);
	const units = ledger.units((deletion) => deletion.productId);
	if (units.length === 0) return ledger.finish();
	const first = units[0].write;
	const tasks = await ledger.startTasks(planCalls(units, PER_CALL.productDeletes), async (call) => {
		const answer = await gineeApiRequest.call(
			this,
			ENDPOINTS.BatchDeleteProductAsync,
			{ productIds: call.map(({ write }) => write.productId) },
			{ kind: 'write', itemIndex: call[0].itemIndexes[0], timeout: first.timeout },
		);
		return taskIdOf.call(this, answer.data, {
			what: 'deletion',
			check: 'Check the products with Product → Get',
		});
	});
	const results = await followTasks(
		[...tasks.keys()],
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
			const size = (tasks.get(taskId) as unknown[]).length;
			return readDeleteResult((answer.data ?? {}) as IDataObject, size);
		},
	);
	for (const [taskId, call] of tasks)
		for (const unit of call) {
			const { productId } = unit.write;
			const result = results.get(taskId);
			const done = result?.done === true;
			if (done && result.failed.has(productId)) {
				ledger.settle(
					unit,
					new NodeOperationError(
						this.getNode(),
						`Ginee did not delete product ${productId}: ${result.reason}`,
						{ description: `Ginee's delete task ${taskId}.` },
					),
				);
				continue;
			}
			if (done && result.unnamedFailures) {
				ledger.settle(
					unit,
					markMayHaveBeenApplied(
						new NodeOperationError(
							this.getNode(),
							`Ginee finished delete task ${taskId} with failures it does not name; product ` +
								`${productId} may or may not be deleted`,
							{ description: 'Check it with Product → Get before deleting it again.' },
						),
					),
				);
				continue;
			}
			ledger.settle(unit, {
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
	return ledger.finish();
}
