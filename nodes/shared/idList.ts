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

export function chunk<T>(values: T[], size: number): T[][] {
	const chunks: T[][] = [];
	for (let start = 0; start < values.length; start += size)
		chunks.push(values.slice(start, start + size));
	return chunks;
}

/** Runs `task` over `inputs` with at most `limit` running at once; results keep the input order. */
export async function mapWithConcurrency<I, O>(
	inputs: I[],
	limit: number,
	task: (input: I) => Promise<O>,
): Promise<O[]> {
	const results: O[] = new Array(inputs.length);
	let next = 0;
	const worker = async () => {
		while (next < inputs.length) {
			const index = next++;
			results[index] = await task(inputs[index]);
		}
	};
	await Promise.all(Array.from({ length: Math.min(limit, inputs.length) }, worker));
	return results;
}
