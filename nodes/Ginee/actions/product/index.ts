import { resourceDescription } from '../operation';
import type { Operation } from '../operation';
import * as deleteProduct from './delete.operation';
import * as findBySku from './findBySku.operation';
import * as get from './get.operation';
import * as getMany from './getMany.operation';

export const operations: Record<string, Operation> = {
	delete: deleteProduct,
	findBySku,
	get,
	getMany,
};

export const description = resourceDescription('product', operations, 'getMany');
