import { parseExactJson } from '../../../../nodes/shared/transport/exactJson';

describe('parseExactJson', () => {
	it('keeps whole numbers beyond 2^53 as the digits Ginee sent', () => {
		const text =
			'{"code":"SUCCESS","data":{"inboundOrderId":1234567890123456789,"list":[-9007199254740993,' +
			'9007199254740991,12.5,1e25],"note":"qty: 12345678901234567890, \\"quoted\\" 99999999999999999999"}}';
		expect(parseExactJson(text)).toEqual({
			code: 'SUCCESS',
			data: {
				inboundOrderId: '1234567890123456789',
				list: ['-9007199254740993', 9007199254740991, 12.5, 1e25],
				note: 'qty: 12345678901234567890, "quoted" 99999999999999999999',
			},
		});
		// JSON.parse would have rounded it
		expect(String(JSON.parse(text).data.inboundOrderId)).not.toBe('1234567890123456789');
	});

	it('parses everything else as JSON.parse does, and refuses what it refuses', () => {
		for (const text of ['[]', '"a"', '{"a":[1,2,{"b":null}],"c":true}', ' 42 ', '-0'])
			expect(parseExactJson(text)).toEqual(JSON.parse(text));
		expect(() => parseExactJson('{"a":')).toThrow(SyntaxError);
	});
});
