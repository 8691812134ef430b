/** `values` in runs of at most `size`, in order. */
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
