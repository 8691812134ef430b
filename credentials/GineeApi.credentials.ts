import type {
	ICredentialDataDecryptedObject,
	ICredentialTestRequest,
	ICredentialType,
	IDataObject,
	IHttpRequestOptions,
	INodeProperties,
	Icon,
} from 'n8n-workflow';

import { GineeHostError, gineeOrigin } from './host';
import { gineeAuthorization, requestUrl } from './signature';

const GINEE_COUNTRIES = [
	{ name: 'Indonesia (ID)', value: 'ID' },
	{ name: 'China (CN)', value: 'CN' },
	{ name: 'Philippines (PH)', value: 'PH' },
	{ name: 'Vietnam (VN)', value: 'VN' },
	{ name: 'Thailand (TH)', value: 'TH' },
	{ name: 'Malaysia (MY)', value: 'MY' },
];

const REFUSED =
	'Ginee refused the credential. Check the Access Key, the Secret Key and the Country, ' +
	'and that the app is enabled in Ginee';
const NOT_GINEE = 'This Host does not answer like Ginee. Check the Host.';

/** Codes a refusal may carry (Ginee documents none for bad keys): named in the test's message. */
const REFUSAL_CODES = [
	'UNAUTHORIZED',
	'IAM_FAILED',
	'AUTH_FAILED',
	'INVALID_SIGNATURE',
	'SIGNATURE_ERROR',
	'ACCESS_DENIED',
	'FORBIDDEN',
	'PARAMETER_ERROR',
	'DATA_NOT_EXISTED',
	'BUSINESS_ERROR',
	'SERVICE_BUSY',
	'TOO_MANY_REQUESTS',
	'INTERNAL_ERROR',
];

/**
 * n8n's body rules only test equality (CredentialsTester: `get(body, key) === value`), so "any code
 * but SUCCESS" is spelled as: a code of another length than SUCCESS's, or an answer without data.
 */
const NOT_SUCCESS = [
	...Array.from({ length: 101 }, (_, length) => length)
		.filter((length) => length !== 'SUCCESS'.length)
		.map((length) => ({ key: 'code.length', value: length as unknown })),
	{ key: 'data', value: null },
	{ key: 'data', value: undefined },
].map(({ key, value }) => ({
	type: 'responseSuccessBody' as const,
	properties: { key, value, message: `${REFUSED} (Ginee did not answer SUCCESS)` },
}));

export class GineeApi implements ICredentialType {
	name = 'gineeApi';

	displayName = 'Ginee API';

	icon: Icon = {
		light: 'file:../nodes/Ginee/ginee.svg',
		dark: 'file:../nodes/Ginee/ginee.dark.svg',
	};

	documentationUrl = 'https://doc.ginee.com/';

	properties: INodeProperties[] = [
		{
			displayName: 'Access Key',
			name: 'accessKey',
			type: 'string',
			default: '',
			required: true,
			description: 'The Access Key of your Ginee Open API app (Ginee → Settings → Open API)',
		},
		{
			displayName: 'Secret Key',
			name: 'secretKey',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
			description:
				'The Secret Key shown next to the Access Key. It signs every request and is never sent.',
		},
		{
			displayName: 'Country',
			name: 'country',
			type: 'options',
			options: GINEE_COUNTRIES,
			default: 'ID',
			description: 'The country of your Ginee account, sent as the X-Advai-Country header',
		},
		{
			displayName: 'Host',
			name: 'host',
			type: 'string',
			default: 'https://api.ginee.com',
			description:
				'Ginee Open API address (https). Change it only for a sandbox or a local emulator. The ' +
				'credential signs requests to this address only. A Host on a private or local network ' +
				"needs N8N_SSRF_ALLOWED_HOSTNAMES where n8n's SSRF protection is on.",
		},
		{
			displayName: 'Webhook Secret Token',
			name: 'webhookToken',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			description:
				'Optional. Used by the Ginee Trigger when its Require Secret Token option is on: a ' +
				'delivery must carry this value in the X-Ginee-Token header (or a ?token= query ' +
				'parameter).',
		},
	];

	// n8n runs this request (signed by authenticate below) and applies the rules in order. Ginee does
	// not document the answer to bad keys; the rules cover an HTTP 401/403 and a refusal in the body.
	// n8n-workflow types the rules as all of one kind, but n8n checks each rule by its own type (n8n
	// 2.8 and 2.40: CredentialsTester.runRequestTest), so both kinds are given together.
	test: ICredentialTestRequest = {
		request: {
			baseURL: '={{ $credentials.host }}',
			url: '/openapi/shop/v1/list',
			method: 'POST',
			body: { page: 0, size: 1 },
			timeout: 15_000,
		},
		rules: [
			...[401, 403].map((value) => ({
				type: 'responseCode' as const,
				properties: { value, message: REFUSED },
			})),
			...[301, 302, 303, 307, 308].map((value) => ({
				type: 'responseCode' as const,
				properties: {
					value,
					message:
						`The Host answered with a redirect (HTTP ${value}); ` +
						'a signed request never follows one. Check the Host.',
				},
			})),
			{ type: 'responseCode', properties: { value: 404, message: NOT_GINEE } },
			{
				type: 'responseSuccessBody',
				properties: { key: 'code', value: undefined, message: NOT_GINEE },
			},
			...REFUSAL_CODES.map((value) => ({
				type: 'responseSuccessBody' as const,
				properties: { key: 'code', value, message: `${REFUSED} (Ginee code ${value})` },
			})),
			...NOT_SUCCESS,
		] as unknown as ICredentialTestRequest['rules'],
	};

	// An own property, not a method: n8n reads a credential's `authenticate` from a copy of the
	// object ({ ...credential }), which drops methods; without it n8n offers no Custom API Call.
	authenticate = async (
		credentials: ICredentialDataDecryptedObject,
		requestOptions: IHttpRequestOptions,
	): Promise<IHttpRequestOptions> => {
		const request = requestOptions as IHttpRequestOptions & { uri?: string };
		const origin = gineeOrigin(credentials.host);
		const target = requestUrl(request);
		// Ginee's signature covers only method and path: signed for another origin, it would work
		// against Ginee.
		if (target?.origin !== origin) {
			throw new GineeHostError(
				`The Ginee API credential signs only requests to its Host ${origin}; refused to sign a ` +
					`request to ${target?.origin ?? 'an address without a host'}`,
			);
		}
		const headers: IDataObject = { ...requestOptions.headers };
		headers.Authorization = gineeAuthorization(
			String(credentials.accessKey ?? '').trim(),
			String(credentials.secretKey ?? '').trim(),
			requestOptions.method,
			target.pathname,
		);
		headers['X-Advai-Country'] = String(credentials.country || 'ID');
		if (!Object.keys(headers).some((name) => name.toLowerCase() === 'content-type')) {
			headers['Content-Type'] = 'application/json';
		}
		// A redirect would carry the signed header elsewhere (n8n re-sends it): never follow one.
		return {
			...requestOptions,
			headers,
			disableFollowRedirect: true,
			sendCredentialsOnCrossOriginRedirect: false,
			followRedirect: false,
			followAllRedirects: false,
		} as IHttpRequestOptions;
	};
}
