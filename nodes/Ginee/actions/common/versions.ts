/**
 * Version 1.1 of the Ginee node: Output (Simplified / Raw / Selected Fields) instead of Simplify,
 * Set Warehouse Stock's Quantity without a default, and Ship's courier, pick-up address and time
 * chosen from the order's lists. Saved workflows keep version 1.
 */
export const VERSION_1_1 = 1.1;

/** Display rules for a field of version 1 only, and for one from version 1.1 on. */
export const ONLY_VERSION_1 = { '@version': [1] };
export const FROM_VERSION_1_1 = { '@version': [{ _cnd: { gte: VERSION_1_1 } }] };
