#!/usr/bin/env node
// `npx apac-viz render …`: see `npx apac-viz --help`. The command is built into dist/cli.js.
import '../dist/cli.js';
