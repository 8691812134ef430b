'use strict';
// Images for UploadImage: real PNGs made here (a solid colour, any size) for tests and trials, and
// the size of an uploaded PNG or JPEG read from its header, as Ginee checks it.
const zlib = require('node:zlib');

function chunk(type, data) {
	const length = Buffer.alloc(4);
	length.writeUInt32BE(data.length);
	const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
	const crc = Buffer.alloc(4);
	crc.writeUInt32BE(zlib.crc32(body) >>> 0);
	return Buffer.concat([length, body, crc]);
}

/** A valid PNG of `width`×`height` pixels in one colour ([r, g, b]). */
function solidPng(width, height, [r, g, b] = [200, 60, 40]) {
	const header = Buffer.alloc(13);
	header.writeUInt32BE(width, 0);
	header.writeUInt32BE(height, 4);
	header[8] = 8; // bit depth
	header[9] = 2; // truecolour
	const row = Buffer.alloc(1 + width * 3);
	for (let x = 0; x < width; x++) row.set([r, g, b], 1 + x * 3);
	const raw = Buffer.concat(Array.from({ length: height }, () => row));
	return Buffer.concat([
		Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
		chunk('IHDR', header),
		chunk('IDAT', zlib.deflateSync(raw)),
		chunk('IEND', Buffer.alloc(0)),
	]);
}

/** { format, width, height } of a PNG or JPEG, or undefined. */
function imageSize(data) {
	if (
		data.length >= 24 &&
		data.readUInt32BE(0) === 0x89504e47 &&
		data.toString('latin1', 12, 16) === 'IHDR'
	)
		return { format: 'png', width: data.readUInt32BE(16), height: data.readUInt32BE(20) };
	if (data.length < 4 || data[0] !== 0xff || data[1] !== 0xd8) return undefined;
	let offset = 2;
	while (offset + 9 <= data.length && data[offset] === 0xff) {
		const marker = data[offset + 1];
		if (marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker))
			return {
				format: 'jpeg',
				height: data.readUInt16BE(offset + 5),
				width: data.readUInt16BE(offset + 7),
			};
		offset += 2 + data.readUInt16BE(offset + 2);
	}
	return undefined;
}

/** The parts of a multipart/form-data body: [{ name, fileName, contentType, data }]. */
function multipartParts(body, contentType) {
	const boundary = /boundary=(?:"([^"]+)"|([^;]+))/i.exec(contentType ?? '');
	if (!boundary) return [];
	const delimiter = Buffer.from(`--${boundary[1] ?? boundary[2]}`);
	const parts = [];
	let start = body.indexOf(delimiter);
	while (start !== -1) {
		const next = body.indexOf(delimiter, start + delimiter.length);
		if (next === -1) break;
		const part = body.subarray(start + delimiter.length + 2, next - 2); // CRLF after, before
		const split = part.indexOf('\r\n\r\n');
		if (split !== -1) {
			const head = part.subarray(0, split).toString('utf8');
			parts.push({
				name: /name="([^"]*)"/i.exec(head)?.[1],
				fileName: /filename="([^"]*)"/i.exec(head)?.[1],
				contentType: /content-type:\s*([^\r\n]+)/i.exec(head)?.[1]?.trim(),
				data: part.subarray(split + 4),
			});
		}
		start = next;
	}
	return parts;
}

module.exports = { imageSize, multipartParts, solidPng };
