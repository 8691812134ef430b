// n8n-core's own PollContext around the Ginee Order Trigger, as n8n builds it for an active
// workflow (mode "trigger") or a manual test ("manual"): parameters completed with their defaults,
// static data kept on the Workflow, requests signed and sent by n8n-core's request helpers.
import type {
	ICredentialDataDecryptedObject,
	IDataObject,
	IHttpRequestOptions,
	INode,
	INodeExecutionData,
	INodeTypes,
	IWorkflowExecuteAdditionalData,
	WorkflowExecuteMode,
} from 'n8n-workflow';
import { NodeHelpers, Workflow } from 'n8n-workflow';
import { PollContext } from 'n8n-core/dist/execution-engine/node-execution-context/poll-context';

import { GineeApi } from '../../credentials/GineeApi.credentials';
import { GineeOrderTrigger } from '../../nodes/GineeOrderTrigger/GineeOrderTrigger.node';
import { NODE_VERSION } from '../../nodes/shared/nodeVersion';
import { credentialsFor, type Emulator } from './fixtures';

export interface PollingTrigger {
	/** One poll: the items it emits, or null. */
	poll(mode?: WorkflowExecuteMode): Promise<INodeExecutionData[] | null>;
	/** The node's static data (what n8n saves between polls). */
	state: IDataObject;
}

export function pollingTrigger(
	emulator: Emulator,
	parameters: IDataObject,
	staticData: IDataObject = {},
): PollingTrigger {
	const nodeType = new GineeOrderTrigger();
	const nodeTypes = {
		getByName: () => nodeType,
		getByNameAndVersion: () => nodeType,
		getKnownTypes: () => ({}),
	} as unknown as INodeTypes;
	const node: INode = {
		id: 'order-trigger',
		name: 'Ginee Order Trigger',
		type: 'n8n-nodes-ginee.gineeOrderTrigger',
		typeVersion: NODE_VERSION,
		position: [0, 0],
		parameters: {},
		credentials: { gineeApi: { id: '1', name: 'Ginee' } },
	};
	node.parameters = NodeHelpers.getNodeParameters(
		nodeType.description.properties,
		parameters as INode['parameters'],
		true,
		false,
		node,
		nodeType.description,
	) as INode['parameters'];
	const workflow = new Workflow({
		id: 'poll-test',
		nodes: [node],
		connections: {},
		active: true,
		nodeTypes,
		staticData,
	});
	const additionalData = {
		credentialsHelper: {
			getDecrypted: async () => credentialsFor(emulator),
			getParentTypes: () => [],
			isCredentialUsableByNode: () => true,
			preAuthentication: async () => undefined,
			authenticate: async (
				credentials: ICredentialDataDecryptedObject,
				_type: string,
				request: IHttpRequestOptions,
			) => await new GineeApi().authenticate(credentials, request),
		},
	} as unknown as IWorkflowExecuteAdditionalData;
	return {
		async poll(mode = 'trigger') {
			const context = new PollContext(workflow, node, additionalData, mode, 'activate');
			const result = await nodeType.poll.call(context);
			return result ? result[0] : null;
		},
		get state() {
			return workflow.getStaticData('node', node);
		},
	};
}
