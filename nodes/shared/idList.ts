/**
 * Reads a list of ids the way users give them: an array (from an expression), a comma- or
 * newline-separated string, or a single number. Blanks are dropped, repeats kept once, order kept.
 */
export function parseIdList(value: unknown): string[] {
	const parts: unknown[] = Array.isArray(value) ? value.flat(3) : [value];
	const ids = parts
		.filter((part) => typeof part === 'string' || typeof part === 'number')
		.flatMap((part) => String(part).split(/[,;\n]/))
		.map((part) => part.trim())
		.filter((part) => part !== '');
	return [...new Set(ids)];
}
