/**
 * The one version of each of the three nodes (Ginee, Ginee Trigger, Ginee Orders). It is 1.1 and
 * not 1 because n8n treats a version 1 webhook node as its own old Webhook node: it evaluates the
 * node's options through the expression engine on every delivery to decide whether to parse the
 * body. From 1.1 n8n parses the JSON body itself, at no cost per delivery.
 */
export const NODE_VERSION = 1.1;
