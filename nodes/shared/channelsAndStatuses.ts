import type { INodePropertyOptions } from 'n8n-workflow';

/** Values of Ginee's Dictionary page. */
export const CHANNEL_OPTIONS: INodePropertyOptions[] = [
	['Akulaku', 'AKULAKU_ID'],
	['Blibli', 'BLIBLI_ID'],
	['Bukalapak', 'BUKALAPAK_ID'],
	['Lazada', 'LAZADA_ID'],
	['Manual Order', 'MANUAL_ID'],
	['Shopee', 'SHOPEE_ID'],
	['Shopify', 'SHOPIFY_ID'],
	['Tiki', 'TIKI_ID'],
	['TikTok Shop', 'TIKTOK_ID'],
	['Tokopedia', 'TOKOPEDIA_ID'],
	['WooCommerce', 'WOO_COMMERCE_ID'],
	['Zalora', 'ZALORA_ID'],
].map(([name, value]) => ({ name, value }));

export const ORDER_STATUS_OPTIONS: INodePropertyOptions[] = [
	['Cancelled', 'CANCELLED'],
	['Delivered', 'DELIVERED'],
	['Paid', 'PAID'],
	['Partially Paid', 'PARTIALLY_PAID'],
	['Pending Payment', 'PENDING_PAYMENT'],
	['Ready to Ship', 'READY_TO_SHIP'],
	['Returned', 'RETURNED'],
	['Shipping', 'SHIPPING'],
].map(([name, value]) => ({ name, value }));
