// The image size the node checks before UploadImage, read from PNG and JPEG headers.
import { imageDimensions } from '../../../../../nodes/Ginee/actions/product/imageDimensions';
import { solidPng } from '../../../../../tools/ginee-emulator/images';

/** A JPEG's first segments: SOI, an APP0 segment, then a baseline or progressive frame header. */
function jpegHeader(width: number, height: number, frameMarker = 0xc0): Buffer {
	const app0 = Buffer.from([
		0xff,
		0xe0,
		0x00,
		0x10,
		...Buffer.from('JFIF\0'),
		1,
		1,
		0,
		0,
		1,
		0,
		1,
		0,
		0,
	]);
	const frame = Buffer.alloc(19);
	frame.set([0xff, frameMarker, 0x00, 0x11, 0x08]);
	frame.writeUInt16BE(height, 5);
	frame.writeUInt16BE(width, 7);
	return Buffer.concat([Buffer.from([0xff, 0xd8]), app0, Buffer.from([0xff, 0xff]), frame]);
}

describe('imageDimensions', () => {
	it('reads a PNG’s width and height', () => {
		expect(imageDimensions(solidPng(640, 300))).toEqual({ format: 'png', width: 640, height: 300 });
	});

	it('reads a JPEG’s size from its frame header, past other segments and padding', () => {
		expect(imageDimensions(jpegHeader(1200, 900))).toEqual({
			format: 'jpeg',
			width: 1200,
			height: 900,
		});
		expect(imageDimensions(jpegHeader(300, 4000, 0xc2))).toEqual({
			format: 'jpeg',
			width: 300,
			height: 4000,
		});
	});

	it('gives nothing for other files and cut-off headers', () => {
		expect(imageDimensions(Buffer.from('GIF89a......'))).toBeUndefined();
		expect(imageDimensions(solidPng(300, 300).subarray(0, 20))).toBeUndefined();
		expect(imageDimensions(jpegHeader(300, 300).subarray(0, 25))).toBeUndefined();
		expect(imageDimensions(Buffer.alloc(0))).toBeUndefined();
	});
});
