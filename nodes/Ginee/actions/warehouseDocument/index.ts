import { resourceDescription } from '../operation';
import type { Operation } from '../operation';
import * as executeOutboundOrder from './executeOutboundOrder.operation';
import * as getInboundOrder from './getInboundOrder.operation';
import * as getOrderOutbound from './getOrderOutbound.operation';
import * as receiveStock from './receiveStock.operation';
import * as sendOutStock from './sendOutStock.operation';

export const operations: Record<string, Operation> = {
	executeOutboundOrder,
	getInboundOrder,
	getOrderOutbound,
	receiveStock,
	sendOutStock,
};

export const description = resourceDescription('warehouseDocument', operations, 'receiveStock');
