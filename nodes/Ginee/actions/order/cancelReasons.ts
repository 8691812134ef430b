import type { INodePropertyOptions } from 'n8n-workflow';

/**
 * CancelOrderV2's cancelId values (Ginee's Dictionary page, as far as it was captured): the whole
 * list for manual and Shopify orders, one value each for Shopee and Bukalapak. Other codes go in
 * 'Other Reason Code'.
 */
const REASONS: Array<[channel: string, label: string, cancelId: string]> = [
	['MANUAL_ID', 'Out of Stock', 'MANUAL_OUT_OF_STOCK'],
	['MANUAL_ID', 'Customer Request', 'MANUAL_CUSTOMER_REQUEST'],
	['MANUAL_ID', 'Incorrect Shipping Area', 'MANUAL_INCORRECT_SHIPPING_AREA'],
	['MANUAL_ID', 'COD Not Supported', 'MANUAL_COD_NOT_SUPPORT'],
	['MANUAL_ID', 'Wrong Price or Weight', 'MANUAL_WRONG_PRICE_OR_WEIGHT'],
	['MANUAL_ID', 'Busy', 'MANUAL_BUSY'],
	['MANUAL_ID', 'Incorrect Order', 'MANUAL_INCORRECT_ORDER'],
	['MANUAL_ID', 'Payment Declined', 'PAYMENT_DECLINED'],
	['MANUAL_ID', 'Shop Closed', 'MANUAL_SHOP_CLOSED'],
	['MANUAL_ID', 'Courier Problem', 'MANUAL_COURIER_PROBLEM'],
	['MANUAL_ID', 'Sourcing Delay', 'MANUAL_SOURCING_DELAY'],
	['MANUAL_ID', 'Others', 'MANUAL_OTHERS'],
	['MANUAL_ID', 'System Error', 'MANUAL_SYSTEM_ERROR'],
	['SHOPEE_ID', 'Out of Stock', 'OUT_OF_STOCK'],
	['SHOPIFY_ID', 'Customer', 'customer'],
	['SHOPIFY_ID', 'Inventory', 'inventory'],
	['SHOPIFY_ID', 'Fraud', 'fraud'],
	['SHOPIFY_ID', 'Declined', 'declined'],
	['SHOPIFY_ID', 'Other', 'other'],
	['BUKALAPAK_ID', 'No Stock', 'no_stock'],
];

const CHANNEL_NAMES: Record<string, string> = {
	MANUAL_ID: 'Manual',
	SHOPEE_ID: 'Shopee',
	SHOPIFY_ID: 'Shopify',
	BUKALAPAK_ID: 'Bukalapak',
};

/** Channels in Ginee's cancelId dictionary: their orders are cancelled with a reason. */
const CHANNELS_WITH_REASONS = new Set([
	'MANUAL_ID',
	'SHOPEE_ID',
	'TOKOPEDIA_ID',
	'LAZADA_ID',
	'SHOPIFY_ID',
	'BUKALAPAK_ID',
	'BLIBLI_ID',
]);

export const needsReason = (channel: string) => CHANNELS_WITH_REASONS.has(channel);

/** Channels whose whole list is known: a reason of another list is refused before sending. */
const COMPLETE_LISTS = new Set(['MANUAL_ID', 'SHOPIFY_ID']);

export const NO_REASON = '';
export const OTHER_REASON = '__other';

export const CANCEL_REASON_OPTIONS: INodePropertyOptions[] = [
	{ name: 'None', value: NO_REASON, description: 'For channels that need no reason' },
	...REASONS.map(([channel, label, cancelId]) => ({
		name: `${CHANNEL_NAMES[channel]}: ${label}`,
		value: cancelId,
		description: `${cancelId}, for ${CHANNEL_NAMES[channel]} orders`,
	})),
	{
		name: 'Other Reason Code',
		value: OTHER_REASON,
		description: 'A code of Ginee’s dictionary not in this list (e.g. for Tokopedia or Lazada)',
	},
];

/**
 * Why a reason cannot go with an order of `channel`, or undefined when it can (or the node cannot
 * tell: channels whose list was not captured whole).
 */
export function reasonMismatch(cancelId: string, channel: string): string | undefined {
	const own = REASONS.filter(([reasonChannel]) => reasonChannel === channel).map(([, , id]) => id);
	const of = REASONS.find(([, , id]) => id === cancelId)?.[0];
	if (COMPLETE_LISTS.has(channel) && !own.includes(cancelId)) {
		const name = of ? ` is a ${CHANNEL_NAMES[of]} reason` : ' is not in its list';
		return (
			`${JSON.stringify(cancelId)}${name}; a ` +
			`${CHANNEL_NAMES[channel]} order takes one of ${own.join(', ')}`
		);
	}
	if (of && of !== channel && !COMPLETE_LISTS.has(channel) && channel in CHANNEL_NAMES)
		return (
			`${JSON.stringify(cancelId)} is a ${CHANNEL_NAMES[of]} ` +
			`reason, not one of ${CHANNEL_NAMES[channel]}`
		);
	return undefined;
}
