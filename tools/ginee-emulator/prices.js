'use strict';
// Prices per master variation (ListMasterVariationPrice): the master price is the variation's
// selling price; each variation is listed on the first shop of three marketplaces, at a channel
// price a little above it (marketplace fees) until one is set, with an ID per channel variation.
const CHANNELS = ['SHOPEE_ID', 'TOKOPEDIA_ID', 'LAZADA_ID'];
const MARKUP = { SHOPEE_ID: 1.05, TOKOPEDIA_ID: 1.04, LAZADA_ID: 1.06 };

/** Ginee's price record of one variation of a product. */
function priceRecord(product, variation, shops) {
	const master = variation.sellingPrice;
	return {
		productId: product.productId,
		variationId: variation.id,
		productName: product.name,
		variationName: variation.optionValues.join(', '),
		image: variation.images[0] ?? null,
		masterSku: variation.sku,
		masterPrice: { amount: master.amount, currencyCode: master.currencyCode },
		createDatetime: variation.createDatetime,
		channelPriceVOList: CHANNELS.map((channel) => shops.find((shop) => shop.channel === channel))
			.filter(Boolean)
			.map((shop) => {
				const channelVariationId = `VA${variation.id.slice(2, 10)}${shop.shopId.slice(-6)}`;
				const amount =
					variation.channelPrices?.[channelVariationId] ??
					Math.round((master.amount * MARKUP[shop.channel]) / 100) * 100;
				return {
					channelVariationId,
					shopId: shop.shopId,
					shopName: shop.name,
					shopLogo: null,
					channel: shop.channel,
					channelPrice: { amount, currencyCode: master.currencyCode },
					channelSellingPrice: { amount, currencyCode: master.currencyCode },
					isCanUpdateProduct: true,
				};
			}),
	};
}

module.exports = { priceRecord };
