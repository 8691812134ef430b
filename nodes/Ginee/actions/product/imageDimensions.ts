/** An image's format and size in pixels, read from its header. */
interface ImageDimensions {
	format: 'png' | 'jpeg';
	width: number;
	height: number;
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** JPEG start-of-frame markers (C0–CF except C4, C8 and CC): they carry the size. */
const isStartOfFrame = (marker: number) =>
	marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker);

/** PNG: the IHDR chunk right after the signature holds width and height. */
function pngDimensions(data: Buffer): ImageDimensions | undefined {
	if (data.length < 24 || data.toString('latin1', 12, 16) !== 'IHDR') return undefined;
	return { format: 'png', width: data.readUInt32BE(16), height: data.readUInt32BE(20) };
}

/** JPEG: walks the segments to the first start-of-frame. */
function jpegDimensions(data: Buffer): ImageDimensions | undefined {
	let offset = 2;
	while (offset + 9 <= data.length) {
		if (data[offset] !== 0xff) return undefined;
		const marker = data[offset + 1];
		if (marker === 0xff) {
			offset += 1; // padding
			continue;
		}
		if (isStartOfFrame(marker))
			return {
				format: 'jpeg',
				height: data.readUInt16BE(offset + 5),
				width: data.readUInt16BE(offset + 7),
			};
		const length = data.readUInt16BE(offset + 2);
		if (length < 2) return undefined;
		offset += 2 + length;
	}
	return undefined;
}

/** The format and size of a PNG or JPEG image; undefined for anything else or a broken header. */
export function imageDimensions(data: Buffer): ImageDimensions | undefined {
	if (data.length >= 8 && data.subarray(0, 8).equals(PNG_SIGNATURE)) return pngDimensions(data);
	if (data.length >= 3 && data[0] === 0xff && data[1] === 0xd8 && data[2] === 0xff)
		return jpegDimensions(data);
	return undefined;
}
