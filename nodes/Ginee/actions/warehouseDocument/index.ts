import { resourceDescription } from '../operation';
import type { Operation } from '../operation';
import * as getInboundOrder from './getInboundOrder.operation';
import * as receiveStock from './receiveStock.operation';

export const operations: Record<string, Operation> = { getInboundOrder, receiveStock };

export const description = resourceDescription('warehouseDocument', operations, 'receiveStock');
