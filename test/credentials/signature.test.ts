import CryptoJS from 'crypto-js';

import { gineeAuthorization, gineeSignature, requestUrl } from '../../credentials/signature';

const reference = (secret: string, method: string, path: string) =>
	CryptoJS.HmacSHA256(`${method.toUpperCase()}$${path}$`, secret).toString(CryptoJS.enc.Base64);

describe('Ginee signature', () => {
	it('matches the vectors of FACTS.md', () => {
		expect(gineeSignature('testsecret123456', 'POST', '/openapi/shop/v1/list')).toBe(
			'qdRoVvlL9c38cHZYGHseNmrwsTD2JgStFJKI8+XsOGk=',
		);
		expect(gineeSignature('testsecret123456', 'POST', '/openapi/order/v1/batch-get')).toBe(
			'ecfEAGAcOEqLh5+vWZxv/pdYzRzdbKYDCRbyF56rwAU=',
		);
	});

	it('equals crypto-js HmacSHA256 → Base64 over many methods, paths and secrets', () => {
		const methods = ['GET', 'POST', 'put', 'delete', 'Patch'];
		const paths = [
			'/openapi/shop/v1/list',
			'/openapi/order/v1/batch-get',
			'/openapi/order/v2/list-order',
			'/a',
			'/ünïcode/päth',
			'/',
		];
		const secrets = [
			'testsecret123456',
			'x',
			'a much longer secret key with spaces and symbols !@#$%^&*()',
			'ключ',
			'0'.repeat(200),
		];
		let compared = 0;
		for (const method of methods)
			for (const path of paths)
				for (const secret of secrets) {
					expect(gineeSignature(secret, method, path)).toBe(reference(secret, method, path));
					compared++;
				}
		expect(compared).toBe(methods.length * paths.length * secrets.length);
	});

	it('builds ACCESS_KEY:SIGNATURE and signs GET when no method is given', () => {
		expect(gineeAuthorization('AK', 'testsecret123456', 'post', '/openapi/shop/v1/list')).toBe(
			'AK:qdRoVvlL9c38cHZYGHseNmrwsTD2JgStFJKI8+XsOGk=',
		);
		expect(gineeAuthorization('AK', 's', undefined, '/x')).toBe(
			`AK:${reference('s', 'GET', '/x')}`,
		);
	});

	it.each([
		[{ baseURL: 'https://api.ginee.com', url: '/openapi/shop/v1/list' }, '/openapi/shop/v1/list'],
		[{ baseURL: 'https://api.ginee.com/', url: 'openapi/shop/v1/list' }, '/openapi/shop/v1/list'],
		[
			{ baseURL: 'http://127.0.0.1:8787/prefix', url: '/openapi/shop/v1/list' },
			'/prefix/openapi/shop/v1/list',
		],
		[{ url: 'https://api.ginee.com/openapi/order/v1/batch-get' }, '/openapi/order/v1/batch-get'],
		[
			{ url: 'https://api.ginee.com/openapi/order/v1/batch-get?x=1&y=2' },
			'/openapi/order/v1/batch-get',
		],
		[
			{ baseURL: 'https://api.ginee.com', url: '/openapi/order/v1/batch-get?page=2' },
			'/openapi/order/v1/batch-get',
		],
		[{ uri: 'http://127.0.0.1:1/openapi/shop/v1/list?size=1' }, '/openapi/shop/v1/list'],
		[{ url: 'https://api.ginee.com/openapi/x', baseURL: 'https://ignored.example' }, '/openapi/x'],
	])('signs the path actually requested for %j', (request, path) => {
		expect(requestUrl(request)?.pathname).toBe(path);
	});
});
