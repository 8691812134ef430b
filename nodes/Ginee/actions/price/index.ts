import { resourceDescription } from '../operation';
import type { Operation } from '../operation';
import * as getMany from './getMany.operation';

export const operations: Record<string, Operation> = { getMany };

export const description = resourceDescription('price', operations, 'getMany');
