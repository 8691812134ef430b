// An IExecuteFunctions for driving the node's code directly. Its request helpers are n8n-core's own
// (getRequestHelperFunctions: httpRequestWithAuthentication, httpRequest, request), so requests are
// signed and sent exactly as inside n8n; only parameters, items and credentials are given here.
import type {
	ICredentialDataDecryptedObject,
	IDataObject,
	IExecuteFunctions,
	IHttpRequestOptions,
	INode,
	INodeExecutionData,
	IWorkflowExecuteAdditionalData,
	NodeExecutionHint,
	Workflow,
} from 'n8n-workflow';
import { getRequestHelperFunctions } from 'n8n-core/dist/execution-engine/node-execution-context/utils/request-helper-functions';

import { GineeApi } from '../../credentials/GineeApi.credentials';
import { Ginee } from '../../nodes/Ginee/Ginee.node';
import { NODE_VERSION } from '../../nodes/shared/nodeVersion';
import { credentialsFor, type Emulator } from './fixtures';

type Parameters = IDataObject | ((itemIndex: number) => IDataObject);

export interface ContextOptions {
	parameters: Parameters;
	items?: INodeExecutionData[];
	credentials: ICredentialDataDecryptedObject;
	continueOnFail?: boolean;
	timezone?: string;
	/** The node being run; an AI Agent's tool has a type ending in `Tool`. */
	node?: INode;
	/** Extra helpers, e.g. n8n-core's binary data helpers (test/helpers/binaryData.js). */
	helpers?: IDataObject;
	/** The execution's ID (n8n's retry of a node runs in the same execution). */
	executionId?: string;
	/** Receives the hints the node adds to its output pane. */
	hints?: NodeExecutionHint[];
}

export const TEST_NODE: INode = {
	id: 'ginee-test-node',
	name: 'Ginee',
	type: 'n8n-nodes-ginee.ginee',
	typeVersion: NODE_VERSION,
	position: [0, 0],
	parameters: {},
};

/** What n8n's CredentialsHelper does for a credential whose `authenticate` is a function. */
const credentialsHelper = {
	getParentTypes: () => [],
	preAuthentication: async () => undefined,
	authenticate: async (
		credentials: ICredentialDataDecryptedObject,
		_type: string,
		request: IHttpRequestOptions,
	) => await new GineeApi().authenticate(credentials, request),
};

/** n8n-core's request helpers for one node, as an execution context gets them. */
export function n8nRequestHelpers(node: INode = TEST_NODE) {
	const workflow = { id: 'ginee-test-workflow' } as unknown as Workflow;
	const additionalData = { credentialsHelper } as unknown as IWorkflowExecuteAdditionalData;
	return getRequestHelperFunctions(workflow, node, additionalData);
}

export function executeContext(options: ContextOptions): IExecuteFunctions {
	const items = options.items ?? [{ json: {} }];
	const parametersFor = (itemIndex: number) =>
		typeof options.parameters === 'function' ? options.parameters(itemIndex) : options.parameters;
	const context = {
		getInputData: () => items,
		getNode: () => options.node ?? TEST_NODE,
		getNodeParameter: (
			name: string,
			itemIndex: number,
			fallback?: unknown,
			parameterOptions?: { extractValue?: boolean },
		) => {
			const value = parametersFor(itemIndex)[name] ?? fallback;
			// n8n's extractValue: a resource locator's value ({ __rl, mode, value }) without its mode
			const locator = value as { __rl?: boolean; value?: unknown } | undefined;
			return parameterOptions?.extractValue && locator?.__rl ? locator.value : value;
		},
		// n8n's load-options context: the node's parameters as the editor has them
		getCurrentNodeParameter: (name: string) => parametersFor(0)[name],
		continueOnFail: () => options.continueOnFail ?? false,
		getExecutionId: () => options.executionId ?? 'test-execution',
		getTimezone: () => options.timezone ?? 'UTC',
		getCredentials: async () => ({ ...options.credentials }),
		logger: { warn: () => undefined, debug: () => undefined },
		addExecutionHints: (...hints: NodeExecutionHint[]) => options.hints?.push(...hints),
		helpers: { ...n8nRequestHelpers(), ...options.helpers },
	};
	return context as unknown as IExecuteFunctions;
}

/** Runs the Ginee node once against the emulator (its account unless credentials are given). */
export async function runGinee(
	emulator: Emulator,
	options: Omit<ContextOptions, 'credentials'> & { credentials?: ContextOptions['credentials'] },
): Promise<INodeExecutionData[]> {
	const context = executeContext({ credentials: credentialsFor(emulator), ...options });
	const [output] = await new Ginee().execute.call(context);
	return output;
}
