import { accuracySuite } from "./accuracy.suite.ts";
import { capacitySuite } from "./capacity.suite.ts";
import { traceReplaySuite } from "./trace-replay.suite.ts";

// The timing-sensitive suites share one file so that they run one after another: beside each other
// (vitest runs files in parallel) the trace replay's 20k tok/s would move the others' clocks by ms.
accuracySuite();
traceReplaySuite();
capacitySuite();
