import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

/** Ginee takes amounts below 1,000,000,000 (its pages: "less than 1000000000"). */
const MAX_AMOUNT = 1e9;

/** A price from a field or expression: a number from 0 to under 1e9, else an error naming it. */
export function readAmount(
	this: IExecuteFunctions,
	value: unknown,
	label: string,
	itemIndex: number,
): number {
	const fail = (message: string) => new NodeOperationError(this.getNode(), message, { itemIndex });
	if (String(value ?? '').trim() === '') throw fail(`'${label}' is empty: give the new price`);
	const amount = typeof value === 'string' ? Number(value.trim()) : value;
	if (typeof amount !== 'number' || !Number.isFinite(amount) || amount < 0 || amount >= MAX_AMOUNT)
		throw fail(
			`'${label}' must be a number from 0 to under 1,000,000,000, got ${JSON.stringify(value)}`,
		);
	return amount;
}

/** A currency code from a field: three letters, IDR when empty. */
export function readCurrency(this: IExecuteFunctions, value: unknown, itemIndex: number): string {
	const currency = (String(value ?? '').trim() || 'IDR').toUpperCase();
	if (!/^[A-Z]{3}$/.test(currency))
		throw new NodeOperationError(
			this.getNode(),
			`'Currency' must be a three-letter code such as IDR, got ${JSON.stringify(currency)}`,
			{ itemIndex },
		);
	return currency;
}

/** The Currency field of the prices an operation sends. */
export function currencyField(): INodeProperties {
	return {
		displayName: 'Currency',
		name: 'currency',
		type: 'string',
		default: 'IDR',
		placeholder: 'e.g. IDR',
		description: 'The currency code of the prices, as Ginee takes it (IDR unless given)',
	};
}
