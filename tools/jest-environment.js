// jest's test environment: jest-environment-node, plus a prompt exit of the worker process
// once jest has ended it.
//
// Why: when the run is over, jest-worker 29.7.0 sends each worker CHILD_MESSAGE_END and
// force-kills any worker that has not exited 500 ms later (FORCE_EXIT_DELAY in
// build/base/BaseWorkerPool.js), printing "A worker process has failed to exit
// gracefully". Our workers leak nothing: on END they drain their event loop at once. But
// a natural exit then tears down the whole V8 isolate, a heap of 200-400 MB after the
// synth-heavy suites, and on 2 busy cores that took 230-860 ms between the worker's 'exit'
// event and the parent seeing it (measured with a probe on every worker, issue 14). So the
// warning came from teardown time, not from a leak. process.exit() skips the heap
// teardown; jest-worker expects the process to end at this point anyway.
//
// The environment module is loaded by the worker itself (outside the test's sandbox), once
// per worker, so this is the one place a jest config can reach the worker process. jest's
// warning was also a leak detector; it stays one: a worker that still holds a live handle
// (a timer, a socket, a child process) when it is ended names it on stderr before it exits.
//
// Second, the test files of one worker share one vm context (one set of built-ins), so
// that tools/jest-runtime.js can share the modules they load: see that file. With
// LLM_STACK_JEST_ISOLATE=1 every test file gets a context of its own, as in stock jest.
const { TestEnvironment } = require('jest-environment-node');

const ISOLATE = process.env.LLM_STACK_JEST_ISOLATE === '1';

/** jest-worker 29.7.0 build/types.js (not exported; test/jest-environment.test.ts checks it). */
const CHILD_MESSAGE_END = 2;

let hooked = false;
let baseline = [];
function exitWhenEnded() {
  if (hooked || typeof process.send !== 'function') return; // in-band runs have no parent
  hooked = true;
  process.on('message', (message) => {
    if (!Array.isArray(message) || message[0] !== CHILD_MESSAGE_END) return;
    setImmediate(() => {
      const leaks = liveResources();
      if (leaks.length > 0) process.stderr.write(`jest worker ${process.pid} was ended with live handles (a test did not clean up): ${leaks.join(', ')}\n`);
      process.exit(0);
    });
  });
  // After the listener above, which keeps the IPC channel active; stdout and stderr are
  // created on first use, so touch them first.
  void process.stdout, void process.stderr;
  baseline = process.getActiveResourcesInfo();
}

/**
 * What keeps the event loop alive beyond what the worker held when its first test began
 * (its stdio and jest's IPC channel): process.getActiveResourcesInfo() names each resource
 * (Timeout, TCPSocketWrap, ProcessWrap, ...), counted as a multiset.
 */
function liveResources() {
  const left = [...baseline];
  return process.getActiveResourcesInfo().filter((name) => {
    const i = left.indexOf(name);
    if (i === -1) return true;
    left.splice(i, 1);
    return false;
  });
}

/** The first test file's context, global and mock/timer helpers, handed to every later file of the worker. */
let shared;

class LlmStackEnvironment extends TestEnvironment {
  constructor(config, context) {
    super(config, context);
    exitWhenEnded();
    if (ISOLATE) return;
    if (shared) Object.assign(this, shared);
    else shared = { context: this.context, global: this.global, moduleMocker: this.moduleMocker, fakeTimers: this.fakeTimers, fakeTimersModern: this.fakeTimersModern };
  }

  async teardown() {
    // The shared context outlives the file; jest-environment-node's teardown would
    // dispose of its timers and mocks for the files still to come.
    if (ISOLATE) return super.teardown();
    this.context = null;
  }
}

module.exports = LlmStackEnvironment;
module.exports.CHILD_MESSAGE_END = CHILD_MESSAGE_END;
module.exports.ISOLATE = ISOLATE;
