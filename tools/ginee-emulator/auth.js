'use strict';
// Checks a request the way Ginee's gateway does: `Authorization: ACCESS_KEY:BASE64(HMAC-SHA256(secret,
// METHOD$PATH$))`, PATH without query, plus a known X-Advai-Country that matches the account.
const { createHmac, timingSafeEqual } = require('node:crypto');
const { GineeError } = require('./envelope');

const COUNTRIES = ['ID', 'CN', 'PH', 'VN', 'TH', 'MY'];

function expectedSignature(secretKey, method, path) {
	return createHmac('sha256', secretKey).update(`${method}$${path}$`).digest('base64');
}

function sameText(a, b) {
	const left = Buffer.from(a);
	const right = Buffer.from(b);
	return left.length === right.length && timingSafeEqual(left, right);
}

function checkRequest(req, path, account) {
	const header = req.headers.authorization;
	if (!header) {
		throw new GineeError('UNAUTHORIZED', 'Missing Authorization header', { status: 401 });
	}
	const colon = header.indexOf(':');
	const accessKey = colon === -1 ? header : header.slice(0, colon);
	const signature = colon === -1 ? '' : header.slice(colon + 1);
	if (accessKey !== account.accessKey) {
		throw new GineeError('UNAUTHORIZED', 'Access key does not exist', { status: 401 });
	}
	if (!sameText(signature, expectedSignature(account.secretKey, req.method, path))) {
		throw new GineeError('UNAUTHORIZED', 'Signature verification failed', { status: 401 });
	}
	const country = req.headers['x-advai-country'];
	if (!COUNTRIES.includes(country)) {
		throw new GineeError(
			'PARAMETER_ERROR',
			`X-Advai-Country must be one of ${COUNTRIES.join(', ')}`,
		);
	}
	if (country !== account.country) {
		throw new GineeError('UNAUTHORIZED', `This app is not authorized for country ${country}`, {
			status: 401,
		});
	}
}

module.exports = { checkRequest, expectedSignature, COUNTRIES };
