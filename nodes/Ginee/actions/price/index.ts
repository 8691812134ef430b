import { resourceDescription } from '../operation';
import type { Operation } from '../operation';
import * as getMany from './getMany.operation';
import * as update from './update.operation';

export const operations: Record<string, Operation> = { getMany, update };

export const description = resourceDescription('price', operations, 'getMany');
