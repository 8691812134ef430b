import { resourceDescription } from '../operation';
import type { Operation } from '../operation';
import * as getInboundOrder from './getInboundOrder.operation';
import * as receiveStock from './receiveStock.operation';
import * as sendOutStock from './sendOutStock.operation';

export const operations: Record<string, Operation> = {
	getInboundOrder,
	receiveStock,
	sendOutStock,
};

export const description = resourceDescription('warehouseDocument', operations, 'receiveStock');
