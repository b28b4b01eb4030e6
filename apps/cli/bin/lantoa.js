#!/usr/bin/env node
// Node 24 strips TypeScript types natively: the CLI runs from source with no build step.
import '../src/main.ts';
