import { resourceDescription } from '../operation';
import type { Operation } from '../operation';
import * as create from './create.operation';
import * as deleteProduct from './delete.operation';
import * as findBySku from './findBySku.operation';
import * as get from './get.operation';
import * as getMany from './getMany.operation';
import * as update from './update.operation';

export const operations: Record<string, Operation> = {
	create,
	delete: deleteProduct,
	findBySku,
	get,
	getMany,
	update,
};

export const description = resourceDescription('product', operations, 'getMany');
