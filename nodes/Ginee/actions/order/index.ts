import { resourceDescription } from '../operation';
import type { Operation } from '../operation';
import * as accept from './accept.operation';
import * as cancel from './cancel.operation';
import * as complete from './complete.operation';
import * as createManualOrder from './createManualOrder.operation';
import * as getDetails from './getDetails.operation';
import * as getMany from './getMany.operation';
import * as getSalesSummary from './getSalesSummary.operation';
import * as getShippingOptions from './getShippingOptions.operation';
import * as markShipped from './markShipped.operation';
import * as printDocument from './printDocument.operation';
import * as ship from './ship.operation';
import * as updateManualOrder from './updateManualOrder.operation';

export const operations: Record<string, Operation> = {
	accept,
	cancel,
	complete,
	createManualOrder,
	getDetails,
	getMany,
	getSalesSummary,
	getShippingOptions,
	markShipped,
	printDocument,
	ship,
	updateManualOrder,
};

export const description = resourceDescription('order', operations, 'getDetails');
