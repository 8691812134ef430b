import type { Operation } from '../operation';
import { resourceDescription } from '../operation';
import * as getDetails from './getDetails.operation';
import * as getMany from './getMany.operation';
import * as updateManualOrder from './updateManualOrder.operation';

export const operations: Record<string, Operation> = { getDetails, getMany, updateManualOrder };

export const description = resourceDescription('order', operations, 'getDetails');
