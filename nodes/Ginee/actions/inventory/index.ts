import { resourceDescription } from '../operation';
import type { Operation } from '../operation';
import * as addToWarehouse from './addToWarehouse.operation';
import * as getMany from './getMany.operation';
import * as getStockBySku from './getStockBySku.operation';
import * as setWarehouseStock from './setWarehouseStock.operation';
import * as updateSpareStock from './updateSpareStock.operation';

export const operations: Record<string, Operation> = {
	addToWarehouse,
	getMany,
	getStockBySku,
	setWarehouseStock,
	updateSpareStock,
};

export const description = resourceDescription('inventory', operations, 'getStockBySku');
