/**
 * JSON.parse, except that a whole number beyond JavaScript's exact integers (above 2^53, e.g. a
 * 19-digit document ID) is kept as the text Ginee sent instead of being rounded to another number.
 */
export function parseExactJson(text: string): unknown {
	let out = '';
	let copiedUpTo = 0;
	let inString = false;
	for (let index = 0; index < text.length; index++) {
		const char = text[index];
		if (inString) {
			if (char === '\\') index++;
			else if (char === '"') inString = false;
			continue;
		}
		if (char === '"') {
			inString = true;
			continue;
		}
		if (char !== '-' && (char < '0' || char > '9')) continue;
		let end = index + 1;
		while (end < text.length && /[0-9eE.+-]/.test(text[end])) end++;
		const literal = text.slice(index, end);
		if (/^-?\d+$/.test(literal) && !Number.isSafeInteger(Number(literal))) {
			out += `${text.slice(copiedUpTo, index)}"${literal}"`;
			copiedUpTo = end;
		}
		index = end - 1;
	}
	return JSON.parse(out + text.slice(copiedUpTo));
}
