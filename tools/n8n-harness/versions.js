'use strict';
// The n8n lines the end-to-end suite runs on: the pinned current one (Node 24 from the npm
// registry) and an older line that still runs on the machine's Node 20.
const N8N_LINES = ['2.41.1', '2.8.4'];

module.exports = { N8N_LINES };
